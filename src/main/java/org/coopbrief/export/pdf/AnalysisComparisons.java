package org.coopbrief.export.pdf;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Target;

/**
 * The comparisons the analysis step stored for the run, as the briefings read them. Parts of a
 * whole (rows with an item) stay out: only whole figures go into series, tables and rankings.
 */
final class AnalysisComparisons implements Comparisons {

    private final AnalysisReport report;
    private final Map<String, Target> targets;
    private final Map<String, Entity> entities;
    private final Frame frame;

    AnalysisComparisons(AnalysisReport report, Dataset data) {
        this.report = report;
        this.targets = data.targets().stream().collect(Collectors.toMap(Target::id, Function.identity()));
        this.entities = data.entitiesByCode();
        var p = report.parameters();
        this.frame = new Frame(p.asOf(), p.focus(), p.reporter());
    }

    @Override
    public Frame frame() {
        return frame;
    }

    @Override
    public List<Row> rows(String partner) {
        return report.comparisons().stream().filter(c -> c.partner().equals(partner) && c.item() == null)
                .map(AnalysisComparisons::row).toList();
    }

    private static Row row(ComparisonRow c) {
        var level = c.value();
        var change = c.change();
        return new Row(c.reporter(), c.partner(), c.indicator(), c.scope(), c.period(),
                level == null ? null : level.amount(), c.unit(), level != null && level.approximate(),
                level == null ? Origin.REPORTED : Origin.valueOf(level.origin().name()),
                change == null ? null : change.previousPeriod(), change == null ? null : change.previousAmount(),
                change == null ? null : change.absolute(), change == null ? null : change.percent(),
                change != null && change.approximate(), c.stated(), level == null ? List.of() : level.figureIds(),
                level == null || level.originalUnit() == level.unit() ? null : level.originalAmount(),
                level == null || level.originalUnit() == level.unit() ? null : level.originalUnit());
    }

    @Override
    public List<Growth> growth(String partner) {
        return report.growth().stream().filter(g -> g.partner().equals(partner) && g.item() == null)
                .map(g -> new Growth(g.reporter(), g.partner(), g.indicator(), g.scope(), g.unit(), g.startPeriod(),
                        g.startAmount(), g.endPeriod(), g.endAmount(), g.years(), g.totalPct(), g.cagrPct(),
                        g.approximate()))
                .toList();
    }

    /**
     * The reporter's own turnover with each partner in the focus period, ranked among its peers.
     * Where several scopes are ranked, the one covering the most partners (goods, as a rule) is
     * shown. Groups of peers come largest first, partners in each by rank.
     */
    @Override
    public List<Ranked> ranking() {
        List<ComparisonRow> ranked = report.focusRows().stream()
                .filter(c -> c.item() == null && c.indicator() == Indicator.TURNOVER && c.reporter().equals(frame.reporter())
                        && c.standing() != null && c.standing().rank() != null && c.value() != null
                        && entities.containsKey(c.partner()))
                .toList();
        Map<Scope, Long> byScope = ranked.stream().collect(Collectors.groupingBy(ComparisonRow::scope, Collectors.counting()));
        Scope scope = byScope.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<Scope, Long> e) -> e.getValue())
                        .thenComparing(e -> e.getKey() == Scope.GOODS))
                .map(Map.Entry::getKey).orElse(Scope.GOODS);
        List<Ranked> rows = ranked.stream().filter(c -> c.scope() == scope).map(this::ranked).toList();
        Map<Peers, BigDecimal> largest = rows.stream().collect(Collectors.toMap(Ranked::peers, Ranked::turnover, BigDecimal::max));
        return rows.stream().sorted(Comparator.comparing((Ranked r) -> largest.get(r.peers())).reversed()
                .thenComparing(r -> r.peers().kind()).thenComparing(Ranked::rank)).toList();
    }

    private Ranked ranked(ComparisonRow c) {
        Entity partner = entities.get(c.partner());
        var standing = c.standing();
        // the analysis names the basis of a share in words; "world total" is the one that is not the peers' sum
        boolean world = standing.shareBasis() != null && standing.shareBasis().startsWith("world");
        return new Ranked(c.partner(), c.scope(), c.period(), c.value().amount(), c.approximate(),
                c.change() == null ? null : c.change().percent(), standing.sharePct(), standing.rank(),
                standing.rankChange(), c.value().figureIds(),
                new Peers(partner.kind(), partner.parent(), standing.partnersCovered(), world));
    }

    @Override
    public List<TargetResult> targets() {
        return report.targets().stream().filter(t -> targets.containsKey(t.targetId()))
                .map(t -> new TargetResult(targets.get(t.targetId()), Status.valueOf(t.status().name()), t.targetAmount(),
                        t.unit(), t.targetApproximate(), actual(t.actual()), actual(t.partial()), t.attainmentPct(), t.gap(),
                        t.requiredGrowthPct(), t.approximate()))
                .toList();
    }

    private static Actual actual(TargetRow.Actual a) {
        return a == null ? null : new Actual(a.period(), a.amount(), a.approximate());
    }

    /** The findings as the analysis records them: disagreements beyond their tolerance, and every conflict group. */
    @Override
    public List<Finding> findings() {
        return report.findings().stream()
                .map(f -> new Finding(FindingKind.valueOf(f.kind().name()), f.reporter(), f.partner(), f.indicator(),
                        f.scope(), f.period(), f.figureIds(), f.firstAmount(), f.secondAmount(), f.difference(),
                        f.tolerance(), f.unit(), f.withinTolerance(), f.approximate()))
                .toList();
    }
}
