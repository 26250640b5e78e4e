package org.coopbrief.export.excel;

/**
 * One column of a data sheet: its header (part of the analysts' contract), width in characters,
 * how its cells are formatted, and what it means (shown on the About sheet).
 */
record Column(String header, int width, Styles.Kind kind, String meaning) {
}
