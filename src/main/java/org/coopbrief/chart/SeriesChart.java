package org.coopbrief.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

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
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/**
 * A partner's trade over the years: exports and imports as bars, turnover as a line over them, in
 * USD million. Every year from the first to the last is on the axis, so a year without data is a
 * visible gap, and the line never joins the years on either side of it. Building the
 * {@link Model} (what is drawn, and the title's message) is separate from drawing it.
 */
public final class SeriesChart {

    /** The three flows of one year; any of them may be null. */
    public record Point(
            int year,
            @Nullable ChartValue exports,
            @Nullable ChartValue imports,
            @Nullable ChartValue turnover) {}

    /**
     * Whose trade: {@code reporter} and {@code partner} by name, {@code mainReporter} when the
     * reporter is the one the briefings are for, {@code scope} in words unless it is goods (the
     * message names it then), and {@code description}, what the chart shows ("Belarus – Kazakhstan:
     * trade in goods, USD million").
     */
    public record Subject(
            String reporter,
            String partner,
            boolean mainReporter,
            @Nullable String scope,
            String description) {}

    /** The flows, in the order the message prefers them. */
    enum Flow {
        TURNOVER(Point::turnover, ChartTheme.TURNOVER),
        EXPORTS(Point::exports, ChartTheme.EXPORTS),
        IMPORTS(Point::imports, ChartTheme.IMPORTS);

        private final Function<Point, @Nullable ChartValue> value;
        final Color colour;

        Flow(Function<Point, @Nullable ChartValue> value, Color colour) {
            this.value = value;
            this.colour = colour;
        }

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One series as drawn: a value for every year of the axis, null where there is none. */
    public record Row(Flow flow, String name, List<@Nullable ChartValue> values) {

        long count() {
            return values.stream().filter(v -> v != null).count();
        }
    }

    /**
     * What the chart shows: the years of the axis (every year from the first to the last), the
     * bars and the line (only the flows that have a value), the flow the message is about and its
     * trend, and the title.
     */
    public record Model(
            String title,
            String description,
            List<Integer> years,
            List<Row> bars,
            @Nullable Row line,
            Flow told,
            Trend trend) {

        /** The legend: the series drawn, bars then line. */
        public List<String> legend() {
            List<String> names = new ArrayList<>(bars.stream().map(Row::name).toList());
            if (line != null) {
                names.add(line.name());
            }
            return names;
        }

        /** Years with at least one value: fewer than two make no chart. */
        public long yearsWithData() {
            List<Row> all = new ArrayList<>(bars);
            if (line != null) {
                all.add(line);
            }
            return java.util.stream.IntStream.range(0, years.size())
                    .filter(i -> all.stream().anyMatch(r -> r.values().get(i) != null))
                    .count();
        }
    }

    /** Beyond this many years the labels would crowd: only the years of the message are labelled. */
    static final int MAX_LABELLED_YEARS = 8;

    private final ChartTheme theme;
    private final ChartMessages messages;

    public SeriesChart(ChartTheme theme) {
        this.theme = theme;
        this.messages = new ChartMessages(theme.texts());
    }

    /** The model of the chart; {@code points} must hold at least one value. */
    public Model model(Subject subject, List<Point> points) {
        var texts = theme.texts();
        SortedMap<Integer, Point> byYear = new TreeMap<>();
        points.forEach(p -> byYear.put(p.year(), p));
        List<Integer> years = new ArrayList<>();
        for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
            years.add(y);
        }
        List<Row> rows = new ArrayList<>();
        for (Flow flow : Flow.values()) {
            List<@Nullable ChartValue> values = new ArrayList<>();
            for (int y : years) {
                Point p = byYear.get(y);
                values.add(p == null ? null : flow.value.apply(p));
            }
            rows.add(new Row(flow, texts.text("chart." + flow.key()), values));
        }
        // the message is about turnover when it has two values or more, else the flow with most values
        Row told = rows.stream()
                .filter(r -> r.count() >= 2)
                .findFirst()
                .orElseGet(() ->
                        rows.stream().max(Comparator.comparingLong(Row::count)).orElseThrow());
        SortedMap<Integer, ChartValue> values = new TreeMap<>();
        for (int i = 0; i < years.size(); i++) {
            ChartValue v = told.values().get(i);
            if (v != null) {
                values.put(years.get(i), v);
            }
        }
        Trend trend = Trend.of(values);
        String who = texts.text(
                "chart.subject." + told.flow().key(),
                subject.reporter(),
                subject.partner(),
                subject.mainReporter() ? "main" : "other",
                subject.scope() == null ? "goods" : "other",
                subject.scope() == null ? "" : subject.scope());
        String title = messages.trend(who, trend);
        List<Row> bars = rows.stream()
                .filter(r -> r.flow() != Flow.TURNOVER && r.count() > 0)
                .toList();
        Row line = rows.get(0).count() > 0 ? rows.get(0) : null;
        return new Model(title, subject.description(), years, bars, line, told.flow(), trend);
    }

    /** The chart, or the figure line when there is a single year with data. */
    public Exhibit build(Subject subject, List<Point> points) {
        Model model = model(subject, points);
        if (model.yearsWithData() < 2) {
            return new Exhibit.Figure(figure(model));
        }
        return new Exhibit.Chart(draw(model), model.title());
    }

    /** "Belarus – Georgia: trade in goods, USD million, 2017: turnover $18.8 million, exports $7.9 million". */
    private String figure(Model model) {
        var texts = theme.texts();
        int i = model.years().indexOf(model.trend().year());
        List<Row> rows = new ArrayList<>();
        if (model.line() != null) {
            rows.add(model.line());
        }
        rows.addAll(model.bars());
        List<String> parts = rows.stream()
                .filter(r -> r.values().get(i) != null)
                .map(r -> texts.text(
                        "chart.figure." + r.flow().key(),
                        messages.money(r.values().get(i))))
                .toList();
        return texts.text(
                "chart.figure", model.description(), messages.year(model.trend().year()), String.join(", ", parts));
    }

    JFreeChart draw(Model model) {
        var texts = theme.texts();
        ApproximateLabels barLabels = new ApproximateLabels(theme.numbers(), "");
        ApproximateLabels lineLabels = new ApproximateLabels(theme.numbers(), "");
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset line = new DefaultCategoryDataset();
        for (Row row : model.bars()) {
            fill(bars, barLabels, row, model.years());
        }
        if (model.line() != null) {
            fill(line, lineLabels, model.line(), model.years());
        }
        List<Integer> labelled = labelledYears(model);

        CategoryAxis years = new CategoryAxis(null);
        // with few years the bars would sit far apart at the edges of one wide category
        double margin = Math.max(0.02, (4 - model.years().size()) * 0.1);
        years.setLowerMargin(margin);
        years.setUpperMargin(margin);
        NumberAxis usd = new NumberAxis(null);
        usd.setNumberFormatOverride(theme.numbers());
        usd.setAutoRangeIncludesZero(true);
        usd.setUpperMargin(0.18);

        BarRenderer barRenderer = new BarRenderer();
        LineAndShapeRenderer lineRenderer = new LabelPlacingLineRenderer(model);
        CategoryPlot plot = new CategoryPlot(bars, years, usd, barRenderer);
        plot.setDataset(1, line);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = new JFreeChart(model.title(), plot);
        // the theme resets series colours and label fonts: ours come after it
        theme.apply(chart);
        TextTitle description = new TextTitle(model.description(), theme.font(false, 8f));
        description.setPaint(ChartTheme.TEXT);
        chart.addSubtitle(0, description);
        theme.unitAboveAxis(chart, texts.text("chart.axis.usdMillions"));
        for (int i = 0; i < model.bars().size(); i++) {
            barRenderer.setSeriesPaint(i, model.bars().get(i).flow().colour);
        }
        barRenderer.setItemMargin(0.05);
        barRenderer.setMaximumBarWidth(0.12);
        lineRenderer.setSeriesPaint(0, ChartTheme.TURNOVER);
        lineRenderer.setSeriesStroke(0, ChartTheme.LINE);
        // only the series of the message carries labels, so they cannot collide with another series'
        boolean lineTold = model.told() == Flow.TURNOVER;
        for (int i = 0; i < model.bars().size(); i++) {
            boolean told = model.bars().get(i).flow() == model.told() && !lineTold;
            barRenderer.setSeriesItemLabelsVisible(i, told);
        }
        barRenderer.setDefaultItemLabelGenerator(new OnlyYears(barLabels, labelled));
        barRenderer.setDefaultItemLabelFont(theme.font(false, 7f));
        barRenderer.setDefaultItemLabelPaint(ChartTheme.TEXT);
        barRenderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        lineRenderer.setDefaultItemLabelGenerator(new OnlyYears(lineLabels, labelled));
        lineRenderer.setDefaultItemLabelsVisible(lineTold);
        lineRenderer.setDefaultItemLabelFont(theme.font(true, 7f));
        lineRenderer.setDefaultItemLabelPaint(ChartTheme.TURNOVER);
        if (approximate(model)) {
            chart.addSubtitle(note(texts.text("chart.approximateNote")));
        }
        return chart;
    }

    /** Every year when there are few; else the years the message names (latest and reference) and the first. */
    private static List<Integer> labelledYears(Model model) {
        if (model.years().size() <= MAX_LABELLED_YEARS) {
            return model.years();
        }
        return List.of(
                model.years().get(0), model.trend().reference(), model.trend().year());
    }

    private static boolean approximate(Model model) {
        List<Row> all = new ArrayList<>(model.bars());
        if (model.line() != null) {
            all.add(model.line());
        }
        return all.stream().flatMap(r -> r.values().stream()).anyMatch(v -> v != null && v.approximate());
    }

    private TextTitle note(String text) {
        TextTitle t = new TextTitle(text, theme.font(false, 7f));
        t.setPosition(RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        t.setPaint(ChartTheme.REFERENCE);
        return t;
    }

    private static void fill(DefaultCategoryDataset data, ApproximateLabels labels, Row row, List<Integer> years) {
        for (int i = 0; i < years.size(); i++) {
            ChartValue v = row.values().get(i);
            String year = Integer.toString(years.get(i));
            // a null value keeps the year on the axis and breaks the line there
            data.addValue(v == null ? null : v.amount(), row.name(), year);
            if (v != null) {
                labels.mark(row.name(), year, v.approximate());
            }
        }
    }

    /** Labels only the chosen years. */
    private record OnlyYears(ApproximateLabels labels, List<Integer> years)
            implements org.jfree.chart.labels.CategoryItemLabelGenerator {

        private boolean shown(org.jfree.data.category.CategoryDataset data, int column) {
            return years.contains(Integer.valueOf(data.getColumnKey(column).toString()));
        }

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset data, int row, int column) {
            return shown(data, column) ? labels.generateLabel(data, row, column) : null;
        }

        @Override
        public String generateRowLabel(org.jfree.data.category.CategoryDataset data, int row) {
            return labels.generateRowLabel(data, row);
        }

        @Override
        public String generateColumnLabel(org.jfree.data.category.CategoryDataset data, int column) {
            return labels.generateColumnLabel(data, column);
        }
    }

    /**
     * Puts each label of the line where the line is not: above a peak, above and to the left where
     * it rises, above and to the right where it falls, below a trough (unless a bar reaches near
     * the point there).
     */
    private static final class LabelPlacingLineRenderer extends LineAndShapeRenderer {

        private static final ItemLabelPosition ABOVE =
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
        private static final ItemLabelPosition ABOVE_LEFT =
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE11, TextAnchor.BOTTOM_RIGHT);
        private static final ItemLabelPosition ABOVE_RIGHT =
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE1, TextAnchor.BOTTOM_LEFT);
        private static final ItemLabelPosition BELOW =
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER);

        private final transient Model model;

        LabelPlacingLineRenderer(Model model) {
            super(true, true);
            this.model = model;
        }

        @Override
        public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
            Row line = model.line();
            if (line == null) {
                return ABOVE;
            }
            return position(line.values(), column, model.bars());
        }

        static ItemLabelPosition position(List<@Nullable ChartValue> values, int i, List<Row> bars) {
            double here = values.get(i).amount().doubleValue();
            Double before = i > 0 && values.get(i - 1) != null
                    ? values.get(i - 1).amount().doubleValue()
                    : null;
            Double after = i + 1 < values.size() && values.get(i + 1) != null
                    ? values.get(i + 1).amount().doubleValue()
                    : null;
            boolean higherBefore = before != null && before > here;
            boolean higherAfter = after != null && after > here;
            if (higherBefore && higherAfter) {
                double bar = bars.stream()
                        .map(r -> r.values().get(i))
                        .filter(v -> v != null)
                        .mapToDouble(v -> v.amount().doubleValue())
                        .max()
                        .orElse(0);
                return bar < here * 0.6 ? BELOW : ABOVE;
            }
            if (higherAfter) {
                return ABOVE_LEFT;
            }
            if (higherBefore) {
                return ABOVE_RIGHT;
            }
            return ABOVE;
        }
    }
}
