package org.coopbrief.ingest;

/** The job parameter naming the reports sub-folder a run writes into. */
public final class RunLabel {

    public static final String PARAMETER = "report.label";
    public static final String INGEST = "ingest";

    private RunLabel() {
    }
}
