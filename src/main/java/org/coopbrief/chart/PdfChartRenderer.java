package org.coopbrief.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

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
        opaque(chart);
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

    /**
     * PDF/A-1 allows no transparency, and JFreeChart draws markers and the boxes behind their
     * labels translucent by default: every marker and plot is made opaque (a label on white)
     * before it is drawn into the PDF.
     */
    private static void opaque(JFreeChart chart) {
        Plot plot = chart.getPlot();
        plot.setForegroundAlpha(1f);
        plot.setBackgroundAlpha(1f);
        List<Collection<?>> markers = new ArrayList<>();
        for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
            if (plot instanceof CategoryPlot category) {
                markers.add(category.getRangeMarkers(layer));
                markers.add(category.getDomainMarkers(layer));
            } else if (plot instanceof XYPlot xy) {
                markers.add(xy.getRangeMarkers(layer));
                markers.add(xy.getDomainMarkers(layer));
            }
        }
        markers.stream()
                .filter(Objects::nonNull)
                .flatMap(Collection::stream)
                .map(Marker.class::cast)
                .forEach(marker -> {
                    marker.setAlpha(1f);
                    marker.setLabelBackgroundColor(Color.WHITE);
                });
    }
}
