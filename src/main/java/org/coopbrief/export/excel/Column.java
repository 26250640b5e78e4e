package org.coopbrief.export.excel;

/**
 * One column of a data sheet: its header (part of the analysts' contract), width in characters,
 * how its cells are formatted, and what it means (shown on the About sheet).
 */
record Column(String header, int width, Styles.Kind kind, String meaning) {

    /** The position of a header in a sheet's columns, so formulas can name the cells they refer to. */
    static int indexOf(java.util.List<Column> columns, String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + header);
    }
}
