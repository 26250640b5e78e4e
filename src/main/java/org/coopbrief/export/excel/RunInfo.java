package org.coopbrief.export.excel;

import java.time.LocalDateTime;

/** The run a workbook belongs to, for the About sheet. */
record RunInfo(long runId, String version, LocalDateTime generatedAt, String inputDir) {

    /** The application version from the jar manifest (the Maven project version). */
    static String applicationVersion() {
        String v = RunInfo.class.getPackage().getImplementationVersion();
        return "coopbrief " + (v == null ? "development build" : v);
    }
}
