package org.coopbrief.ingest;

import java.util.Map;

/** A validated row as the column values of its table (including line_no). */
record StagedRow(Map<String, Object> columns) {}
