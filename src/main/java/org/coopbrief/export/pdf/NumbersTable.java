package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.analysis.Change;
import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.GrowthRow;
import org.coopbrief.analysis.HeadlineRow;
import org.coopbrief.analysis.Level;
import org.coopbrief.localisation.GrammaticalCase;
import org.coopbrief.localisation.Texts;

/**
 * A partner's numbers, grouped by reporter (the reporter itself first, then its regions, cities
 * and companies): period, indicator and scope, unit, value; in full, also the previous
 * comparable level, the change and the growth the source states.
 */
final class NumbersTable {

    private final BriefingContext context;
    private final Texts texts;
    private final Wording wording;
    private final SourceNotes notes;
    private final Map<String, Dataset.FigureNote> figures;

    NumbersTable(BriefingContext context, SourceNotes notes, Map<String, Dataset.FigureNote> figures) {
        this.context = context;
        this.texts = context.texts();
        this.wording = context.wording();
        this.notes = notes;
        this.figures = figures;
    }

    /** Every row, in series order: the partner briefing's year-over-year table. */
    void full(BriefingPdf pdf, List<ComparisonRow> rows, String note) {
        TableBuilder table = new TableBuilder(
                        pdf.style(),
                        new float[] {1.2f, 2.2f, 1.1f, 0.9f, 1.3f, 0.9f, 1.05f, 1.6f, 0.6f},
                        texts.text("col.period"),
                        texts.text("col.series"),
                        texts.text("col.unit"),
                        texts.text("col.value"),
                        texts.text("col.previous"),
                        texts.text("col.changeAbs"),
                        texts.text("col.change"),
                        texts.text("col.stated"),
                        texts.text("col.source"))
                .numeric(3, 4, 5, 6);
        byReporter(
                        rows,
                        Comparator.comparing(ComparisonRow::indicator)
                                .thenComparing(ComparisonRow::scope)
                                .thenComparing(ComparisonRow::period))
                .forEach((reporter, group) -> {
                    table.group(wording.name(reporter));
                    for (ComparisonRow r : group) {
                        Change c = r.change();
                        boolean compared = c != null && c.previousAmount() != null;
                        table.text(texts.periodShort(r.period()));
                        table.text(wording.series(r.indicator(), r.scope()));
                        table.text(r.unit() == null ? "" : texts.unit(r.unit()));
                        table.number(wording.value(r.amount(), r.levelApproximate()) + printed(r));
                        table.number(
                                compared
                                        ? wording.value(c.previousAmount(), c.approximate()) + " ("
                                                + texts.periodShort(c.previousPeriod()) + ")"
                                        : texts.text("value.none"));
                        table.number(
                                compared
                                        ? wording.changeAmount(c.absolute(), c.approximate())
                                        : texts.text("value.notApplicable"));
                        table.number(
                                compared
                                        ? wording.change(c.percent(), c.approximate())
                                        : texts.text("value.notApplicable"));
                        table.text(
                                r.stated() == null
                                        ? ""
                                        : texts.text(
                                                r.statedAsPrinted() ? "changes.stated" : "changes.stated.words",
                                                texts.signedPercent(r.stated().percent()),
                                                texts.periodShort(r.stated().base(), GrammaticalCase.DATIVE)));
                        table.text(cite(r));
                    }
                });
        pdf.table(table.build(), note);
    }

    /** Growth over several years: from one annual level to a later one, in all and per year. */
    void growth(BriefingPdf pdf, List<GrowthRow> growth, String note) {
        TableBuilder table = new TableBuilder(
                        pdf.style(),
                        new float[] {2.4f, 1.2f, 1.5f, 1.5f, 0.8f, 1.2f, 1.2f},
                        texts.text("col.series"),
                        texts.text("col.unit"),
                        texts.text("col.from"),
                        texts.text("col.to"),
                        texts.text("col.years"),
                        texts.text("col.totalChange"),
                        texts.text("col.cagr"))
                .numeric(2, 3, 4, 5, 6);
        String main = context.parameters().reporter();
        List<GrowthRow> sorted = growth.stream()
                .sorted(Comparator.comparing((GrowthRow g) -> !g.reporter().equals(main))
                        .thenComparing(g -> wording.name(g.reporter()))
                        .thenComparing(GrowthRow::indicator)
                        .thenComparing(GrowthRow::scope)
                        .thenComparing(GrowthRow::endPeriod)
                        .thenComparing(GrowthRow::startPeriod))
                .toList();
        String reporter = null;
        for (GrowthRow g : sorted) {
            if (!g.reporter().equals(reporter)) {
                reporter = g.reporter();
                table.group(wording.name(reporter));
            }
            table.text(wording.series(g.indicator(), g.scope()));
            table.text(g.unit() == null ? "" : texts.unit(g.unit()));
            table.number(wording.value(g.startAmount(), g.startApproximate()) + " ("
                    + texts.periodShort(g.startPeriod()) + ")");
            table.number(
                    wording.value(g.endAmount(), g.endApproximate()) + " (" + texts.periodShort(g.endPeriod()) + ")");
            table.number(Integer.toString(g.years()));
            table.number(wording.change(g.totalPct(), g.approximate()));
            table.number(wording.change(g.cagrPct(), g.approximate()));
        }
        pdf.table(table.build(), note);
    }

    /**
     * A partner's latest numbers in the analysis's order (trade first), under a row naming each part;
     * another reporter than the run's (a region, a company) is named before its series.
     */
    void latest(BriefingPdf pdf, List<HeadlineRow> rows, String note) {
        if (rows.isEmpty()) {
            pdf.paragraph(texts.text("changes.none"));
            if (note != null) {
                pdf.note(note);
            }
            return;
        }
        TableBuilder table = new TableBuilder(
                        pdf.style(),
                        new float[] {1.3f, 2.6f, 1.3f, 1f, 1.1f, 0.6f},
                        texts.text("col.period"),
                        texts.text("col.series"),
                        texts.text("col.unit"),
                        texts.text("col.value"),
                        texts.text("col.change"),
                        texts.text("col.source"))
                .numeric(3, 4);
        String main = context.parameters().reporter();
        HeadlineRow.Part part = null;
        for (HeadlineRow h : rows) {
            if (h.part() != part) {
                part = h.part();
                table.group(texts.text("latest.part." + part.name()));
            }
            ComparisonRow r = h.row();
            Change c = r.change();
            String series = wording.series(r.indicator(), r.scope());
            table.text(texts.periodShort(r.period()));
            table.text(
                    r.reporter().equals(main)
                            ? series
                            : wording.name(r.reporter()) + ": " + wording.midSentence(series));
            table.text(r.unit() == null ? "" : texts.unit(r.unit()));
            table.number(wording.value(r.amount(), r.levelApproximate()));
            table.number(
                    c == null || c.previousAmount() == null
                            ? texts.text("value.notApplicable")
                            : wording.change(c.percent(), c.approximate()));
            table.text(cite(r));
        }
        pdf.table(table.build(), note);
    }

    /** The value as printed when it was converted: "\n(6.7 RUB billion)". */
    private String printed(ComparisonRow r) {
        Level v = r.value();
        return v == null || v.originalUnit() == v.unit() || v.originalAmount() == null || v.originalUnit() == null
                ? ""
                : "\n("
                        + texts.text(
                                "format.valueUnit",
                                texts.amount(v.originalAmount()),
                                texts.unit(v.originalAmount(), v.originalUnit()))
                        + ")";
    }

    private Map<String, List<ComparisonRow>> byReporter(List<ComparisonRow> rows, Comparator<ComparisonRow> order) {
        String main = context.parameters().reporter();
        List<ComparisonRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((ComparisonRow r) -> !r.reporter().equals(main))
                .thenComparing(r -> wording.name(r.reporter()))
                .thenComparing(order));
        Map<String, List<ComparisonRow>> groups = new LinkedHashMap<>();
        sorted.forEach(r ->
                groups.computeIfAbsent(r.reporter(), k -> new ArrayList<>()).add(r));
        return groups;
    }

    /** The figures.csv rows a row's level rests on; none for a growth-only row. */
    static List<String> figureIds(ComparisonRow r) {
        return r.value() == null ? List.of() : r.value().figureIds();
    }

    private String cite(ComparisonRow r) {
        return notes.cite(figureIds(r).stream()
                .map(figures::get)
                .filter(f -> f != null && f.source() != null)
                .map(Dataset.FigureNote::source)
                .toList());
    }
}
