package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.GrowthRow;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.chart.ChartValue;
import org.coopbrief.chart.SeriesChart;
import org.coopbrief.chart.TargetPathChart;
import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.Texts;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;

/**
 * One partner's briefing: its trade series chart, every number with its year-over-year change,
 * its targets with a progress chart each, the timeline of its events, and the sources as
 * numbered notes.
 */
final class PartnerBriefing {

    /** Targets drawn as a path chart at most; the table lists them all. */
    static final int MAX_PATH_CHARTS = 4;
    /** Series drawn at most; the table below them has every number. */
    static final int MAX_SERIES_CHARTS = 2;

    private static final Set<Indicator> FLOWS = EnumSet.of(Indicator.EXPORTS, Indicator.IMPORTS, Indicator.TURNOVER);

    private final BriefingContext context;
    private final String partner;
    private final Texts texts;
    private final Wording wording;
    private final SourceNotes notes;
    private final Map<String, Figure> figures;
    private final List<ComparisonRow> rows;

    PartnerBriefing(BriefingContext context, String partner) {
        this.context = context;
        this.partner = partner;
        this.texts = context.texts();
        this.wording = context.wording();
        this.notes = new SourceNotes(context.data().sourcesById(), texts);
        this.figures = context.data().figures().stream().collect(Collectors.toMap(Figure::id, Function.identity()));
        this.rows = context.report().partnerRows(partner);
    }

    BriefingPdf.Metadata metadata() {
        String name = wording.name(partner);
        String title = texts.text(
                "partner.title", name, texts.period(context.parameters().focus()));
        return new BriefingPdf.Metadata(
                title,
                title,
                texts.text("partner.subject", context.reporterName(), name),
                context.author(),
                texts.text("partner.keywords", name, partner),
                context.created());
    }

    void write(BriefingPdf pdf) {
        header(pdf);
        series(pdf);
        changes(pdf);
        targets(pdf);
        events(pdf);
        pdf.flowingSection(texts.text("section.sources"), "sources");
        pdf.note(texts.text("sources.books"));
        if (notes.isEmpty()) {
            pdf.paragraph(texts.text("sources.none"));
        }
        notes.notes().forEach(pdf::sourceNote);
    }

    private void header(BriefingPdf pdf) {
        PdfStyle style = pdf.style();
        var run = context.parameters();
        Paragraph title = new Paragraph(new Phrase(
                texts.text("partner.title", wording.name(partner), texts.period(run.focus())),
                style.font(20, true, PdfStyle.ACCENT)));
        title.setLeading(26);
        title.setSpacingAfter(4);
        pdf.add(title);
        pdf.paragraph(
                new Phrase(
                        texts.text(
                                "partner.subtitle",
                                context.reporterName(),
                                wording.name(partner),
                                texts.period(run.focus()),
                                texts.date(run.asOf())),
                        style.body()),
                4);
    }

    /** One reporter's flows with the partner in one scope: a series that can be charted. */
    private record Series(String reporter, Scope scope, Map<Period, Map<Indicator, ComparisonRow>> byPeriod) {}

    /**
     * The annual dollar flows as charts, at most {@link #MAX_SERIES_CHARTS}: the series with the
     * most years first, the reporter itself before its regions and companies, goods before other scopes.
     */
    private void series(BriefingPdf pdf) {
        pdf.flowingSection(texts.text("section.series"), "series");
        String main = context.parameters().reporter();
        Map<String, Series> all = new LinkedHashMap<>();
        rows.stream()
                .filter(r -> FLOWS.contains(r.indicator())
                        && r.amount() != null
                        && r.unit() == Unit.USD_M
                        && r.period().isFullYear())
                .forEach(r -> all.computeIfAbsent(
                                r.reporter() + "|" + r.scope(),
                                k -> new Series(r.reporter(), r.scope(), new TreeMap<>()))
                        .byPeriod()
                        .computeIfAbsent(r.period(), p -> new LinkedHashMap<>())
                        .putIfAbsent(r.indicator(), r));
        if (all.isEmpty()) {
            pdf.paragraph(texts.text("series.none", wording.name(partner)));
            return;
        }
        List<Series> chosen = all.values().stream()
                .sorted(Comparator.comparing((Series x) -> -x.byPeriod().size())
                        .thenComparing(x -> !x.reporter().equals(main))
                        .thenComparing(x -> x.scope() != Scope.GOODS))
                .limit(MAX_SERIES_CHARTS)
                .toList();
        for (Series series : chosen) {
            List<SeriesChart.Point> points = new ArrayList<>();
            series.byPeriod()
                    .forEach((period, values) -> points.add(new SeriesChart.Point(
                            texts.periodShort(period),
                            value(values.get(Indicator.EXPORTS)),
                            value(values.get(Indicator.IMPORTS)),
                            value(values.get(Indicator.TURNOVER)))));
            String title = texts.text(
                    "chart.series",
                    wording.name(series.reporter()),
                    wording.name(partner),
                    texts.scope(series.scope()));
            pdf.chart(new SeriesChart(context.chartTheme()).build(title, points), 230);
        }
        pdf.note(texts.text("series.note", chosen.size(), all.size()));
    }

    private static ChartValue value(ComparisonRow row) {
        return row == null ? null : new ChartValue(row.amount(), row.levelApproximate());
    }

    private void changes(BriefingPdf pdf) {
        pdf.flowingSection(texts.text("section.changes"), "changes");
        if (rows.isEmpty()) {
            pdf.paragraph(texts.text("changes.none"));
            return;
        }
        new NumbersTable(context, notes, figures).full(pdf, rows);
        pdf.note(texts.text("changes.legend"));
        List<GrowthRow> growth = context.report().partnerGrowth(partner);
        if (!growth.isEmpty()) {
            pdf.subsection(texts.text("section.growth"), "growth");
            new NumbersTable(context, notes, figures).growth(pdf, growth);
            pdf.note(texts.text("growth.legend"));
        }
    }

    private void targets(BriefingPdf pdf) {
        pdf.flowingSection(texts.text("section.partnerTargets"), "targets");
        List<TargetRow> targets = context.report().targets().stream()
                .filter(t -> t.partner().equals(partner))
                .sorted(Comparator.comparing(TargetRow::targetId))
                .toList();
        TargetTable.add(pdf, context, notes, targets, false);
        int charts = 0;
        for (TargetRow t : targets) {
            if (charts < MAX_PATH_CHARTS) {
                TargetPathChart.Path path = path(t);
                if (path != null) {
                    pdf.chart(new TargetPathChart(context.chartTheme()).build(path), 200);
                    charts++;
                }
            }
        }
    }

    /** The actuals of the target's series by year, and the path from the level when it was set to the target. */
    private TargetPathChart.Path path(TargetRow t) {
        if (t.targetAmount() == null || t.deadline() == null) {
            return null;
        }
        List<ComparisonRow> actuals = rows.stream()
                .filter(r -> r.reporter().equals(t.reporter())
                        && r.indicator() == t.indicator()
                        && r.scope() == t.scope()
                        && r.unit() == t.unit()
                        && r.period().isFullYear()
                        && r.amount() != null)
                .sorted(Comparator.comparing(ComparisonRow::period))
                .toList();
        if (actuals.isEmpty()) {
            return null;
        }
        int setYear =
                t.setOn() != null ? t.setOn().year() : actuals.get(0).period().year();
        ComparisonRow from = actuals.stream()
                .filter(r -> r.period().year() <= setYear)
                .reduce((a, b) -> b)
                .orElse(actuals.get(0));
        List<TargetPathChart.Actual> points = actuals.stream()
                .map(r ->
                        new TargetPathChart.Actual(r.period().year(), new ChartValue(r.amount(), r.levelApproximate())))
                .toList();
        String title = t.targetId() + ": " + wording.series(t.indicator(), t.scope()) + ", "
                + texts.text("chart.deadline", Integer.toString(t.deadline().lastYear()));
        return new TargetPathChart.Path(
                title,
                texts.unit(t.unit()),
                points,
                from.period().year(),
                from.amount(),
                t.deadline().lastYear(),
                t.targetAmount());
    }

    private void events(BriefingPdf pdf) {
        pdf.flowingSection(texts.text("section.timeline"), "timeline");
        Set<String> inside = context.data().within(partner);
        List<Event> events = context.data().events().stream()
                .filter(e -> e.parties().stream().anyMatch(inside::contains))
                .filter(e -> !e.date().date().isAfter(context.parameters().asOf()))
                .sorted(Comparator.comparing(Event::date))
                .toList();
        pdf.paragraph(texts.text(
                "timeline.intro",
                events.size(),
                wording.name(partner),
                texts.date(context.parameters().asOf())));
        EventTable.add(pdf, context, notes, events);
    }
}
