package org.coopbrief.export.excel;

import org.coopbrief.localisation.Texts;

/**
 * One column of a data sheet: the key of its header and meaning in the text bundles
 * ({@code xlsx.col.<key>}; the header is part of the analysts' contract in each language), width
 * in characters, and how its cells are formatted.
 */
record Column(String key, int width, Styles.Kind kind) {

    String header(Texts texts) {
        return texts.text("xlsx.col." + key);
    }

    /** What the column means, shown on the About sheet. */
    String meaning(Texts texts) {
        return texts.text("xlsx.col." + key + ".meaning");
    }

    /** The position of a column in a sheet's columns, so formulas can name the cells they refer to. */
    static int indexOf(java.util.List<Column> columns, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + key);
    }
}
