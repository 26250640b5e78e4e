package org.coopbrief.chart;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A partner's trade over the periods: exports and imports as bars, turnover as a line over them,
 * in USD million. A period missing a flow simply has no bar (or no point) for it.
 */
public final class SeriesChart {

    /** The three flows of one period; any of them may be null. */
    public record Point(String period, ChartValue exports, ChartValue imports, ChartValue turnover) {}

    /** Beyond this many periods the data labels would collide; the axis still carries the values. */
    static final int MAX_LABELLED_PERIODS = 8;

    private final ChartTheme theme;

    public SeriesChart(ChartTheme theme) {
        this.theme = theme;
    }

    public JFreeChart build(String title, List<Point> points) {
        var texts = theme.texts();
        String exports = texts.text("chart.exports");
        String imports = texts.text("chart.imports");
        String turnover = texts.text("chart.turnover");
        ApproximateLabels barLabels = new ApproximateLabels(theme.numbers(), "");
        ApproximateLabels lineLabels = new ApproximateLabels(theme.numbers(), "");
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset line = new DefaultCategoryDataset();
        for (Point p : points) {
            add(bars, barLabels, exports, p.period(), p.exports());
            add(bars, barLabels, imports, p.period(), p.imports());
            add(line, lineLabels, turnover, p.period(), p.turnover());
        }
        // a row must exist for the legend and colours to stay fixed even when a flow is never reported
        for (String row : List.of(exports, imports)) {
            if (bars.getRowIndex(row) < 0 && !points.isEmpty()) {
                bars.addValue(null, row, points.get(0).period());
            }
        }

        CategoryAxis periods = new CategoryAxis(null);
        // with few periods the bars would sit far apart at the edges of one wide category
        double margin = Math.max(0.02, (4 - points.size()) * 0.1);
        periods.setLowerMargin(margin);
        periods.setUpperMargin(margin);
        NumberAxis usd = new NumberAxis(null);
        usd.setNumberFormatOverride(theme.numbers());
        usd.setAutoRangeIncludesZero(true);
        usd.setUpperMargin(0.15);

        BarRenderer barRenderer = new BarRenderer();
        LineAndShapeRenderer lineRenderer = new LineAndShapeRenderer(true, true);
        CategoryPlot plot = new CategoryPlot(bars, periods, usd, barRenderer);
        plot.setDataset(1, line);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = new JFreeChart(title, plot);
        // the theme resets series colours and label fonts: ours come after it
        theme.apply(chart);
        theme.unitAboveAxis(chart, texts.text("chart.axis.usdMillions"));
        barRenderer.setSeriesPaint(0, ChartTheme.EXPORTS);
        barRenderer.setSeriesPaint(1, ChartTheme.IMPORTS);
        barRenderer.setItemMargin(0.05);
        barRenderer.setMaximumBarWidth(0.12);
        lineRenderer.setSeriesPaint(0, ChartTheme.TURNOVER);
        lineRenderer.setSeriesStroke(0, ChartTheme.LINE);
        boolean labelled = points.size() <= MAX_LABELLED_PERIODS;
        barRenderer.setDefaultItemLabelGenerator(barLabels);
        barRenderer.setDefaultItemLabelsVisible(labelled);
        barRenderer.setDefaultItemLabelFont(theme.font(false, 7f));
        barRenderer.setDefaultItemLabelPaint(ChartTheme.TEXT);
        barRenderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        lineRenderer.setDefaultItemLabelGenerator(lineLabels);
        lineRenderer.setDefaultItemLabelsVisible(labelled);
        lineRenderer.setDefaultItemLabelFont(theme.font(true, 7f));
        lineRenderer.setDefaultItemLabelPaint(ChartTheme.TURNOVER);
        lineRenderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        chart.addSubtitle(note(texts.text("chart.approximateNote")));
        return chart;
    }

    private TextTitle note(String text) {
        TextTitle t = new TextTitle(text, theme.font(false, 7f));
        t.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.RIGHT);
        t.setPaint(ChartTheme.REFERENCE);
        return t;
    }

    private static void add(
            DefaultCategoryDataset data, ApproximateLabels labels, String row, String column, ChartValue value) {
        data.addValue(value == null ? null : value.amount(), row, column);
        if (value != null) {
            labels.mark(row, column, value.approximate());
        }
    }
}
