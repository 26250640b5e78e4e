package org.coopbrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;

import org.coopbrief.localisation.Texts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart: the typeface, the palette, white background, light grid, no
 * gradients or shadows, legend below. The palette is public so tables can use the same colours.
 */
public final class ChartTheme {

    /** Dark blue: exports, and single-series bars. */
    public static final Color EXPORTS = new Color(0x1F, 0x4E, 0x79);
    /** Light blue: imports. */
    public static final Color IMPORTS = new Color(0x8F, 0xB8, 0xDE);
    /** Orange: turnover, drawn as a line over the bars. */
    public static final Color TURNOVER = new Color(0xC5, 0x5A, 0x11);
    /** Grey: a path or reference line. */
    public static final Color REFERENCE = new Color(0x7F, 0x7F, 0x7F);

    public static final Color TEXT = new Color(0x26, 0x26, 0x26);
    public static final Color GRID = new Color(0xD9, 0xD9, 0xD9);

    /** Target statuses, from good to bad, and the neutral ones. */
    public static final Color ACHIEVED = new Color(0x37, 0x86, 0x3C);

    public static final Color ON_TRACK = new Color(0x8B, 0xC3, 0x4A);
    public static final Color AT_RISK = new Color(0xF2, 0xA9, 0x00);
    public static final Color MISSED = new Color(0xC6, 0x28, 0x28);
    public static final Color NEUTRAL = new Color(0xA6, 0xA6, 0xA6);

    static final BasicStroke LINE = new BasicStroke(2.0f);
    static final BasicStroke DASHED =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);

    private final Typeface typeface;
    private final Texts texts;

    public ChartTheme(Typeface typeface, Texts texts) {
        this.typeface = typeface;
        this.texts = texts;
    }

    public Texts texts() {
        return texts;
    }

    Font font(boolean bold, float size) {
        return typeface.awtFont(bold, size);
    }

    /** Numbers on axes and labels, in the report's language. */
    NumberFormat numbers() {
        return texts.amountFormat();
    }

    /**
     * Writes the unit of a vertical value axis above it, horizontally. A rotated axis label would
     * be drawn as glyph outlines (JFreeChart lays rotated text out itself), which a reader cannot
     * select or search; horizontal text stays text.
     */
    void unitAboveAxis(JFreeChart chart, String unit) {
        TextTitle label = new TextTitle(unit, font(false, 7.5f));
        label.setPosition(RectangleEdge.TOP);
        label.setHorizontalAlignment(HorizontalAlignment.LEFT);
        label.setPaint(TEXT);
        label.setPadding(new RectangleInsets(2, 0, 0, 0));
        chart.addSubtitle(label);
    }

    void apply(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(font(true, 11f));
        theme.setLargeFont(font(true, 9f));
        theme.setRegularFont(font(false, 8f));
        theme.setSmallFont(font(false, 7f));
        theme.setTitlePaint(TEXT);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
        }
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlineStroke(new BasicStroke(0.5f));
            category.setDomainGridlinesVisible(false);
        } else if (plot instanceof XYPlot xy) {
            xy.setRangeGridlineStroke(new BasicStroke(0.5f));
            xy.setDomainGridlineStroke(new BasicStroke(0.5f));
        }
    }
}
