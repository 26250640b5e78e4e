package org.coopbrief.cli;

import picocli.CommandLine.Option;

/** The --quiet option of the commands that run a job: no progress lines (the step lines stay). */
class QuietOption {

    @Option(
            names = {"-q", "--quiet"},
            description = "Show no progress while a long step runs (on a terminal a live line, elsewhere a line"
                    + " every 10 s); the step lines and the summary stay.")
    boolean quiet;
}
