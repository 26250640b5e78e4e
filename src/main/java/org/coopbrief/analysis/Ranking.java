package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Scope;

/**
 * The partner ranking of a report: the reporter's own turnover with each partner in the focus
 * period (whole figures, ranked, the partner a known entity). Where several scopes are ranked, the
 * one covering the most partners is shown, goods on a tie. Groups of peers come largest first (by
 * their largest turnover, then by kind), partners in each by rank.
 */
final class Ranking {

    private Ranking() {}

    static List<RankedRow> of(AnalysisReport report) {
        String reporter = report.parameters().reporter();
        List<ComparisonRow> ranked = report.focusRows().stream()
                .filter(c -> c.item() == null
                        && c.indicator() == Indicator.TURNOVER
                        && c.reporter().equals(reporter)
                        && c.standing() != null
                        && c.standing().rank() != null
                        && c.value() != null
                        && report.entities().containsKey(c.partner()))
                .toList();
        Map<Scope, Long> byScope =
                ranked.stream().collect(Collectors.groupingBy(ComparisonRow::scope, Collectors.counting()));
        Scope scope = byScope.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<Scope, Long> e) -> e.getValue())
                        .thenComparing(e -> e.getKey() == Scope.GOODS))
                .map(Map.Entry::getKey)
                .orElse(Scope.GOODS);
        List<RankedRow> rows = ranked.stream()
                .filter(c -> c.scope() == scope)
                .map(c -> new RankedRow(c, PeerGroup.of(c.standing())))
                .toList();
        Map<PeerGroup, BigDecimal> largest =
                rows.stream().collect(Collectors.toMap(RankedRow::group, RankedRow::turnover, BigDecimal::max));
        return rows.stream()
                .sorted(Comparator.comparing((RankedRow r) -> largest.get(r.group()))
                        .reversed()
                        .thenComparing(r -> r.group().kind())
                        .thenComparing(RankedRow::rank))
                .toList();
    }
}
