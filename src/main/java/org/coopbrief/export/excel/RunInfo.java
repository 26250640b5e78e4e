package org.coopbrief.export.excel;

/** The run a workbook belongs to, for the About sheet. */
/** Holds nothing that differs between two runs on the same data, so the same run writes the same bytes. */
record RunInfo(long runId, String version, String inputDir) {}
