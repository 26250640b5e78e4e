package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;

/**
 * Sizes a table's columns so that no word is broken: each column is at least as wide as its
 * longest unbreakable run of text (a word, or words tied by non-breaking spaces such as
 * "1 000 млн долл. США", or a range such as "2016–2018 гг."), and the width it takes comes from
 * the columns with room to spare, in proportion to their room. Pure arithmetic on measured runs.
 */
final class ColumnFit {

    /** A cell's left and right padding (see TableBuilder), with a point and a half to spare for rounding. */
    static final float PADDING = 7.5f;

    private final float[] planned;
    private final float[] least;

    /** Columns planned in {@code relative} widths over {@code total} points. */
    ColumnFit(float[] relative, float total) {
        float sum = 0;
        for (float w : relative) {
            sum += w;
        }
        this.planned = new float[relative.length];
        for (int i = 0; i < relative.length; i++) {
            planned[i] = relative[i] / sum * total;
        }
        this.least = new float[relative.length];
    }

    /** Notes that {@code column} holds {@code text} drawn in {@code font} at {@code size} points. */
    void measure(int column, String text, BaseFont font, float size) {
        for (String run : unbreakableRuns(text)) {
            least[column] = Math.max(least[column], font.getWidthPoint(run, size) + PADDING);
        }
    }

    /**
     * Notes a column's heading: kept on one line when the plan gives it room for that (narrowing the
     * column for another would wrap it), else measured as any text.
     */
    void measureHeading(int column, String heading, BaseFont font, float size) {
        float whole = font.getWidthPoint(heading, size) + PADDING;
        if (whole <= planned[column]) {
            least[column] = Math.max(least[column], whole);
        } else {
            measure(column, heading, font, size);
        }
    }

    /**
     * The widths in points: the plan, with each column too narrow for its longest run widened to it
     * and the others narrowed in proportion to their room. When the runs cannot all fit the table's
     * width, every column gets its run's width and the table scales them down together, so some run
     * breaks (NoBrokenWordsTest shows that the briefings' tables never come near).
     */
    float[] widths() {
        float[] widths = planned.clone();
        float deficit = 0;
        float room = 0;
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] < least[i]) {
                deficit += least[i] - widths[i];
                widths[i] = least[i];
            } else {
                room += widths[i] - least[i];
            }
        }
        if (deficit == 0) {
            return widths;
        }
        float share = Math.min(1, deficit / room);
        for (int i = 0; i < widths.length; i++) {
            float spare = widths[i] - least[i];
            if (spare > 0) {
                widths[i] -= spare * share;
            }
        }
        return widths;
    }

    /**
     * The pieces of {@code text} the PDF library will not break: it breaks lines at spaces (not at
     * no-break spaces), at the typographic spaces U+2002 to U+200B, and after a hyphen ('-' or
     * U+2010), but never at a dash, so "2016–2018" is one piece.
     */
    static List<String> unbreakableRuns(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c <= ' ' || (c >= '\u2002' && c <= '\u200b');
            if (!space) {
                run.append(c);
            }
            if (space || c == '-' || c == '\u2010') {
                if (!run.isEmpty()) {
                    runs.add(run.toString());
                }
                run.setLength(0);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run.toString());
        }
        return runs;
    }
}
