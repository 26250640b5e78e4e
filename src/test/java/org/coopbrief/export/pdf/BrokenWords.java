package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds words a PDF breaks across lines without a hyphen, read back with PDFBox: where a piece of
 * text ends a line and the next line continues it in the same place (same left edge, centre or
 * right edge: the same cell or paragraph), the last word above and the first word below are one
 * word broken in two when joined they make a word the reader knows ({@code known}: the words of
 * the data and the messages) and one of the halves is not such a word ("Не достигну|та",
 * "млн долл. С|ША"); a range cut after its dash or inside its second number ("2016–20|18") is
 * always a break.
 */
final class BrokenWords {

    /** A break: the file's page, and the two halves as they stand. */
    record Break(int page, String above, String below) {
        @Override
        public String toString() {
            return "page " + page + ": '" + above + "|" + below + "'";
        }
    }

    /** Glyphs further apart than this (points) stand in different cells. */
    private static final float CELL_GAP = 4f;

    private static final Pattern RANGE_CUT = Pattern.compile(".*\\d{4}[–—]\\d{0,3}");

    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\\p{Ps}\\p{Pi}\\p{Pf}\"'«„(\\[]+|[\\p{Pe}\\p{Pi}\\p{Pf}\"'»“),.;:!?\\]]+$");

    private final Set<String> known;

    BrokenWords(Collection<String> texts) {
        this.known = new HashSet<>();
        for (String text : texts) {
            for (String word : text.split("[\\s\u00a0,;|\"]+")) {
                String w = bare(word);
                if (!w.isEmpty()) {
                    known.add(w);
                }
            }
        }
    }

    /** The breaks of every page of {@code document}. */
    List<Break> in(PDDocument document) {
        List<Break> breaks = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            List<List<Piece>> lines = lines(document, page);
            for (int i = 0; i + 1 < lines.size(); i++) {
                for (Piece above : lines.get(i)) {
                    for (Piece below : lines.get(i + 1)) {
                        if (continues(above, below) && broken(above.lastWord(), below.firstWord())) {
                            breaks.add(new Break(page, above.lastWord(), below.firstWord()));
                        }
                    }
                }
            }
        }
        return breaks;
    }

    private boolean broken(String above, String below) {
        if (above.isEmpty() || below.isEmpty()) {
            return false;
        }
        int last = above.codePointBefore(above.length());
        int first = below.codePointAt(0);
        if (Character.isDigit(first) && RANGE_CUT.matcher(above).matches()) {
            return true; // a range's second year cut: numbers in rows of a column above one another are not
        }
        if (!Character.isLetter(last) || !Character.isLetter(first)) {
            return false; // a break after a hyphen, a dash or a comma is a proper one
        }
        String a = bare(above);
        String b = bare(below);
        return known.contains(a + b) && (!known.contains(a) || !known.contains(b));
    }

    /** A piece on the next line below {@code above}, aligned with it: the same cell or paragraph. */
    private static boolean continues(Piece above, Piece below) {
        float lineGap = below.baseline - above.baseline;
        if (lineGap <= 0 || lineGap > above.size * 1.8f) {
            return false;
        }
        return Math.abs(above.left - below.left) < 0.6f
                || Math.abs(above.right - below.right) < 0.6f
                || Math.abs((above.left + above.right) - (below.left + below.right)) < 1.2f;
    }

    private static String bare(String word) {
        return EDGE_PUNCTUATION.matcher(word).replaceAll("");
    }

    /** A run of glyphs on one line with no cell gap in it. */
    private record Piece(float baseline, float left, float right, float size, String text) {
        String lastWord() {
            String[] words = text.strip().split("[ \u00a0]+");
            return words[words.length - 1];
        }

        String firstWord() {
            return text.strip().split("[ \u00a0]+")[0];
        }
    }

    private static List<List<Piece>> lines(PDDocument document, int page) {
        TreeMap<Integer, List<TextPosition>> byBaseline = PageLines.glyphs(document, page);
        List<List<Piece>> lines = new ArrayList<>();
        byBaseline.forEach((y, glyphs) -> {
            glyphs.sort(Comparator.comparing(TextPosition::getXDirAdj));
            List<Piece> pieces = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            float left = glyphs.get(0).getXDirAdj();
            float end = left;
            float size = glyphs.get(0).getFontSizeInPt();
            for (TextPosition g : glyphs) {
                float gap = g.getXDirAdj() - end;
                if (gap > CELL_GAP && !text.isEmpty()) {
                    pieces.add(new Piece(y, left, end, size, text.toString()));
                    text.setLength(0);
                    left = g.getXDirAdj();
                } else if (gap > g.getFontSizeInPt() * 0.2f && !text.toString().endsWith(" ")) {
                    text.append(' ');
                }
                text.append(g.getUnicode());
                end = g.getXDirAdj() + g.getWidthDirAdj();
                size = g.getFontSizeInPt();
            }
            if (!text.isEmpty()) {
                pieces.add(new Piece(y, left, end, size, text.toString()));
            }
            lines.add(pieces);
        });
        return lines;
    }
}
