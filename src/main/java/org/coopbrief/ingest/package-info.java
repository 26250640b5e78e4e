/** Loading the input CSV files: checks, validation row by row, staging, publication, rejects; its read API for the rest (IngestSummary, InputFacts). */
@NullMarked
package org.coopbrief.ingest;

import org.jspecify.annotations.NullMarked;
