package org.coopbrief.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * Draws a chart into a PDF as vector graphics: the chart paints onto a form XObject (a
 * template) through OpenPDF's Graphics2D, never through a bitmap. The result is an element that
 * flows with the text like an image.
 */
public final class PdfChartRenderer {

    private final FontMapper fonts;

    public PdfChartRenderer(FontMapper fonts) {
        this.fonts = fonts;
    }

    /** A {@code width} x {@code height} point drawing of {@code chart}, ready to add to the document. */
    public Image render(JFreeChart chart, PdfContentByte canvas, float width, float height) {
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, fonts);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("cannot place the chart " + chart.getTitle(), e);
        }
    }
}
