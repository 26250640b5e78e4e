package org.coopbrief.ingest;

/**
 * A validated row ready for its staging table: the values of the file's table columns in
 * {@link DatasetFile#tableColumns()} order, then the line number.
 */
record StagedRow(Object[] values) {}
