package org.coopbrief.cli;

import org.coopbrief.system.JobRunner;
import org.springframework.batch.core.job.JobExecutionException;

import picocli.CommandLine;

/** The process exit codes, documented in README.md, and which failure gives which. */
public final class ExitCode {

    public static final int OK = 0;
    public static final int JOB_FAILED = 1;
    public static final int USAGE = 2;
    public static final int ALREADY_RUNNING = 3;
    public static final int COMPLETED_WITH_REJECTS = 4;
    public static final int NOTHING_TO_DO = 5;
    public static final int STOPPED = 6;
    /** The reports are complete, but some deliveries failed (listed on stderr, in delivery.txt and by deliver RUN). */
    public static final int DELIVERY_FAILED = 7;

    private ExitCode() {}

    /**
     * The exit code of a command that ended by an exception (picocli's exit-code mapper): thrown
     * before a job started, these are usage or configuration errors, a refusal, or a bug.
     */
    static int of(Throwable e) {
        if (e instanceof JobRunner.AlreadyRunningException) {
            return ALREADY_RUNNING;
        }
        if (e instanceof JobRunner.AlreadyCompleteException) {
            return NOTHING_TO_DO;
        }
        if (e instanceof IllegalArgumentException
                || e instanceof ConfigurationException
                || e instanceof CommandLine.ParameterException
                || e instanceof JobExecutionException) {
            // bad values, unknown execution ids, a run that cannot be restarted, a broken configuration
            return USAGE;
        }
        return JOB_FAILED;
    }

    /** "cannot write <file>: No space left on device" says more than the IOException inside it. */
    private static boolean namesItsCause(Throwable t) {
        String cause = t.getCause() == null ? null : t.getCause().getMessage();
        return t instanceof java.io.UncheckedIOException
                && cause != null
                && t.getMessage() != null
                && t.getMessage().contains(cause)
                && !t.getMessage().equals(t.getCause().toString());
    }

    /** The one line a user needs: the innermost message of a chain of exceptions. */
    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null
                && t.getCause() != t
                && !(t instanceof JobRunner.AlreadyCompleteException)
                && !namesItsCause(t)) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message;
    }
}
