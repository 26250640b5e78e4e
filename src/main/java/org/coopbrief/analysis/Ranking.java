package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;

/**
 * The partner ranking of a report: the reporter's own turnover with each partner in the focus
 * period (whole figures, ranked, the partner a known entity). Where several scopes are ranked, the
 * one covering the most partners is shown, goods on a tie. Groups of peers come largest first (by
 * their largest turnover, then by kind), partners in each by rank. Each group carries the peers it
 * leaves out whose latest turnover (up to the as-of date, any scope, not a part of the focus period)
 * is larger than its smallest ranked one, so that a ranking of the few partners with a figure is not read as a ranking
 * of all (Russia, the largest partner, has no 2020 figure).
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
        List<RankedRow> plain = ranked.stream()
                .filter(c -> c.scope() == scope)
                .map(c -> new RankedRow(c, PeerGroup.of(c.standing())))
                .toList();
        // each group's members and each kind of peers' candidates, found in one pass each
        Map<PeerGroup, List<RankedRow>> members = new HashMap<>();
        plain.forEach(
                r -> members.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        Map<Peers, List<ComparisonRow>> candidates = candidates(report);
        Map<PeerGroup, PeerGroup> withLeftOut = new HashMap<>();
        plain.stream()
                .map(RankedRow::group)
                .distinct()
                .forEach(g -> withLeftOut.put(
                        g,
                        g.withLeftOut(leftOut(members.get(g), candidates.getOrDefault(g.peers(), List.of()), scope))));
        List<RankedRow> rows = plain.stream()
                .map(r -> new RankedRow(r.row(), withLeftOut.get(r.group())))
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

    /**
     * A part of the focus period (Leningrad Oblast's H1 2020 in a 2020 ranking) would read as the
     * partner's whole year beside the ranked ones: its latest full year, or a later period, is shown instead.
     */
    private static boolean partOfFocus(Period p, Period focus) {
        return !p.equals(focus)
                && !p.start().isBefore(focus.start())
                && !p.end().isAfter(focus.end());
    }

    /**
     * The comparisons that may stand for a peer left out of a ranking, by the peers they belong to: the
     * reporter's own whole turnover in USD with a known partner, dated, not a part of the focus period,
     * in the order of the report.
     */
    private static Map<Peers, List<ComparisonRow>> candidates(AnalysisReport report) {
        String reporter = report.parameters().reporter();
        Map<Peers, List<ComparisonRow>> candidates = new HashMap<>();
        for (ComparisonRow c : report.comparisons()) {
            EntityRef partner = report.entities().get(c.partner());
            if (c.item() != null
                    || c.indicator() != Indicator.TURNOVER
                    || !c.reporter().equals(reporter)
                    || c.value() == null
                    || c.unit() != Unit.USD_M
                    || !c.period().isDated()
                    || partOfFocus(c.period(), report.parameters().focus())
                    || partner == null) {
                continue;
            }
            candidates
                    .computeIfAbsent(new Peers(partner.kind(), partner.parent()), k -> new ArrayList<>())
                    .add(c);
        }
        return candidates;
    }

    /** The group's peers without a ranked figure whose latest turnover is above the group's smallest, largest first. */
    private static List<LeftOut> leftOut(List<RankedRow> members, List<ComparisonRow> candidates, Scope scope) {
        Set<String> ranked = members.stream().map(RankedRow::partner).collect(Collectors.toSet());
        BigDecimal smallest = members.stream()
                .map(RankedRow::turnover)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Map<String, ComparisonRow> latest = new TreeMap<>();
        Comparator<ComparisonRow> newer = Comparator.comparing(ComparisonRow::period)
                .thenComparing(c -> c.scope() == scope)
                .thenComparing(ComparisonRow::amount);
        for (ComparisonRow c : candidates) {
            if (!ranked.contains(c.partner())) {
                latest.merge(c.partner(), c, (a, b) -> newer.compare(a, b) >= 0 ? a : b);
            }
        }
        return latest.values().stream()
                .filter(c -> c.amount().compareTo(smallest) > 0)
                .sorted(Comparator.comparing(ComparisonRow::amount).reversed())
                .map(LeftOut::new)
                .toList();
    }
}
