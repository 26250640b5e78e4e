package org.coopbrief.chart;

import java.awt.Font;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * Maps every AWT font a chart draws with to the document's embedded Unicode font (bold stays
 * bold), so chart text is real, selectable text in Cyrillic too, and no other font gets into the PDF.
 */
public final class EmbeddedFontMapper implements FontMapper {

    private final Typeface typeface;
    private final BaseFont regular;
    private final BaseFont bold;

    public EmbeddedFontMapper(Typeface typeface, BaseFont regular, BaseFont bold) {
        this.typeface = typeface;
        this.regular = regular;
        this.bold = bold;
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        return font.isBold() ? bold : regular;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        return typeface.awtFont(font == bold, size);
    }
}
