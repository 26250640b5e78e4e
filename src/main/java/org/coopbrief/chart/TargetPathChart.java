package org.coopbrief.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A target's progress: the actuals year by year against the path to the target, the constant
 * annual growth that leads from the level when the target was set to the target at its deadline.
 */
public final class TargetPathChart {

    /** One year's actual. */
    public record Actual(int year, ChartValue value) {}

    /**
     * @param title       the message ("T021: $812 million in 2019, 81% of the target for 2020")
     * @param description what is drawn ("T021: turnover, goods; deadline 2020")
     * @param fromYear   where the path starts (the year of the actual the target was set against)
     * @param fromAmount the level there; the path needs it to be positive
     * @param deadline   the year the target is due (the last year of a range)
     * @param target     the target level, in {@code axisLabel}'s unit
     */
    public record Path(
            String title,
            String description,
            String axisLabel,
            List<Actual> actuals,
            int fromYear,
            BigDecimal fromAmount,
            int deadline,
            BigDecimal target) {}

    private static final ItemLabelPosition ABOVE =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
    private static final ItemLabelPosition LEFT =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT);
    private static final ItemLabelPosition RIGHT =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
    private static final ItemLabelPosition BELOW =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER);

    private final ChartTheme theme;

    public TargetPathChart(ChartTheme theme) {
        this.theme = theme;
    }

    public JFreeChart build(Path path) {
        var texts = theme.texts();
        String actualKey = texts.text("chart.actual");
        String pathKey = texts.text("chart.pathToTarget");
        ApproximateLabels labels = new ApproximateLabels(theme.numbers(), "");
        XYSeries actual = new XYSeries(actualKey);
        java.util.Map<Integer, ChartValue> byYear = new java.util.TreeMap<>();
        path.actuals().forEach(a -> byYear.put(a.year(), a.value()));
        int firstYear = path.actuals().stream().mapToInt(Actual::year).min().orElse(path.deadline());
        int lastYear = path.actuals().stream().mapToInt(Actual::year).max().orElse(path.deadline());
        for (int year = firstYear; year <= lastYear; year++) {
            ChartValue v = byYear.get(year);
            // a year without an actual is a null: the line stops there rather than joining its neighbours
            actual.add(year, v == null ? null : v.amount());
            labels.mark(actualKey, actual.getItemCount() - 1, v != null && v.approximate());
        }
        XYSeries target = new XYSeries(pathKey);
        if (path.fromAmount() != null && path.fromAmount().signum() > 0 && path.deadline() > path.fromYear()) {
            int years = path.deadline() - path.fromYear();
            double growth =
                    Math.pow(path.target().doubleValue() / path.fromAmount().doubleValue(), 1.0 / years);
            for (int i = 0; i <= years; i++) {
                target.add(path.fromYear() + i, path.fromAmount().doubleValue() * Math.pow(growth, i));
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(actual);
        // without a level to start from there is no path: the target line alone shows the target
        if (target.getItemCount() > 1) {
            data.addSeries(target);
        }

        NumberAxis years = new NumberAxis(null);
        TickUnits wholeYears = new TickUnits();
        wholeYears.add(new NumberTickUnit(1, new DecimalFormat("0")));
        wholeYears.add(new NumberTickUnit(2, new DecimalFormat("0")));
        wholeYears.add(new NumberTickUnit(5, new DecimalFormat("0")));
        years.setStandardTickUnits(wholeYears);
        years.setAutoRangeIncludesZero(false);
        years.setLowerMargin(0.08);
        years.setUpperMargin(0.08);
        NumberAxis values = new NumberAxis(null);
        values.setNumberFormatOverride(theme.numbers());
        values.setAutoRangeIncludesZero(true);
        values.setUpperMargin(0.15);

        double level = path.target().doubleValue();
        double top = Math.max(level, Math.max(data.getRangeUpperBound(false), 0)) * 1.15;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true) {
            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
                Number y = data.getY(series, item);
                if (y == null) {
                    return ABOVE;
                }
                // a label above the point would sit on the target line or the path when either passes
                // just above it: then it goes below, or, near the axis, to the right
                double value = y.doubleValue();
                double room = 0.18 * top;
                java.util.List<Double> above = new java.util.ArrayList<>(java.util.List.of(level));
                int year = data.getX(series, item).intValue();
                for (int i = 0; i < target.getItemCount(); i++) {
                    if (target.getX(i).intValue() == year) {
                        above.add(target.getY(i).doubleValue());
                    }
                }
                boolean crowded = above.stream().anyMatch(a -> a >= value && a - value < room);
                if (!crowded) {
                    return ABOVE;
                }
                if (value > 0.1 * top) {
                    return BELOW;
                }
                // near the axis: beside the point, on the side the actual line does not go to
                boolean lineGoesRight = item + 1 < data.getItemCount(series) && data.getY(series, item + 1) != null;
                return lineGoesRight ? LEFT : RIGHT;
            }
        };
        XYPlot plot = new XYPlot(data, years, values, renderer);
        var marker = new org.jfree.chart.plot.ValueMarker(
                path.target().doubleValue(), ChartTheme.TURNOVER, new java.awt.BasicStroke(1f));
        marker.setLabel(
                texts.text("chart.targetLevel", texts.amount(path.target().round(MathContext.DECIMAL64))));
        // the label goes above the line on white, at the left: the path ends on the line at the right,
        // unless the first actual sits just above the line there
        ChartValue first = byYear.get(firstYear);
        boolean left = first == null
                || first.amount().doubleValue() < level
                || first.amount().doubleValue() > level + 0.18 * top;
        marker.setLabelAnchor(
                left ? org.jfree.chart.ui.RectangleAnchor.TOP_LEFT : org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(left ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        marker.setLabelBackgroundColor(java.awt.Color.WHITE);
        marker.setLabelPaint(ChartTheme.TURNOVER);
        plot.addRangeMarker(marker);

        JFreeChart chart = new JFreeChart(path.title(), plot);
        // the theme resets series colours and label fonts: ours come after it
        theme.apply(chart);
        org.jfree.chart.title.TextTitle description =
                new org.jfree.chart.title.TextTitle(path.description(), theme.font(false, 8f));
        description.setPaint(ChartTheme.TEXT);
        chart.addSubtitle(0, description);
        theme.unitAboveAxis(chart, path.axisLabel());
        marker.setLabelFont(theme.font(false, 7f));
        renderer.setSeriesPaint(0, ChartTheme.EXPORTS);
        renderer.setSeriesStroke(0, ChartTheme.LINE);
        renderer.setSeriesPaint(1, ChartTheme.REFERENCE);
        renderer.setSeriesStroke(1, ChartTheme.DASHED);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesItemLabelGenerator(0, labels);
        renderer.setSeriesItemLabelsVisible(0, true);
        renderer.setSeriesItemLabelFont(0, theme.font(false, 7f));
        renderer.setSeriesItemLabelPaint(0, ChartTheme.TEXT);

        return chart;
    }
}
