package org.coopbrief.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityTree;
import org.coopbrief.dataset.Figure;
import org.coopbrief.run.ReportSelection;

/**
 * Runs the calculators over a dataset, in dependency order: printed levels (one version per
 * number) normalised to USD, derived flows, implied previous levels, year-over-year changes,
 * shares and ranks, multi-year growth, targets, reconciliation. Pure: no Spring, no database.
 * <p>
 * Everything is computed over all the reporter's partners (so shares are of the whole), then the
 * rows are cut to the partners selected.
 */
final class Analysis {

    private Analysis() {}

    static AnalysisReport run(AnalysisInput in, ReportSelection p) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        in.entities().forEach(e -> entities.put(e.code(), e));
        Set<String> reporters = withDescendants(p.reporter(), entities, "reporter");
        Set<String> partners = new HashSet<>();
        p.partners().forEach(code -> partners.addAll(withDescendants(code, entities, "partner")));
        Predicate<String> selected = code -> partners.isEmpty() || partners.contains(code);

        List<Figure> figures = in.figures().stream()
                .filter(f -> reporters.contains(f.reporter()))
                // an undated number ("currently") is kept as a level of its own: listed, never compared
                .filter(f -> !f.period().isDated() || !f.period().end().isAfter(p.asOf()))
                .toList();
        UsdNormaliser normaliser = new UsdNormaliser(in.rates());
        ReportedLevels reported = new ReportedLevels(normaliser);
        Map<ReportedLevels.FigureKey, Figure> chosen = ReportedLevels.chooseVersions(figures);
        List<Level> printed = chosen.values().stream()
                .map(reported::level)
                .filter(Objects::nonNull)
                .toList();

        LevelPool pool = new LevelPool();
        pool.offerAll(printed);
        FlowDeriver deriver = new FlowDeriver();
        pool.offerAll(deriver.derive(printed));
        pool.offerAll(new ImpliedLevels(normaliser).implied(List.copyOf(chosen.values())));

        Map<ShareAndRank.Slot, Standing> standings = new ShareAndRank(entities).standings(pool.all());
        List<ComparisonRow> comparisons = new ArrayList<>();
        List<ComparisonRow> allRows = YearOverYear.rows(pool, chosen, p.focus());
        for (ComparisonRow r : allRows) {
            if (selected.test(r.partner())) {
                Standing s = r.value() == null ? null : standings.get(ShareAndRank.Slot.of(r.value()));
                comparisons.add(new ComparisonRow(
                        r.reporter(),
                        r.partner(),
                        r.indicator(),
                        r.scope(),
                        r.item(),
                        r.period(),
                        r.value(),
                        r.change(),
                        r.stated(),
                        s,
                        r.focus()));
            }
        }
        List<FlowRow> flows =
                deriver
                        .rows(pool.all().stream()
                                .filter(l -> l.origin() != Origin.IMPLIED)
                                .toList())
                        .stream()
                        .filter(r -> selected.test(r.partner()))
                        .toList();
        List<GrowthRow> growth =
                Cagr.rows(pool).stream().filter(r -> selected.test(r.partner())).toList();

        TargetEvaluator evaluator = new TargetEvaluator(normaliser, p.asOf());
        List<TargetRow> targets = in.targets().stream()
                .filter(t -> reporters.contains(t.reporter()) && selected.test(t.partner()))
                .filter(t -> t.setOn() == null || !t.setOn().date().isAfter(p.asOf()))
                .map(t -> evaluator.evaluate(t, pool))
                .toList();

        Reconciler reconciler = new Reconciler();
        List<FindingRow> findings = new ArrayList<>();
        findings.addAll(reconciler.growth(allRows, pool, chosen));
        findings.addAll(reconciler.flows(printed));
        findings.addAll(reconciler.conflicts(figures, chosen, reported));
        findings.removeIf(f -> !selected.test(f.partner()));

        Comparator<String> reporterOrder =
                Comparator.comparing((String r) -> !r.equals(p.reporter())).thenComparing(Comparator.naturalOrder());
        comparisons.sort(Comparator.comparing(ComparisonRow::reporter, reporterOrder)
                .thenComparing(ComparisonRow::partner)
                .thenComparing(ComparisonRow::indicator)
                .thenComparing(ComparisonRow::scope)
                .thenComparing(ComparisonRow::item, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ComparisonRow::unit, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ComparisonRow::period));
        findings.sort(Comparator.comparing(FindingRow::reporter, reporterOrder)
                .thenComparing(FindingRow::partner)
                .thenComparing(FindingRow::kind)
                .thenComparing(FindingRow::findingId));
        List<TargetRow> sortedTargets = new ArrayList<>(targets);
        sortedTargets.sort(Comparator.comparing(TargetRow::reporter, reporterOrder)
                .thenComparing(TargetRow::partner)
                .thenComparing(TargetRow::targetId));

        return AnalysisReport.of(p, comparisons, flows, growth, sortedTargets, findings, entities);
    }

    /** The code and every entity inside it, by the one hierarchy rule ({@link EntityTree}). */
    static Set<String> withDescendants(String code, Map<String, Entity> entities, String role) {
        if (!entities.containsKey(code)) {
            throw new IllegalArgumentException("unknown " + role + " code '" + code + "' (not in the loaded entities)");
        }
        return EntityTree.of(entities.values()).within(code);
    }
}
