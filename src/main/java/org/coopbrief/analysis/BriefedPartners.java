package org.coopbrief.analysis;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.coopbrief.dataset.EntityKind;

/**
 * Who gets a briefing of their own: a partner with at least one dated whole trade figure (turnover,
 * exports, imports or balance, known at the as-of date) or a target. A partner with only other
 * numbers (a count of contracts) is listed in the overall briefing instead. The world is never a
 * partner: the reporter's trade with it is its own total, shown among the key figures.
 */
final class BriefedPartners {

    private BriefedPartners() {}

    static Set<String> of(AnalysisReport report) {
        Set<String> inside = new HashSet<>();
        inside.add(report.parameters().reporter());
        report.comparisons().forEach(c -> inside.add(c.reporter()));
        report.targets().forEach(t -> inside.add(t.reporter()));
        Set<String> out = new TreeSet<>();
        report.comparisons().stream()
                .filter(c -> c.item() == null
                        && c.indicator().isTradeFlow()
                        && c.period().isDated())
                .forEach(c -> out.add(c.partner()));
        report.targets().forEach(t -> out.add(t.partner()));
        out.removeIf(code -> inside(report, inside, code) || isWorld(report, code));
        return out;
    }

    /** A reporter, or inside one (a company of a Belarusian zone is the reporter's own, not a partner). */
    private static boolean inside(AnalysisReport report, Set<String> reporters, String code) {
        Set<String> seen = new HashSet<>();
        for (String c = code; c != null && seen.add(c); ) {
            if (reporters.contains(c)) {
                return true;
            }
            EntityRef e = report.entities().get(c);
            c = e == null ? null : e.parent();
        }
        return false;
    }

    private static boolean isWorld(AnalysisReport report, String code) {
        EntityRef e = report.entities().get(code);
        return e != null && e.kind() == EntityKind.WORLD;
    }
}
