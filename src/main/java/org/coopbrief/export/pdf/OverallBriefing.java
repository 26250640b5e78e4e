package org.coopbrief.export.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.PeerGroup;
import org.coopbrief.analysis.RankedRow;
import org.coopbrief.analysis.Standing;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.chart.ChartValue;
import org.coopbrief.chart.HorizontalBars;
import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.Figure;
import org.coopbrief.localisation.Texts;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;

/**
 * The overall briefing: title page, executive summary, partner ranking, targets, a short section
 * per partner, recent events, data quality, methodology and sources.
 */
final class OverallBriefing {

    /** How many events "recent events" lists at most. */
    static final int MAX_RECENT_EVENTS = 40;
    /** How many of a partner's numbers its short section shows (the latest first). */
    static final int ROWS_PER_PARTNER = 6;

    private final BriefingContext context;
    private final Texts texts;
    private final Wording wording;
    private final SourceNotes notes;
    private final Map<String, Figure> figures;

    OverallBriefing(BriefingContext context) {
        this.context = context;
        this.texts = context.texts();
        this.wording = context.wording();
        this.notes = new SourceNotes(context.data().sourcesById(), texts);
        this.figures = context.data().figures().stream().collect(Collectors.toMap(Figure::id, Function.identity()));
    }

    BriefingPdf.Metadata metadata() {
        String title = texts.text(
                "overall.title",
                context.reporterName(),
                texts.period(context.parameters().focus()));
        return new BriefingPdf.Metadata(
                title,
                title,
                texts.text("overall.subject", context.reporterName()),
                context.author(),
                texts.text("overall.keywords"),
                context.created());
    }

    void write(BriefingPdf pdf) {
        titlePage(pdf);
        summary(pdf);
        ranking(pdf);
        targets(pdf);
        partners(pdf);
        events(pdf);
        Appendix appendix = new Appendix(context, pdf);
        appendix.quality();
        appendix.methodology();
        appendix.sources(notes);
    }

    private void titlePage(BriefingPdf pdf) {
        PdfStyle style = pdf.style();
        var run = context.parameters();
        Paragraph marking = new Paragraph(new Phrase(context.marking(), style.font(11, true, PdfStyle.MARKING)));
        marking.setAlignment(Element.ALIGN_RIGHT);
        marking.setSpacingAfter(150);
        pdf.add(marking);
        Paragraph title = new Paragraph(new Phrase(
                texts.text("overall.title", context.reporterName(), texts.period(run.focus())), style.title()));
        title.setLeading(30);
        title.setSpacingAfter(12);
        pdf.add(title);
        pdf.paragraph(new Phrase(texts.text("overall.subject", context.reporterName()), style.subtitle()), 30);
        TableBuilder facts = new TableBuilder(style, new float[] {1.2f, 3f});
        facts.text(texts.text("title.focus")).bold(texts.period(run.focus()));
        facts.text(texts.text("title.asOf")).bold(texts.date(run.asOf()));
        facts.text(texts.text("title.partners"))
                .bold(Integer.toString(context.partners().size()));
        facts.text(texts.text("title.language")).bold(texts.text("language.name"));
        pdf.table(facts.build());
        contents(pdf);
    }

    /** The sections, each a link to its page. */
    private void contents(BriefingPdf pdf) {
        PdfStyle style = pdf.style();
        pdf.paragraph(new Phrase(texts.text("contents"), style.bodyBold()), 4);
        for (String section :
                List.of("summary", "ranking", "targets", "partners", "events", "quality", "method", "sources")) {
            Chunk link = new Chunk(texts.text("section." + section), style.font(9.5f, false, PdfStyle.LINK));
            link.setLocalGoto(section);
            pdf.paragraph(new Phrase(link), 2);
        }
    }

    private void summary(BriefingPdf pdf) {
        pdf.section(texts.text("section.summary"), "summary");
        for (String sentence : new SummarySentences(context).sentences()) {
            pdf.paragraph(new Phrase("\u2022 " + sentence, pdf.style().body()), 5);
        }
    }

    private void ranking(BriefingPdf pdf) {
        var run = context.parameters();
        pdf.section(texts.text("section.ranking"), "ranking");
        List<RankedRow> ranking = context.report().ranking();
        pdf.paragraph(texts.text("ranking.intro", context.reporterName(), texts.period(run.focus())));
        if (ranking.isEmpty()) {
            pdf.paragraph(texts.text("ranking.none", texts.period(run.focus())));
            return;
        }
        PdfStyle style = pdf.style();
        TableBuilder table = new TableBuilder(
                        style,
                        new float[] {0.5f, 3f, 1.3f, 1.1f, 1f, 1f, 0.7f},
                        texts.text("col.rank"),
                        texts.text("col.partner"),
                        texts.text("col.turnoverUsd"),
                        texts.text("col.change"),
                        texts.text("col.share"),
                        texts.text("col.rankChange"),
                        texts.text("col.source"))
                .numeric(0, 2, 3, 4, 5);
        PeerGroup peers = null;
        for (RankedRow ranked : ranking) {
            if (!ranked.group().equals(peers)) {
                peers = ranked.group();
                table.group(texts.text("peers.heading." + peers.kind().code(), parentName(peers), peers.covered())
                        + (peers.worldTotal() ? texts.text("peers.world") : ""));
            }
            ComparisonRow r = ranked.row();
            Standing s = r.standing();
            table.number(Integer.toString(ranked.rank()));
            Chunk name = new Chunk(wording.name(r.partner()), style.link());
            name.setLocalGoto(BriefingContext.anchor(r.partner()));
            table.cell(new Phrase(name), Element.ALIGN_LEFT, null);
            table.number(wording.value(ranked.turnover(), r.approximate()));
            table.number(wording.change(r.change() == null ? null : r.change().percent(), r.approximate()));
            table.number(s.sharePct() == null ? texts.text("value.notApplicable") : texts.percent(s.sharePct()));
            table.number(s.rankChange() == null ? texts.text("value.notApplicable") : signed(s.rankChange()));
            table.text(notes.cite(sourcesOf(NumbersTable.figureIds(r))));
        }
        pdf.table(table.build());
        pdf.note(texts.text("ranking.legend"));
        List<HorizontalBars.Bar> bars = ranking.stream()
                .sorted(Comparator.comparing(RankedRow::turnover).reversed())
                .map(r -> new HorizontalBars.Bar(
                        wording.name(r.partner()),
                        new ChartValue(r.turnover(), r.row().approximate()),
                        null))
                .toList();
        float height = Math.min(420, 90 + 22 * bars.size());
        pdf.chart(
                new HorizontalBars(context.chartTheme())
                        .turnoverByPartner(texts.text("chart.turnoverByPartner", texts.period(run.focus())), bars),
                height);
    }

    private String parentName(PeerGroup peers) {
        return peers.parent() == null ? "" : wording.name(peers.parent());
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }

    private List<String> sourcesOf(List<String> figureIds) {
        return figureIds.stream()
                .map(figures::get)
                .filter(f -> f != null && f.source() != null)
                .map(Figure::source)
                .toList();
    }

    private void targets(BriefingPdf pdf) {
        pdf.section(texts.text("section.targets"), "targets");
        // the ones that need attention first: missed, at risk, on track, achieved, then no data and open
        List<TargetRow> targets = context.report().targets().stream()
                .sorted(Comparator.comparing(TargetRow::status, Wording.BY_ATTENTION)
                        .thenComparing(TargetRow::targetId))
                .toList();
        pdf.paragraph(texts.text(
                "targets.intro", targets.size(), texts.date(context.parameters().asOf())));
        TargetTable.add(pdf, context, notes, targets, true);
        List<HorizontalBars.Bar> bars = targets.stream()
                .filter(t -> t.attainmentPct() != null)
                .map(t -> new HorizontalBars.Bar(
                        t.targetId() + " " + wording.name(t.partner()),
                        new ChartValue(t.attainmentPct(), t.approximate()),
                        Wording.statusColour(t.status())))
                .toList();
        if (!bars.isEmpty()) {
            float height = Math.min(500, 90 + 20 * bars.size());
            pdf.chart(
                    new HorizontalBars(context.chartTheme()).attainment(texts.text("chart.targetProgress"), bars),
                    height);
        }
    }

    private void partners(BriefingPdf pdf) {
        pdf.section(texts.text("section.partners"), "partners");
        pdf.paragraph(texts.text("partners.intro"));
        List<String> ordered = new ArrayList<>(context.partners());
        ordered.sort(wording.byName());
        Set<String> reporters = context.data().within(context.parameters().reporter());
        for (String partner : ordered) {
            pdf.subsection(wording.name(partner), BriefingContext.anchor(partner));
            List<ComparisonRow> rows = context.report().partnerRows(partner);
            new NumbersTable(context, notes, figures).latest(pdf, rows, ROWS_PER_PARTNER);
            long targets = context.report().targets().stream()
                    .filter(t -> t.partner().equals(partner))
                    .count();
            long events = context.data().events().stream()
                    .filter(e -> e.parties().contains(partner)
                            && e.parties().stream().anyMatch(reporters::contains))
                    .count();
            pdf.note(texts.text(
                    "partners.more",
                    rows.size(),
                    targets,
                    events,
                    texts.quoted(texts.text(
                            "partner.title",
                            wording.name(partner),
                            texts.period(context.parameters().focus())))));
        }
    }

    /** Events from the start of the focus period to the as-of date involving the reporter, the latest first. */
    static List<Event> recentEvents(BriefingContext context) {
        LocalDate from = context.parameters().focus().start();
        LocalDate to = context.parameters().asOf();
        Set<String> reporters = context.data().within(context.parameters().reporter());
        return context.data().events().stream()
                .filter(e -> !e.date().date().isBefore(from) && !e.date().date().isAfter(to))
                .filter(e -> e.parties().stream().anyMatch(reporters::contains))
                .sorted(Comparator.comparing(Event::date).reversed())
                .limit(MAX_RECENT_EVENTS)
                .toList();
    }

    private void events(BriefingPdf pdf) {
        pdf.section(texts.text("section.events"), "events");
        List<Event> recent = recentEvents(context);
        pdf.paragraph(texts.text(
                "events.intro",
                texts.date(context.parameters().focus().start()),
                texts.date(context.parameters().asOf()),
                recent.size(),
                context.reporterName()));
        EventTable.add(pdf, context, notes, recent);
    }
}
