package org.coopbrief.ingest;

import java.nio.file.Path;

import org.springframework.batch.core.step.StepExecution;

/** The job parameters an ingest reads. */
public final class IngestParameters {

    /** Absolute path of the folder holding the input files. */
    public static final String INPUT = "input";

    private IngestParameters() {
    }

    static Path inputDir(StepExecution step) {
        String dir = step.getJobExecution().getJobParameters().getString(INPUT);
        if (dir == null) {
            throw new IllegalStateException("job parameter '" + INPUT + "' is missing");
        }
        return Path.of(dir);
    }
}
