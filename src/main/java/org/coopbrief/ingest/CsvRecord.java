package org.coopbrief.ingest;

import java.util.List;

/**
 * One record of a CSV file: the physical line it starts on, its fields, and the problem the parser
 * found in it (an unterminated quote), if any. The raw text is kept for the reject report.
 */
record CsvRecord(String file, int line, List<String> values, String raw, String problem) {}
