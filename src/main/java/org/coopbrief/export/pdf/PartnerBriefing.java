package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.coopbrief.analysis.Change;
import org.coopbrief.analysis.Changes;
import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.GrowthRow;
import org.coopbrief.analysis.HeadlineRow;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.analysis.TargetStatus;
import org.coopbrief.chart.ChartValue;
import org.coopbrief.chart.Exhibit;
import org.coopbrief.chart.SeriesChart;
import org.coopbrief.chart.TargetPathChart;
import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.GrammaticalCase;
import org.coopbrief.localisation.Texts;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;

/**
 * One partner's briefing: a paragraph of what the numbers say, its latest numbers (trade first), its trade series chart, every number with its year-over-year change,
 * its targets with a progress chart each, the timeline of its events, and the sources as
 * numbered notes.
 */
final class PartnerBriefing {

    /** Targets drawn as a path chart at most; the table lists them all. */
    static final int MAX_PATH_CHARTS = 4;
    /** Series drawn at most; the table below them has every number. */
    static final int MAX_SERIES_CHARTS = 2;
    /** How many "what's new" points a partner briefing lists; a last one says how many more the workbook lists. */
    static final int NEWS_POINTS = 6;

    private static final Set<Indicator> FLOWS = EnumSet.of(Indicator.EXPORTS, Indicator.IMPORTS, Indicator.TURNOVER);

    private final BriefingContext context;
    private final String partner;
    private final Texts texts;
    private final Wording wording;
    private final SourceNotes notes;
    private final Map<String, Dataset.FigureNote> figures;
    private final List<ComparisonRow> rows;

    PartnerBriefing(BriefingContext context, String partner) {
        this.context = context;
        this.partner = partner;
        this.texts = context.texts();
        this.wording = context.wording();
        this.notes = new SourceNotes(context.data().sourcesById(), texts);
        this.figures = context.data().figures();
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
        opening(pdf);
        news(pdf);
        latest(pdf);
        series(pdf);
        changes(pdf);
        targets(pdf);
        events(pdf);
        pdf.flowingSection(texts.text("section.sources"), "sources");
        // the note on the books opens the list, so that the heading stays with both
        List<Phrase> lines = new ArrayList<>();
        lines.add(new Phrase(texts.text("sources.books"), pdf.style().small()));
        if (notes.isEmpty()) {
            lines.add(new Phrase(texts.text("sources.none"), pdf.style().body()));
        }
        notes.notes().forEach(note -> lines.add(pdf.sourcePhrase(note)));
        pdf.lines(lines, 3);
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

    /** What the numbers say, the targets' status and the latest event, in one paragraph before the charts. */
    private void opening(BriefingPdf pdf) {
        List<String> sentences = new ArrayList<>();
        sentences.add(context.report().partnerHeadline(partner).stream()
                .filter(h -> h.part() != HeadlineRow.Part.OTHER_TRADE && h.part() != HeadlineRow.Part.OTHER)
                .map(HeadlineRow::row)
                .filter(r -> r.amount() != null)
                .findFirst()
                .map(this::tradeSentence)
                .orElseGet(() -> texts.text("partner.summary.noTrade", wording.name(partner))));
        sentences.add(targetsSentence());
        List<Event> events = events();
        sentences.add(
                events.isEmpty()
                        ? texts.text(
                                "partner.summary.noEvents",
                                texts.date(context.parameters().asOf()))
                        : eventSentence(events.get(events.size() - 1)));
        pdf.paragraph(new Phrase(String.join(" ", sentences), pdf.style().body()), 8);
    }

    private String tradeSentence(ComparisonRow r) {
        Change c = r.change();
        String change = c == null || c.percent() == null
                ? texts.text("partner.summary.noChange")
                : texts.text(
                        "partner.summary.change",
                        wording.changeInWords(c.percent(), c.approximate()),
                        texts.period(c.previousPeriod(), GrammaticalCase.DATIVE));
        String value = r.unit() == Unit.USD_M
                ? wording.money(r.amount(), r.levelApproximate(), r.value().figureIds())
                : wording.valueWithUnit(r.amount(), r.levelApproximate(), r.unit());
        return texts.text(
                        "partner.summary.trade",
                        texts.indicator(r.indicator()),
                        texts.text("partner.summary.pair", wording.name(r.reporter()), wording.name(partner)),
                        texts.scope(r.scope()),
                        value,
                        texts.period(r.period()))
                + change;
    }

    private String targetsSentence() {
        Map<TargetStatus, Long> byStatus = new TreeMap<>(Wording.BY_ATTENTION);
        partnerTargets().forEach(t -> byStatus.merge(t.status(), 1L, Long::sum));
        String counts = byStatus.entrySet().stream()
                .map(e -> wording.statusCount(e.getKey(), e.getValue())
                        .toLowerCase(texts.language().locale()))
                .collect(Collectors.joining(", "));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return texts.text("partner.summary.targets", total, counts);
    }

    private String eventSentence(Event e) {
        String title = texts.ofData(e.title(), e.titleRu()).strip();
        if (title.endsWith(".")) {
            title = title.substring(0, title.length() - 1);
        }
        return texts.text("partner.summary.event", texts.date(e.date()), title);
    }

    /**
     * What is new for this partner since the previous briefing of the series (its numbers and targets,
     * the events it is a party to); nothing in the first briefing of a series.
     */
    private void news(BriefingPdf pdf) {
        Changes changes = context.changes().concerning(partner);
        if (changes.isFirst()) {
            return;
        }
        pdf.flowingSection(changes.title(texts.language()), "news");
        if (changes.rows().isEmpty()) {
            pdf.paragraph(
                    texts.text("news.partner.none", texts.date(changes.since().issued())));
            return;
        }
        for (String point : changes.points(texts.language(), NEWS_POINTS)) {
            pdf.add(OverallBriefing.bullet("\u2022", point, 0, pdf.style().body()));
        }
    }

    /** The partner's latest numbers, trade first, as the analysis orders them: the first table of the briefing. */
    private void latest(BriefingPdf pdf) {
        pdf.flowingSection(texts.text("section.latest"), "latest");
        List<HeadlineRow> headline = context.report().partnerHeadline(partner);
        if (headline.isEmpty()) {
            pdf.paragraph(texts.text("changes.none"));
            return;
        }
        new NumbersTable(context, notes, figures).latest(pdf, headline, texts.text("latest.legend"));
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
            List<String> sources = new ArrayList<>();
            series.byPeriod().forEach((period, values) -> {
                points.add(new SeriesChart.Point(
                        period.year(),
                        value(values.get(Indicator.EXPORTS)),
                        value(values.get(Indicator.IMPORTS)),
                        value(values.get(Indicator.TURNOVER))));
                values.values().forEach(r -> sources.addAll(sourcesOf(r)));
            });
            String description = texts.text(
                    "chart.series",
                    wording.name(series.reporter()),
                    wording.name(partner),
                    texts.scope(series.scope()));
            var subject = new SeriesChart.Subject(
                    wording.name(series.reporter()),
                    wording.name(partner),
                    series.reporter().equals(main),
                    series.scope() == Scope.GOODS ? null : texts.scope(series.scope()),
                    description);
            pdf.exhibit(new SeriesChart(context.chartTheme()).build(subject, points), 230, notes.sourceLine(sources));
        }
        pdf.note(texts.text("series.note", chosen.size(), all.size()));
    }

    private List<String> sourcesOf(ComparisonRow row) {
        return NumbersTable.figureIds(row).stream()
                .map(figures::get)
                .filter(f -> f != null && f.source() != null)
                .map(Dataset.FigureNote::source)
                .toList();
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
        new NumbersTable(context, notes, figures).full(pdf, rows, texts.text("changes.legend"));
        List<GrowthRow> growth = context.report().partnerGrowth(partner);
        if (!growth.isEmpty()) {
            pdf.subsection(texts.text("section.growth"), "growth");
            new NumbersTable(context, notes, figures).growth(pdf, growth, texts.text("growth.legend"));
        }
    }

    private void targets(BriefingPdf pdf) {
        pdf.flowingSection(texts.text("section.partnerTargets"), "targets");
        List<TargetRow> targets = partnerTargets();
        TargetTable.add(pdf, context, notes, targets, false);
        int charts = 0;
        for (TargetRow t : targets) {
            if (charts < MAX_PATH_CHARTS) {
                TargetPathChart.Path path = path(t);
                if (path != null) {
                    List<String> sources = new ArrayList<>();
                    if (t.source() != null) {
                        sources.add(t.source());
                    }
                    actualsOf(t).forEach(r -> sources.addAll(sourcesOf(r)));
                    pdf.exhibit(
                            new Exhibit.Chart(new TargetPathChart(context.chartTheme()).build(path), path.title()),
                            200,
                            notes.sourceLine(sources));
                    charts++;
                }
            }
        }
    }

    /** The full-year actuals of the target's series, by year. */
    private List<ComparisonRow> actualsOf(TargetRow t) {
        return rows.stream()
                .filter(r -> r.reporter().equals(t.reporter())
                        && r.indicator() == t.indicator()
                        && r.scope() == t.scope()
                        && r.unit() == t.unit()
                        && r.period().isFullYear()
                        && r.amount() != null)
                .sorted(Comparator.comparing(ComparisonRow::period))
                .toList();
    }

    /** The actuals of the target's series by year, and the path from the level when it was set to the target. */
    private TargetPathChart.Path path(TargetRow t) {
        if (t.targetAmount() == null || t.deadline() == null) {
            return null;
        }
        List<ComparisonRow> actuals = actualsOf(t);
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
        String description = t.targetId() + ": " + wording.series(t.indicator(), t.scope()) + ", "
                + texts.text("chart.deadline", Integer.toString(t.deadline().lastYear()));
        return new TargetPathChart.Path(
                message(t),
                description,
                texts.unit(t.unit()),
                points,
                from.period().year(),
                from.amount(),
                t.deadline().lastYear(),
                t.targetAmount());
    }

    /** The target chart's title: the analysis' latest actual and attainment, in words. */
    private String message(TargetRow t) {
        String target = inWords(t.targetAmount(), t.targetApproximate(), t.unit());
        if (t.actual() == null) {
            return t.targetId() + ": " + texts.text("chart.targetLevel", target);
        }
        String actual = inWords(t.actual().amount(), t.actual().approximate(), t.unit());
        String year =
                texts.text("date.year", Integer.toString(t.actual().period().year()));
        if (t.attainmentPct() == null) {
            return texts.text("chart.message.targetNoShare", t.targetId(), actual, year, target);
        }
        String share = t.approximate()
                ? texts.text("chart.message.about", texts.percent(t.attainmentPct()))
                : texts.percent(t.attainmentPct());
        return texts.text("chart.message.target", t.targetId(), actual, year, share);
    }

    /** "about $812 million", "525 tractors": a value in a sentence. */
    private String inWords(java.math.BigDecimal amount, boolean approximate, Unit unit) {
        String value =
                unit == Unit.USD_M ? texts.usdMillions(amount) : texts.amount(amount) + " " + texts.unit(amount, unit);
        return approximate ? texts.text("chart.message.about", value) : value;
    }

    private List<TargetRow> partnerTargets() {
        return context.report().targets().stream()
                .filter(t -> t.partner().equals(partner))
                .sorted(Comparator.comparing(TargetRow::targetId))
                .toList();
    }

    /** The events involving the partner (or a region or company inside it) up to the as-of date, by date. */
    private List<Event> events() {
        return context.timeline(partner).events();
    }

    private void events(BriefingPdf pdf) {
        pdf.flowingSection(texts.text("section.timeline"), "timeline");
        List<Event> events = events();
        pdf.lead(texts.text(
                "timeline.intro",
                events.size(),
                wording.name(partner),
                texts.date(context.parameters().asOf())));
        EventTable.add(pdf, context, notes, events);
    }
}
