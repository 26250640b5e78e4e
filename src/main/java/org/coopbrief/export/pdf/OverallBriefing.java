package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.coopbrief.analysis.Changes;
import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.EventWindow;
import org.coopbrief.analysis.HeadlineRow;
import org.coopbrief.analysis.PeerGroup;
import org.coopbrief.analysis.RankedRow;
import org.coopbrief.analysis.Standing;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.chart.ChartValue;
import org.coopbrief.chart.HorizontalBars;
import org.coopbrief.dataset.Event;
import org.coopbrief.localisation.Texts;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;

/**
 * The overall briefing: cover with contents, executive summary, partner ranking, targets, a short section
 * per partner, recent events, data quality, methodology and sources.
 */
final class OverallBriefing {

    /** How many events "recent events" lists at most (every event of the focus period is listed in any case). */
    static final int MAX_LISTED_EVENTS = 40;
    /** How many of a partner's latest numbers (trade first, as in its briefing) its short section shows. */
    static final int ROWS_PER_PARTNER = 6;
    /** How many "what's new" points the overall briefing lists; a last one says how many more the workbook lists. */
    static final int NEWS_POINTS = 12;

    private final BriefingContext context;
    private final Texts texts;
    private final Wording wording;
    private final SourceNotes notes;
    private final Map<String, Dataset.FigureNote> figures;

    OverallBriefing(BriefingContext context) {
        this.context = context;
        this.texts = context.texts();
        this.wording = context.wording();
        this.notes = new SourceNotes(context.data().sourcesById(), texts);
        this.figures = context.data().figures();
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
        new Cover(context).write(pdf);
        summary(pdf);
        news(pdf);
        ranking(pdf);
        targets(pdf);
        partners(pdf);
        withoutBriefing(pdf);
        events(pdf);
        Appendix appendix = new Appendix(context, pdf);
        appendix.quality();
        appendix.methodology();
        appendix.sources(notes);
    }

    /** The first page after the cover: the key figures, the headline, then the points by importance. */
    private void summary(BriefingPdf pdf) {
        pdf.section(texts.text("section.summary"), "summary");
        new KeyFigures(context).add(pdf);
        SummarySentences.Summary summary = new SummarySentences(context).summary();
        pdf.paragraph(new Phrase(summary.headline(), pdf.style().bodyBold()), 6);
        for (SummarySentences.Point point : summary.points()) {
            pdf.add(bullet("\u2022", point.text(), 0, pdf.style().body()));
            for (String sub : point.subPoints()) {
                pdf.add(bullet("\u2013", sub, 14, pdf.style().body()));
            }
        }
    }

    /**
     * What is new since the previous briefing of the series, as the analysis lists it; "this is the first
     * briefing of this series" when there is none.
     */
    private void news(BriefingPdf pdf) {
        Changes changes = context.changes();
        // on the summary's page, under its key figures and points: a part of the main message
        pdf.subsection(changes.title(texts.language()), "news");
        pdf.paragraph(changes.intro(texts.language()));
        for (String point : changes.points(texts.language(), NEWS_POINTS)) {
            pdf.add(bullet("\u2022", point, 0, pdf.style().body()));
        }
    }

    /** A list item: its mark hanging in the margin of its indent, lines after the first aligned with its text. */
    static Paragraph bullet(String mark, String text, float indent, Font font) {
        Paragraph p = new Paragraph(new Phrase(mark + "\u00a0" + text, font));
        p.setLeading(font.getSize() * 1.35f);
        p.setIndentationLeft(indent + 9);
        p.setFirstLineIndent(-9);
        p.setSpacingAfter(indent == 0 ? 3 : 2);
        return p;
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
        // a share only against the reporter's trade with the world (the analysis's rule): no column without one
        boolean shares = ranking.stream().anyMatch(r -> r.row().standing().printableShare() != null);
        List<String> headers = new ArrayList<>(List.of(
                texts.text("col.rank"),
                texts.text("col.partner"),
                texts.text("col.turnoverUsd"),
                texts.text("col.change")));
        if (shares) {
            headers.add(texts.text("col.share"));
        }
        headers.add(texts.text("col.rankChange"));
        headers.add(texts.text("col.source"));
        TableBuilder table = new TableBuilder(
                        style,
                        shares
                                ? new float[] {0.5f, 3f, 1.3f, 1.1f, 1f, 1f, 0.7f}
                                : new float[] {0.5f, 3f, 1.3f, 1.1f, 1f, 0.7f},
                        headers.toArray(String[]::new))
                .numeric(shares ? new int[] {0, 2, 3, 4, 5} : new int[] {0, 2, 3, 4});
        PeerGroup peers = null;
        for (RankedRow ranked : ranking) {
            if (!ranked.group().equals(peers)) {
                peers = ranked.group();
                table.group(texts.text(
                                "peers.heading." + peers.kind().code(),
                                parentName(peers),
                                peers.covered(),
                                texts.period(run.focus()))
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
            if (shares) {
                table.number(
                        s.printableShare() == null
                                ? texts.text("value.notApplicable")
                                : texts.percent(s.printableShare()));
            }
            table.number(s.rankChange() == null ? texts.text("value.notApplicable") : signed(s.rankChange()));
            table.text(notes.cite(sourcesOf(NumbersTable.figureIds(r))));
        }
        pdf.table(table.build());
        ranking.stream().map(RankedRow::group).distinct().forEach(group -> leftOut(pdf, group));
        pdf.note(texts.text(shares ? "ranking.legend.world" : "ranking.legend"));
        List<HorizontalBars.Bar> bars = ranking.stream()
                .sorted(Comparator.comparing(RankedRow::turnover).reversed())
                .map(r -> new HorizontalBars.Bar(
                        wording.name(r.partner()),
                        new ChartValue(r.turnover(), r.row().approximate()),
                        null))
                .toList();
        float height = Math.min(420, 100 + 22 * bars.size());
        List<String> sources = ranking.stream()
                .flatMap(r -> sourcesOf(NumbersTable.figureIds(r.row())).stream())
                .toList();
        pdf.exhibit(
                new HorizontalBars(context.chartTheme())
                        .turnoverByPartner(
                                texts.text("chart.turnoverByPartner", texts.period(run.focus())),
                                texts.period(run.focus()),
                                bars),
                height,
                notes.sourceLine(sources));
    }

    /** The "not in this ranking" line: the peers left out that are larger than the smallest ranked one. */
    private void leftOut(BriefingPdf pdf, PeerGroup group) {
        if (group.leftOut().isEmpty()) {
            return;
        }
        String list = String.join(
                "; ",
                group.leftOut().stream()
                        .map(l -> texts.text(
                                "ranking.leftOut.one",
                                wording.name(l.partner()),
                                wording.money(l.turnover(), l.approximate(), NumbersTable.figureIds(l.latest())),
                                texts.period(l.period()),
                                wording.midSentence(wording.series(l.latest().indicator(), l.scope()))))
                        .toList());
        pdf.paragraph(texts.text(
                "ranking.leftOut",
                texts.text("peers.in." + group.kind().code(), parentName(group)),
                texts.period(context.parameters().focus()),
                list));
    }

    private String parentName(PeerGroup peers) {
        return peers.parent() == null ? "" : wording.nameOf(peers.parent());
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }

    private List<String> sourcesOf(List<String> figureIds) {
        return figureIds.stream()
                .map(figures::get)
                .filter(f -> f != null && f.source() != null)
                .map(Dataset.FigureNote::source)
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
                .filter(TargetRow::charted)
                .map(t -> new HorizontalBars.Bar(
                        t.targetId() + " " + wording.targetParty(context.report(), t),
                        new ChartValue(t.chartedAttainmentPct(), t.approximate()),
                        Wording.statusColour(t.status()),
                        t.beyondChart()))
                .toList();
        if (!bars.isEmpty()) {
            float height = Math.min(500, 100 + 20 * bars.size());
            List<String> sources = targets.stream()
                    .filter(t -> t.attainmentPct() != null && t.source() != null)
                    .map(TargetRow::source)
                    .toList();
            pdf.exhibit(
                    new HorizontalBars(context.chartTheme()).attainment(texts.text("chart.targetProgress"), bars),
                    height,
                    notes.sourceLine(sources));
        }
    }

    private void partners(BriefingPdf pdf) {
        pdf.section(texts.text("section.partners"), "partners");
        pdf.paragraph(texts.text("partners.intro"));
        List<String> ordered = new ArrayList<>(context.partners());
        ordered.sort(wording.byName());
        for (String partner : ordered) {
            pdf.subsection(wording.name(partner), BriefingContext.anchor(partner));
            List<ComparisonRow> rows = context.report().partnerRows(partner);
            List<HeadlineRow> headline = context.report().partnerHeadline(partner);
            long targets = context.report().targets().stream()
                    .filter(t -> t.partner().equals(partner))
                    .count();
            // the count the partner's own timeline states, up to the as-of date
            int events = context.timeline(partner).count();
            String more = texts.text(
                    "partners.more",
                    rows.size(),
                    targets,
                    events,
                    texts.quoted(texts.text(
                            "partner.title",
                            wording.name(partner),
                            texts.period(context.parameters().focus()))),
                    texts.date(context.parameters().asOf()));
            // the same rows as the partner's briefing opens with, its first ones; the line on the rest stays with them
            new NumbersTable(context, notes, figures)
                    .latest(pdf, headline.subList(0, Math.min(ROWS_PER_PARTNER, headline.size())), more);
        }
    }

    /** The partners with numbers but no trade figure or target: a short table, no briefing of their own. */
    private void withoutBriefing(BriefingPdf pdf) {
        List<String> others = new ArrayList<>(context.withoutBriefing());
        if (others.isEmpty()) {
            return;
        }
        others.sort(wording.byName());
        pdf.subsection(texts.text("partners.others"), "partners-others");
        pdf.paragraph(texts.text("partners.others.intro", others.size()));
        TableBuilder table = new TableBuilder(
                pdf.style(),
                new float[] {2.4f, 3.4f, 0.8f},
                texts.text("col.partner"),
                texts.text("col.holds"),
                texts.text("col.events"));
        for (String partner : others) {
            List<ComparisonRow> rows = context.report().partnerRows(partner);
            String holds = rows.stream()
                    .map(r -> wording.series(r.indicator(), r.scope()) + " (" + texts.periodShort(r.period()) + ")")
                    .distinct()
                    .limit(3)
                    .reduce((a, b) -> a + "; " + b)
                    .orElse(texts.text("partners.others.undated"));
            // the count the partner's own timeline states, up to the as-of date
            int events = context.timeline(partner).count();
            table.text(wording.name(partner));
            table.text(holds);
            table.number(Long.toString(events));
        }
        pdf.table(table.build());
    }

    private void events(BriefingPdf pdf) {
        pdf.section(texts.text("section.events"), "events");
        EventWindow window = context.events();
        List<Event> shown = window.shown(MAX_LISTED_EVENTS);
        pdf.paragraph(texts.text(
                "events.intro",
                texts.date(window.from()),
                texts.date(window.to()),
                window.count(),
                context.reporterNameOf(),
                texts.period(context.parameters().focus())));
        EventTable.add(pdf, context, notes, shown);
        if (shown.size() < window.count()) {
            pdf.note(texts.text("events.shortened", shown.size(), window.count()));
        }
    }
}
