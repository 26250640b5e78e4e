package org.coopbrief.cli;

/** The process exit codes, documented in README.md. */
public final class ExitCode {

    public static final int OK = 0;
    public static final int JOB_FAILED = 1;
    public static final int USAGE = 2;
    public static final int ALREADY_RUNNING = 3;
    public static final int COMPLETED_WITH_REJECTS = 4;
    public static final int NOTHING_TO_DO = 5;
    public static final int STOPPED = 6;

    private ExitCode() {
    }
}
