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
import org.jspecify.annotations.Nullable;

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

    /**
     * Turnover by partner, in USD million, largest first; {@code description} says what is shown
     * ("Turnover by partner, 2020, USD million"), {@code period} the period in words.
     */
    public Exhibit turnoverByPartner(String description, String period, List<Bar> bars) {
        var texts = theme.texts();
        ChartMessages messages = new ChartMessages(texts);
        if (bars.size() == 1) {
            Bar bar = bars.get(0);
            return new Exhibit.Figure(
                    texts.text("chart.figure.bar", description, bar.label(), messages.money(bar.value())));
        }
        Bar largest = bars.stream()
                .max(java.util.Comparator.comparing((Bar b) -> b.value().amount()))
                .orElseThrow();
        String title = texts.text("chart.message.largest", largest.label(), period, messages.money(largest.value()));
        return chart(title, description, texts.text("chart.axis.usdMillions"), bars, "", null);
    }

    /**
     * Actual as a percentage of target, with a line at 100%. Bars are drawn as given: the analysis
     * decides where a far-exceeded target stops ({@code TargetRow.chartedAttainmentPct}), and such a bar
     * is marked {@link Bar#atLeast}, so its label reads "≥200%" and agrees with its length.
     */
    public Exhibit attainment(String description, List<Bar> bars) {
        var texts = theme.texts();
        String suffix = texts.text("format.percent", "").strip();
        if (bars.size() == 1) {
            Bar bar = bars.get(0);
            String value = new ChartMessages(texts)
                    .about(texts.percent(bar.value().amount()), bar.value().approximate());
            return new Exhibit.Figure(texts.text("chart.figure.bar", description, bar.label(), value));
        }
        long reached = bars.stream()
                .filter(b -> b.value().amount().compareTo(java.math.BigDecimal.valueOf(100)) >= 0)
                .count();
        String title = texts.text("chart.message.attained", reached, bars.size());
        return chart(title, description, texts.text("chart.axis.attainment"), bars, suffix, 100.0);
    }

    private static final ItemLabelPosition OUTSIDE =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
    private static final ItemLabelPosition INSIDE =
            new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT);

    /** The narrowest the value axis is drawn on a page, in points: label widths are measured against it. */
    static final double NARROWEST_PLOT = 280;

    /**
     * Which labels go inside their bar: those that, written after a bar ending just short of the
     * reference line, would be crossed by it.
     */
    private boolean[] insideLabels(
            DefaultCategoryDataset data, ApproximateLabels labels, @Nullable Double marker, List<Bar> bars) {
        boolean[] inside = new boolean[bars.size()];
        if (marker == null) {
            return inside;
        }
        double largest = bars.stream()
                .mapToDouble(b -> b.value().amount().doubleValue())
                .max()
                .orElse(0);
        double perPoint = Math.max(marker * 1.1, largest * 1.18) / NARROWEST_PLOT;
        java.awt.font.FontRenderContext measure = new java.awt.font.FontRenderContext(null, true, true);
        for (int i = 0; i < bars.size(); i++) {
            double end = data.getValue(0, i).doubleValue();
            String label = labels.generateLabel(data, 0, i);
            double width =
                    (theme.font(false, 7f).getStringBounds(label, measure).getWidth() + 6) * perPoint;
            inside[i] = end < marker && end + width > marker && end > 1.5 * width;
        }
        return inside;
    }

    private Exhibit chart(
            String title,
            String description,
            String axisLabel,
            List<Bar> bars,
            String labelSuffix,
            @Nullable Double marker) {
        return new Exhibit.Chart(build(title, description, axisLabel, bars, labelSuffix, marker), title);
    }

    private JFreeChart build(
            String title,
            String description,
            String axisLabel,
            List<Bar> bars,
            String labelSuffix,
            @Nullable Double marker) {
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
        boolean[] inside = insideLabels(data, labels, marker, bars);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int series, int column) {
                return paints.get(column);
            }

            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int series, int column) {
                return inside[column] ? INSIDE : OUTSIDE;
            }

            @Override
            public Paint getItemLabelPaint(int series, int column) {
                return inside[column] ? Color.WHITE : ChartTheme.TEXT;
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
        TextTitle what = new TextTitle(description, theme.font(false, 8f));
        what.setPaint(ChartTheme.TEXT);
        chart.addSubtitle(0, what);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(labels);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.font(false, 7f));
        renderer.setDefaultItemLabelPaint(ChartTheme.TEXT);
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
