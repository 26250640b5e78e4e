package org.coopbrief.dataset;

import java.util.List;
import java.util.Optional;

/**
 * What the load tells the reports about itself, without their knowing how it keeps it: the rows a
 * run rejected, and where the published dataset was read from. Implemented by the ingest.
 */
public interface LoadRecord {

    /** The rows the run's load rejected, by file and line. */
    List<Reject> rejects(long runId);

    /** The input folder of the published dataset, if any has been published. */
    Optional<String> inputDir();
}
