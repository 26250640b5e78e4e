package org.coopbrief.analysis;

import static org.coopbrief.dataset.Indicator.BALANCE;
import static org.coopbrief.dataset.Indicator.EXPORTS;
import static org.coopbrief.dataset.Indicator.IMPORTS;
import static org.coopbrief.dataset.Indicator.TURNOVER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.SeedPlace;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.dataset.Unit;

/**
 * Reconciliation findings. Nothing is fixed and nothing stops the job: two numbers that should
 * agree are set side by side with the tolerance the rounding of their printed inputs allows (half
 * a unit of the last printed digit, approximate values at their last non-zero digit, propagated
 * through the arithmetic), and a finding is recorded when they differ by more.
 * <ul>
 * <li>stated growth against the growth computed from the two levels (in the printed currency when both
 * levels share it, so exchange-rate moves do not count as errors);</li>
 * <li>turnover against exports + imports, balance against exports - imports, or whatever the three
 * printed flows imply when the fourth is missing;</li>
 * <li>every conflict group: the versions, which one is used, and whether they differ beyond rounding.</li>
 * </ul>
 */
final class Reconciler {

    private static final String ROUNDING = "half a unit of the last printed digit (approximate values: of the last "
            + "non-zero digit), propagated";

    /** Stated growth against the growth between the printed (or derived) levels. */
    List<FindingRow> growth(Collection<Figure> chosen, LevelPool pool, ReportedLevels reported) {
        List<FindingRow> findings = new ArrayList<>();
        for (Figure f : chosen) {
            StatedGrowth g = f.growth();
            Level now = reported.level(f);
            if (g == null || now == null || !g.base().isDated()) {
                continue;
            }
            Level base = pool.get(now.series(), g.base());
            if (base == null || base.origin() == Origin.IMPLIED) {
                continue;
            }
            Native a = Native.of(now, base);
            Native b = Native.of(base, now);
            if (b.value.signum() <= 0 || b.value.subtract(b.tolerance).signum() <= 0) {
                continue; // no growth rate from a base that may be zero or less
            }
            BigDecimal ratio = a.value.divide(b.value, Decimals.MC);
            BigDecimal low = a.value.subtract(a.tolerance).divide(b.value.add(b.tolerance), Decimals.MC);
            BigDecimal high = a.value.add(a.tolerance).divide(b.value.subtract(b.tolerance), Decimals.MC);
            BigDecimal fromLevels = high.subtract(ratio).max(ratio.subtract(low)).multiply(Decimals.HUNDRED, Decimals.MC);
            BigDecimal fromStated = PrintedPrecision.growthTolerance(g);
            BigDecimal tolerance = Decimals.pct(fromLevels.add(fromStated));
            BigDecimal computed = Decimals.pct(ratio.subtract(BigDecimal.ONE).multiply(Decimals.HUNDRED, Decimals.MC));
            BigDecimal difference = computed.subtract(g.percent());
            if (difference.abs().compareTo(tolerance) <= 0) {
                continue;
            }
            List<String> ids = ids(now, base);
            String stated = "stated '" + g.text() + "' (" + Decimals.plain(g.percent()) + "%) on " + g.base().code();
            String fromWhat = "computed from " + a.label + " (" + now.period().code() + ") and " + b.label + " ("
                    + base.period().code() + (base.origin() == Origin.DERIVED ? ", derived" : "") + ")";
            String basis = "±" + Decimals.round(fromStated, 2) + " pp for the stated growth + ±" + Decimals.round(fromLevels, 2)
                    + " pp from the levels (" + a.label + " ±" + Decimals.plain(a.tolerance) + ", " + b.label + " ±"
                    + Decimals.plain(b.tolerance) + "): " + ROUNDING;
            findings.add(new FindingRow("stated_growth:" + String.join("+", ids), FindingKind.STATED_GROWTH, f.reporter(),
                    f.partner(), f.indicator(), f.scope(), f.item(), f.period(), ids, stated, g.percent(), fromWhat, computed,
                    Decimals.pct(difference), tolerance, basis, Unit.PERCENT, false,
                    now.approximate() || base.approximate() || base.origin() != Origin.REPORTED,
                    f.indicator().code() + " " + f.period().code() + ": stated growth " + Decimals.plain(g.percent())
                            + "% but the levels give " + Decimals.round(computed, 1) + "% (difference "
                            + Decimals.round(difference, 1) + " pp, tolerance ±" + Decimals.round(tolerance, 1) + " pp)"));
        }
        return findings;
    }

    /** The printed flows of each reporter, partner, scope and period against one another. */
    List<FindingRow> flows(Collection<Level> reportedLevels) {
        List<FindingRow> findings = new ArrayList<>();
        FlowDeriver.group(reportedLevels).forEach((key, r) -> {
            Level t = r.get(TURNOVER);
            Level e = r.get(EXPORTS);
            Level i = r.get(IMPORTS);
            Level b = r.get(BALANCE);
            if (t != null && e != null && i != null) {
                check(findings, FindingKind.FLOW_SUM, t, FlowDeriver.Term.of(e).plus(FlowDeriver.Term.of(i)), "exports + imports");
            } else if (t != null && e != null && b != null) {
                FlowDeriver.Term two = FlowDeriver.Term.of(e).plus(FlowDeriver.Term.of(e));
                check(findings, FindingKind.FLOW_SUM, t, two.minus(FlowDeriver.Term.of(b)), "2 x exports - balance");
            } else if (t != null && i != null && b != null) {
                FlowDeriver.Term two = FlowDeriver.Term.of(i).plus(FlowDeriver.Term.of(i));
                check(findings, FindingKind.FLOW_SUM, t, two.plus(FlowDeriver.Term.of(b)), "2 x imports + balance");
            } else if (t != null && (e != null || i != null)) {
                Level part = e != null ? e : i;
                // a part larger than the whole: the other flow would be negative
                if (part.amount().subtract(t.amount()).compareTo(part.tolerance().add(t.tolerance())) > 0) {
                    check(findings, FindingKind.FLOW_SUM, t, FlowDeriver.Term.of(part), part.indicator().code()
                            + " alone (larger than turnover)");
                }
            }
            if (e != null && i != null && b != null) {
                check(findings, FindingKind.FLOW_BALANCE, b, FlowDeriver.Term.of(e).minus(FlowDeriver.Term.of(i)),
                        "exports - imports");
            }
        });
        return findings;
    }

    private static void check(List<FindingRow> findings, FindingKind kind, Level printed, FlowDeriver.Term computed,
            String what) {
        BigDecimal difference = computed.value().subtract(printed.amount());
        BigDecimal tolerance = printed.tolerance().add(computed.tolerance());
        if (difference.abs().compareTo(tolerance) <= 0) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>(printed.figureIds());
        ids.addAll(computed.figureIds());
        boolean approximate = printed.approximate() || computed.approximate();
        findings.add(new FindingRow(kind.code() + ":" + String.join("+", ids), kind, printed.reporter(), printed.partner(),
                printed.indicator(), printed.scope(), null, printed.period(), List.copyOf(ids),
                printed.indicator().code() + " " + Decimals.plain(printed.amount()), printed.amount(),
                what + ": " + computed.text(), Decimals.amount(computed.value()), Decimals.amount(difference),
                Decimals.amount(tolerance), "±" + Decimals.plain(printed.tolerance()) + " on " + printed.indicator().code()
                        + " + ±" + Decimals.plain(Decimals.amount(computed.tolerance())) + " on " + what + ": " + ROUNDING
                        + " (USD million)",
                Unit.USD_M, false, approximate,
                printed.indicator().code() + " " + printed.period().code() + " is " + Decimals.plain(printed.amount())
                        + " USD m but " + what + " gives " + Decimals.round(computed.value(), 2) + " (difference "
                        + Decimals.round(difference, 2) + ", tolerance ±" + Decimals.round(tolerance, 2) + ")"));
    }

    /** Every conflict group of the given figures: the version used against each other version. */
    List<FindingRow> conflicts(List<Figure> figures, Map<ReportedLevels.FigureKey, Figure> chosen, ReportedLevels reported) {
        Map<String, List<Figure>> groups = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.conflict() != null) {
                groups.computeIfAbsent(f.conflict(), k -> new ArrayList<>()).add(f);
            }
        }
        List<FindingRow> findings = new ArrayList<>();
        groups.forEach((group, versions) -> {
            if (versions.size() < 2) {
                return;
            }
            Figure used = versions.stream().filter(v -> chosen.get(ReportedLevels.FigureKey.of(v)) == v).findFirst()
                    .orElse(versions.get(0));
            for (Figure other : versions) {
                if (other == used) {
                    continue;
                }
                findings.add(conflict(group, used, other, reported));
            }
        });
        return findings;
    }

    private static FindingRow conflict(String group, Figure used, Figure other, ReportedLevels reported) {
        Level a = reported.level(used);
        Level b = reported.level(other);
        boolean comparable = a != null && b != null && a.unit() == b.unit();
        BigDecimal difference = comparable ? Decimals.amount(b.amount().subtract(a.amount())) : null;
        BigDecimal tolerance = comparable ? Decimals.amount(a.tolerance().add(b.tolerance())) : null;
        boolean within = comparable && difference.abs().compareTo(tolerance) <= 0;
        boolean sameKey = ReportedLevels.FigureKey.of(used).equals(ReportedLevels.FigureKey.of(other));
        String rule = sameKey ? used.id() + " is used (" + ReportedLevels.VERSION_RULE + ")"
                : "the versions differ in " + differences(used, other) + "; both are kept";
        return new FindingRow("conflict:" + group + ":" + used.id() + "+" + other.id(), FindingKind.CONFLICT,
                used.reporter(), used.partner(), used.indicator(), used.scope(), used.item(), used.period(),
                List.of(used.id(), other.id()),
                version(used), a == null ? null : a.amount(), version(other), b == null ? null : b.amount(), difference,
                tolerance, comparable ? "±" + Decimals.plain(a.tolerance()) + " + ±" + Decimals.plain(b.tolerance()) + ": "
                        + ROUNDING : "not comparable (no value or different units)",
                comparable ? a.unit() : null, within,
                (a != null && (a.approximate())) || (b != null && b.approximate()),
                "conflict " + group + ": " + version(used) + " against " + version(other)
                        + (comparable ? (within ? ", equal within rounding" : ", difference " + Decimals.round(difference, 2)
                                + " beyond ±" + Decimals.round(tolerance, 2)) : "") + "; " + rule);
    }

    private static String version(Figure f) {
        return (f.qualifier().isApproximate() ? f.qualifier().code().replace('_', ' ') + " " : "")
                + (f.value() == null ? "(no level)" : Decimals.plain(f.value()) + " " + f.unit().name()) + " ("
                + f.id() + ", " + f.period().code() + ", " + SeedPlace.format(f.seed()) + ")";
    }

    private static String differences(Figure a, Figure b) {
        List<String> d = new ArrayList<>();
        if (!a.reporter().equals(b.reporter()) || !a.partner().equals(b.partner())) {
            d.add("parties");
        }
        if (a.indicator() != b.indicator()) {
            d.add("indicator");
        }
        if (a.scope() != b.scope()) {
            d.add("scope");
        }
        if (!Objects.equals(a.item(), b.item())) {
            d.add("item");
        }
        if (!Objects.equals(a.period(), b.period())) {
            d.add("period");
        }
        return String.join(", ", d);
    }

    private static List<String> ids(Level a, Level b) {
        Set<String> ids = new LinkedHashSet<>(a.figureIds());
        ids.addAll(b.figureIds());
        return List.copyOf(ids);
    }

    /**
     * A level in the currency it was printed in when the other level of the pair shares that
     * currency (so the growth of rouble figures is checked in roubles), else as normalised.
     */
    private record Native(BigDecimal value, BigDecimal tolerance, String label) {

        static Native of(Level l, Level other) {
            Unit u = l.originalUnit();
            Unit o = other.originalUnit();
            boolean printedMoney = l.origin() == Origin.REPORTED && u != null && u.isMoney();
            if (printedMoney && o != null && o.isMoney() && u.currency().equals(o.currency())
                    && !u.currency().orElseThrow().equals("USD")) {
                BigDecimal m = u.millionsPerUnit();
                BigDecimal tol = PrintedPrecision.halfUnit(l.originalAmount(), l.qualifier()).multiply(m);
                return new Native(l.originalAmount().multiply(m), tol,
                        Decimals.plain(l.originalAmount()) + " " + u.name());
            }
            return new Native(l.amount(), l.tolerance(), Decimals.plain(l.amount())
                    + (l.unit() == Unit.USD_M ? "" : " " + l.unit().name()));
        }
    }
}
