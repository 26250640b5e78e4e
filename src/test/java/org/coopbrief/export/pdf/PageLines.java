package org.coopbrief.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text lines of each page with where they stand (from the top of the page, in points), read
 * with PDFBox's text positions: glyphs on the same baseline are one line, from its leftmost glyph.
 */
final class PageLines {

    /** One line of text: its baseline from the top of the page, its left edge, its text. */
    record Line(float y, float x, String text) {}

    private PageLines() {}

    /** The lines of every page (index 0 is page 1), top to bottom. */
    static List<List<Line>> of(PDDocument document) {
        List<List<Line>> pages = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            TreeMap<Integer, List<TextPosition>> byBaseline = glyphs(document, page);
            List<Line> lines = new ArrayList<>();
            byBaseline.forEach((y, glyphs) -> {
                glyphs.sort(Comparator.comparing(TextPosition::getXDirAdj));
                StringBuilder text = new StringBuilder();
                float end = glyphs.get(0).getXDirAdj();
                for (TextPosition g : glyphs) {
                    if (g.getXDirAdj() - end > g.getFontSizeInPt() * 0.2f
                            && !text.toString().endsWith(" ")) {
                        text.append(' ');
                    }
                    text.append(g.getUnicode());
                    end = g.getXDirAdj() + g.getWidthDirAdj();
                }
                lines.add(new Line(y, glyphs.get(0).getXDirAdj(), text.toString()));
            });
            pages.add(lines);
        }
        return pages;
    }

    /** The glyphs of a page (1-based) by baseline, from the top, rounded to the point. */
    static TreeMap<Integer, List<TextPosition>> glyphs(PDDocument document, int page) {
        TreeMap<Integer, List<TextPosition>> byBaseline = new TreeMap<>();
        PDFTextStripper stripper;
        try {
            stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        byBaseline
                                .computeIfAbsent(Math.round(p.getYDirAdj()), k -> new ArrayList<>())
                                .add(p);
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.writeText(document, Writer.nullWriter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byBaseline;
    }
}
