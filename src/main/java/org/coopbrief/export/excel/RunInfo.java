package org.coopbrief.export.excel;

import java.time.LocalDateTime;

/** The run a workbook belongs to, for the About sheet. */
record RunInfo(long runId, String version, LocalDateTime generatedAt, String inputDir) {
}
