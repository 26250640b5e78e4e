package org.coopbrief.export.pdf;

import java.util.Collection;

import com.lowagie.text.pdf.BaseFont;

/**
 * Sizes table columns so that no word of theirs is broken: a column is widened to its longest
 * unbreakable run of text (a word, or words tied by non-breaking spaces such as
 * "1 000 млн долл. США"), and the width it takes comes from one flexible column of running text.
 */
final class ColumnFit {

    /** Cell padding left and right, with a point to spare. */
    private static final float PADDING = 8;

    /** The flexible column keeps at least this much. */
    private static final float LEAST_FLEXIBLE = 75;

    private final float[] points;
    private final int flexible;

    /** {@code relative} widths over {@link BriefingPdf#CONTENT_WIDTH}; {@code flexible} gives way. */
    ColumnFit(float[] relative, int flexible) {
        float sum = 0;
        for (float w : relative) {
            sum += w;
        }
        this.points = new float[relative.length];
        for (int i = 0; i < relative.length; i++) {
            points[i] = relative[i] / sum * BriefingPdf.CONTENT_WIDTH;
        }
        this.flexible = flexible;
    }

    /** Widens {@code column} so that each of {@code texts}' unbreakable runs fits on one line. */
    ColumnFit fit(int column, Collection<String> texts, BaseFont font, float size) {
        float needed = 0;
        for (String text : texts) {
            for (String run : text.split("[ \\n]+")) {
                needed = Math.max(needed, font.getWidthPoint(run, size));
            }
        }
        float extra = needed + PADDING - points[column];
        if (extra > 0) {
            float give = Math.min(extra, Math.max(0, points[flexible] - LEAST_FLEXIBLE));
            points[column] += give;
            points[flexible] -= give;
        }
        return this;
    }

    float[] widths() {
        return points.clone();
    }
}
