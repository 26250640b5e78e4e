package org.coopbrief.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One value per line, as horizontal bars with their value written at the end: turnover by
 * partner, or attainment by target (with a reference line at 100%).
 */
public final class HorizontalBars {

    /**
     * One bar: its label on the axis, its value, its colour (null: the theme's main colour), and whether
     * the real value is beyond the one drawn (the label then reads "≥" and the value drawn).
     */
    public record Bar(String label, ChartValue value, Color colour, boolean atLeast) {

        public Bar(String label, ChartValue value, Color colour) {
            this(label, value, colour, false);
        }
    }

    private final ChartTheme theme;

    public HorizontalBars(ChartTheme theme) {
        this.theme = theme;
    }

    /** Turnover by partner, in USD million. */
    public JFreeChart turnoverByPartner(String title, List<Bar> bars) {
        return build(title, theme.texts().text("chart.axis.usdMillions"), bars, "", null);
    }

    /**
     * Actual as a percentage of target, with a line at 100%. Bars are drawn as given: the analysis
     * decides where a far-exceeded target stops ({@code TargetRow.chartedAttainmentPct}), and such a bar
     * is marked {@link Bar#atLeast}, so its label reads "≥200%" and agrees with its length.
     */
    public JFreeChart attainment(String title, List<Bar> bars) {
        return build(
                title,
                theme.texts().text("chart.axis.attainment"),
                bars,
                theme.texts().text("format.percent", "").strip(),
                100.0);
    }

    private JFreeChart build(String title, String axisLabel, List<Bar> bars, String labelSuffix, Double marker) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ApproximateLabels labels = new ApproximateLabels(theme.numbers(), labelSuffix);
        List<Paint> paints = new ArrayList<>();
        String row = axisLabel;
        for (Bar bar : bars) {
            data.addValue(bar.value().amount().doubleValue(), row, bar.label());
            labels.mark(row, bar.label(), bar.value().approximate());
            if (bar.atLeast()) {
                labels.atLeast(row, bar.label());
            }
            paints.add(bar.colour() == null ? ChartTheme.EXPORTS : bar.colour());
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int series, int column) {
                return paints.get(column);
            }
        };
        CategoryAxis categories = new CategoryAxis(null);
        categories.setMaximumCategoryLabelLines(2);
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        NumberAxis values = new NumberAxis(axisLabel);
        values.setNumberFormatOverride(theme.numbers());
        values.setUpperMargin(0.18);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (marker != null) {
            // keep the reference line in view even when every bar stops short of it
            double largest = bars.stream()
                    .mapToDouble(b -> b.value().amount().doubleValue())
                    .max()
                    .orElse(0);
            values.setRange(0, Math.max(marker * 1.1, largest * 1.18));
            ValueMarker line = new ValueMarker(marker, ChartTheme.REFERENCE, ChartTheme.DASHED);
            plot.addRangeMarker(line, Layer.FOREGROUND);
        }
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        // the theme resets label fonts and positions: ours come after it
        theme.apply(chart);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(labels);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.font(false, 7f));
        renderer.setDefaultItemLabelPaint(ChartTheme.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        if (bars.stream().anyMatch(b -> b.value().approximate())) {
            TextTitle note = new TextTitle(theme.texts().text("chart.approximateNote"), theme.font(false, 7f));
            note.setPosition(RectangleEdge.BOTTOM);
            note.setHorizontalAlignment(HorizontalAlignment.RIGHT);
            note.setPaint(ChartTheme.REFERENCE);
            chart.addSubtitle(note);
        }
        return chart;
    }
}
