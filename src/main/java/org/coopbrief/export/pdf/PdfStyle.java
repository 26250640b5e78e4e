package org.coopbrief.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import org.coopbrief.chart.ChartTheme;
import org.coopbrief.chart.Typeface;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts and colours of the briefings' text. Everything is set in the embedded Unicode font
 * (Identity-H), so Russian text shows in Cyrillic and no standard, non-embedded font is used.
 * The colours are the charts' palette.
 */
final class PdfStyle {

    static final Color TEXT = ChartTheme.TEXT;
    static final Color ACCENT = ChartTheme.EXPORTS;
    static final Color MUTED = new Color(0x59, 0x59, 0x59);
    static final Color HEAD_BACKGROUND = ChartTheme.EXPORTS;
    static final Color STRIPE = new Color(0xF2, 0xF5, 0xF9);
    static final Color RULE = ChartTheme.GRID;
    static final Color GROUP = new Color(0xDE, 0xE8, 0xF3);
    static final Color MARKING = new Color(0xA0, 0x1E, 0x1E);
    static final Color LINK = new Color(0x1F, 0x4E, 0x9F);

    private final Typeface typeface;
    private final BaseFont regular;
    private final BaseFont bold;

    PdfStyle(Typeface typeface) {
        this.typeface = typeface;
        this.regular = embed(typeface, false);
        this.bold = embed(typeface, true);
    }

    private static BaseFont embed(Typeface typeface, boolean bold) {
        try {
            // cached=false: each document gets its own font object and its own subset
            BaseFont font = BaseFont.createFont(
                    typeface.fileName(bold), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, typeface.ttf(bold), null);
            // the subset's name tag is drawn at random; a seeded generator makes the same run give the same bytes
            SecureRandom tags = SecureRandom.getInstance("SHA1PRNG");
            tags.setSeed(typeface.fileName(bold).getBytes(StandardCharsets.UTF_8));
            font.setSecureRandom(tags);
            return font;
        } catch (DocumentException | IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot embed " + typeface.fileName(bold), e);
        }
    }

    Typeface typeface() {
        return typeface;
    }

    BaseFont regular() {
        return regular;
    }

    BaseFont bold() {
        return bold;
    }

    Font font(float size, boolean isBold, Color colour) {
        return new Font(isBold ? bold : regular, size, Font.NORMAL, colour);
    }

    Font title() {
        return font(24, true, ACCENT);
    }

    Font subtitle() {
        return font(14, false, TEXT);
    }

    Font heading1() {
        return font(16, true, ACCENT);
    }

    Font heading2() {
        return font(12, true, TEXT);
    }

    Font body() {
        return font(9.5f, false, TEXT);
    }

    Font bodyBold() {
        return font(9.5f, true, TEXT);
    }

    Font small() {
        return font(7.5f, false, MUTED);
    }

    Font cell() {
        return font(8, false, TEXT);
    }

    Font cellBold() {
        return font(8, true, TEXT);
    }

    Font cellHead() {
        return font(8, true, Color.WHITE);
    }

    Font link() {
        return font(8, false, LINK);
    }

    Font marking() {
        return font(8, true, MARKING);
    }
}
