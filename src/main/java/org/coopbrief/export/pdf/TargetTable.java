package org.coopbrief.export.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.analysis.Comparability;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.dataset.Target;
import org.coopbrief.localisation.Texts;
import org.jspecify.annotations.Nullable;

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
        // with the partner named above its target, in the target's cell: a partner column would leave
        // the Russian status words, units and ranges too little room and break them
        // the dataset's targets by id, looked up once a row (a scan per row grew with the square of the targets)
        Map<String, Target> dataset = new HashMap<>();
        context.data().targets().forEach(d -> dataset.putIfAbsent(d.id(), d));
        TableBuilder table = new TableBuilder(
                        pdf.style(),
                        new float[] {0.6f, 4.3f, 1.0f, 1.4f, 1.4f, 0.9f, 1.4f, 0.6f},
                        texts.text("col.id"),
                        texts.text(withPartner ? "col.partnerTarget" : "col.target"),
                        texts.text("col.deadline"),
                        texts.text("col.targetValue"),
                        texts.text("col.actual"),
                        texts.text("col.attainment"),
                        texts.text("col.status"),
                        texts.text("col.source"))
                .numeric(3, 4, 5);
        for (TargetRow t : targets) {
            table.text(t.targetId());
            String reporter =
                    t.reporter().equals(context.parameters().reporter()) ? "" : wording.name(t.reporter()) + ": ";
            Target stated = dataset.get(t.targetId());
            String quote = stated == null ? t.quote() : texts.printed(t.quote(), stated.textRu());
            String target = reporter + texts.quoted(quote) + " ("
                    + wording.midSentence(wording.series(t.indicator(), t.scope())) + ")";
            if (withPartner) {
                table.headed(wording.targetPartner(context.report(), t), target);
            } else {
                table.text(target);
            }
            table.text(deadline(texts, t));
            table.number(targetValue(context, t, dataset.get(t.targetId())));
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
    private static String targetValue(BriefingContext context, TargetRow r, @Nullable Target t) {
        Texts texts = context.texts();
        if (r.targetAmount() != null) {
            return context.wording().valueWithUnit(r.targetAmount(), r.targetApproximate(), r.unit());
        }
        if (t != null && t.baselineMultiple() != null) {
            return texts.text(
                    "targets.baseline",
                    texts.number(t.baselineMultiple(), 2),
                    t.baselinePeriod() == null ? "?" : texts.period(t.baselinePeriod()));
        }
        return texts.text("value.none");
    }
}
