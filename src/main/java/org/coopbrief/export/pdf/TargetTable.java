package org.coopbrief.export.pdf;

import java.util.Arrays;
import java.util.List;

import org.coopbrief.analysis.Comparability;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.analysis.TargetStatus;
import org.coopbrief.dataset.Target;
import org.coopbrief.localisation.Texts;

/** The targets table: each target as worded, its deadline, the actual against it, attainment and status. */
final class TargetTable {

    private TargetTable() {}

    static void add(
            BriefingPdf pdf, BriefingContext context, SourceNotes notes, List<TargetRow> targets, boolean withPartner) {
        Texts texts = context.texts();
        Wording wording = context.wording();
        if (targets.isEmpty()) {
            pdf.paragraph(texts.text("targets.none"));
            return;
        }
        float[] widths = withPartner
                ? new float[] {0.6f, 1.3f, 3.0f, 1.0f, 1.3f, 1.3f, 0.9f, 1.4f, 0.6f}
                : new float[] {0.6f, 3.3f, 1.0f, 1.4f, 1.4f, 0.9f, 1.4f, 0.6f};
        // no word broken: partner names, deadlines, target values with their units and status words fit their columns
        int shift = withPartner ? 1 : 0;
        ColumnFit fit = new ColumnFit(widths, 1 + shift);
        if (withPartner) {
            fit.fit(
                    1,
                    targets.stream()
                            .map(t -> wording.targetPartner(context.report(), t))
                            .toList(),
                    pdf.style().regular(),
                    CELL_SIZE);
        }
        fit.fit(
                        2 + shift,
                        targets.stream().map(t -> deadline(texts, t)).toList(),
                        pdf.style().regular(),
                        CELL_SIZE)
                .fit(
                        3 + shift,
                        targets.stream().map(t -> targetValue(context, t)).toList(),
                        pdf.style().regular(),
                        CELL_SIZE)
                .fit(
                        6 + shift,
                        Arrays.stream(TargetStatus.values())
                                .map(wording::status)
                                .toList(),
                        pdf.style().bold(),
                        CELL_SIZE);
        widths = fit.widths();
        TableBuilder table = withPartner
                ? new TableBuilder(
                                pdf.style(),
                                widths,
                                texts.text("col.id"),
                                texts.text("col.partner"),
                                texts.text("col.target"),
                                texts.text("col.deadline"),
                                texts.text("col.targetValue"),
                                texts.text("col.actual"),
                                texts.text("col.attainment"),
                                texts.text("col.status"),
                                texts.text("col.source"))
                        .numeric(4, 5, 6)
                : new TableBuilder(
                                pdf.style(),
                                widths,
                                texts.text("col.id"),
                                texts.text("col.target"),
                                texts.text("col.deadline"),
                                texts.text("col.targetValue"),
                                texts.text("col.actual"),
                                texts.text("col.attainment"),
                                texts.text("col.status"),
                                texts.text("col.source"))
                        .numeric(3, 4, 5);
        for (TargetRow t : targets) {
            table.text(t.targetId());
            if (withPartner) {
                table.text(wording.targetPartner(context.report(), t));
            }
            String reporter =
                    t.reporter().equals(context.parameters().reporter()) ? "" : wording.name(t.reporter()) + ": ";
            String quote = context.data().targets().stream()
                    .filter(d -> d.id().equals(t.targetId()))
                    .findFirst()
                    .map(d -> texts.printed(t.quote(), d.textRu()))
                    .orElse(t.quote());
            table.text(reporter + texts.quoted(quote) + " (" + wording.series(t.indicator(), t.scope()) + ")");
            table.text(deadline(texts, t));
            table.number(targetValue(context, t));
            table.number(
                    t.actual() == null
                            ? texts.text("value.none")
                            : wording.value(t.actual().amount(), t.actual().approximate()) + " ("
                                    + texts.periodShort(t.actual().period()) + ")" + scopeNote(texts, t));
            table.number(
                    t.attainmentPct() == null
                            ? texts.text("value.notApplicable")
                            : (t.approximate() ? Wording.APPROXIMATE : "") + texts.percent(t.attainmentPct()));
            table.coloured(
                    wording.status(t.status()), Wording.statusColour(t.status()), Wording.statusText(t.status()));
            table.text(notes.cite(t.source()));
        }
        pdf.table(table.build(), texts.text("targets.legend"));
    }

    /** "; approximate: goods and services vs goods" when the analysis set the actual of another scope against it. */
    private static String scopeNote(Texts texts, TargetRow t) {
        return t.comparability() == Comparability.APPROXIMATE_SCOPE
                ? "; " + texts.text("targets.approximateScope", texts.scope(t.actualScope()), texts.scope(t.scope()))
                : "";
    }

    private static final float CELL_SIZE = 8;

    private static String deadline(Texts texts, TargetRow t) {
        return t.deadline() == null
                ? texts.text("targets.noDeadline")
                : t.deadline().isRange()
                        ? texts.text(
                                "period.years.short",
                                Integer.toString(t.deadline().firstYear()),
                                Integer.toString(t.deadline().lastYear()))
                        : Integer.toString(t.deadline().lastYear());
    }

    /** The target level; while its baseline is unknown, the multiple of the baseline as the dataset states it. */
    private static String targetValue(BriefingContext context, TargetRow r) {
        Texts texts = context.texts();
        if (r.targetAmount() != null) {
            return context.wording().valueWithUnit(r.targetAmount(), r.targetApproximate(), r.unit());
        }
        Target t = context.data().targets().stream()
                .filter(d -> d.id().equals(r.targetId()))
                .findFirst()
                .orElse(null);
        if (t != null && t.baselineMultiple() != null) {
            return texts.text(
                    "targets.baseline",
                    texts.number(t.baselineMultiple(), 2),
                    t.baselinePeriod() == null ? "?" : texts.period(t.baselinePeriod()));
        }
        return texts.text("value.none");
    }
}
