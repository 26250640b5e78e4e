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
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.SeedPlace;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.dataset.Unit;

/**
 * Reconciliation findings. Nothing is fixed and nothing stops the job: two numbers that should
 * agree are set side by side, each standing for the values its printing allows (half a unit of
 * the last printed digit; "more than" and "almost" as one-sided bounds, see {@link Bounds}),
 * propagated through the arithmetic; a finding is recorded when the two ranges do not meet. The
 * tolerance shown is how far apart the two numbers could be and still agree.
 * <ul>
 * <li>stated growth against the change the tables show beside it (see {@link #growth});</li>
 * <li>turnover against exports + imports, balance against exports - imports, or turnover against what
 * exports (or imports) and the balance imply when the fourth flow is missing;</li>
 * <li>every conflict group: the versions, which one is used, and whether they differ beyond rounding.</li>
 * </ul>
 */
final class Reconciler {

    /**
     * Every stated growth against the change the tables show beside it: the growth between the row's
     * level and the level of the stated base period, whatever their origin (printed, derived, or
     * implied by another figure's growth), in US dollars as the tables show them. A finding is recorded
     * when the two differ beyond the rounding of the printed numbers. It is marked within tolerance
     * when the words or the currency of the statement reconcile them: "more than doubled" read as a
     * bound, or a rouble growth that holds in roubles (the dollar change differs by the move of the
     * exchange rate). A base implied by the very growth it is checked against agrees by construction,
     * so only the currency can part them.
     */
    List<FindingRow> growth(
            Collection<ComparisonRow> rows, LevelPool pool, Map<ReportedLevels.FigureKey, Figure> chosen) {
        List<FindingRow> findings = new ArrayList<>();
        for (ComparisonRow row : rows) {
            StatedGrowth g = row.stated();
            Level now = row.value();
            if (g == null || now == null || !g.base().isDated()) {
                continue;
            }
            Level base = pool.get(now.series(), g.base());
            if (base == null || base.amount().signum() <= 0) {
                continue; // no growth rate from a base of zero or less
            }
            Figure stating = chosen.get(ReportedLevels.FigureKey.of(now));
            boolean circular =
                    base.origin() == Origin.IMPLIED && now.figureIds().containsAll(base.figureIds());
            BigDecimal computed = Decimals.pct(now.amount()
                    .divide(base.amount(), Decimals.MC)
                    .subtract(BigDecimal.ONE)
                    .multiply(Decimals.HUNDRED, Decimals.MC));
            Bounds shown = Bounds.of(now).growthPctOver(Bounds.of(base));
            Bounds printed = Bounds.around(g.percent(), PrintedPrecision.growthTolerance(g), Qualifier.EXACT);
            if (shown.meets(printed)) {
                continue;
            }
            Native a = Native.of(now, base);
            Native b = Native.of(base, now);
            Bounds stated = PrintedPrecision.growthBounds(g);
            Bounds inPrinted = a.bounds.growthPctOver(b.bounds);
            boolean reconciled = circular || (b.value.signum() > 0 && inPrinted.meets(stated));
            boolean otherCurrency = now.originalUnit() != null
                    && now.originalUnit().isMoney()
                    && !now.originalUnit().currency().orElseThrow().equals("USD");
            BigDecimal tolerance = Decimals.pct(shown.allowance(computed, printed, g.percent()));
            Set<String> idSet = new LinkedHashSet<>();
            if (stating != null) {
                idSet.add(stating.id());
            }
            idSet.addAll(ids(now, base));
            List<String> ids = List.copyOf(idSet);
            Reason statedLabel = Reason.of(Reason.Code.LABEL_STATED, g.text(), g.percent(), g.base());
            Reason fromWhat = Reason.of(
                    Reason.Code.LABEL_COMPUTED,
                    label(now),
                    now.period(),
                    origin(now),
                    label(base),
                    base.period(),
                    origin(base));
            Reason basis = Reason.of(
                    Reason.Code.BASIS_GROWTH,
                    printed.neutral(2),
                    label(now),
                    Bounds.of(now).neutral(3),
                    label(base),
                    Bounds.of(base).neutral(3),
                    shown.neutral(2));
            if (reconciled) {
                basis = circular || otherCurrency
                        ? basis.and(
                                Reason.Code.BASIS_IN_PRINTED_CURRENCY, a.label, b.label, base.period(), now.period())
                        : basis.and(Reason.Code.GROWTH_WORDS_MET, stated.neutral(2));
            }
            findings.add(new FindingRow(
                    "stated_growth:" + String.join("+", ids),
                    FindingKind.STATED_GROWTH,
                    now.reporter(),
                    now.partner(),
                    now.indicator(),
                    now.scope(),
                    now.item(),
                    now.period(),
                    ids,
                    statedLabel,
                    g.percent(),
                    fromWhat,
                    computed,
                    Decimals.pct(computed.subtract(g.percent())),
                    tolerance,
                    basis,
                    Unit.PERCENT,
                    reconciled,
                    now.approximate() || base.approximate(),
                    growthMessage(now, base, g, computed, shown, reconciled, circular || otherCurrency, stated)));
        }
        return findings;
    }

    private static Reason growthMessage(
            Level now,
            Level base,
            StatedGrowth g,
            BigDecimal computed,
            Bounds shown,
            boolean reconciled,
            boolean currency,
            Bounds stated) {
        Reason message = Reason.of(
                Reason.Code.GROWTH_DIFFERS,
                now.indicator(),
                now.period(),
                g.percent(),
                computed.setScale(1, java.math.RoundingMode.HALF_UP),
                shown.neutral(1));
        if (!reconciled) {
            return message;
        }
        return currency
                ? message.and(Reason.Code.GROWTH_IN_PRINTED_CURRENCY, base.period(), now.period())
                : message.and(Reason.Code.GROWTH_WORDS_MET, stated.neutral(2));
    }

    /** A level for a label: its printed qualifier, its amount, its unit unless USD million. */
    private static String label(Level l) {
        return Reason.level(
                l.origin() == Origin.REPORTED ? l.qualifier() : null,
                l.amount(),
                l.unit() == Unit.USD_M ? null : l.unit());
    }

    /** Empty for a printed level, else its origin's code. */
    private static String origin(Level l) {
        return l.origin() == Origin.REPORTED ? "" : l.origin().code();
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
                check(findings, FindingKind.FLOW_SUM, t, Sum.of(e).plus(Sum.of(i)));
            } else if (t != null && e != null && b != null) {
                check(findings, FindingKind.FLOW_SUM, t, Sum.of(e).twice().minus(Sum.of(b)));
            } else if (t != null && i != null && b != null) {
                check(findings, FindingKind.FLOW_SUM, t, Sum.of(i).twice().plus(Sum.of(b)));
            } else if (t != null && (e != null || i != null)) {
                // a part larger than the whole: the other flow would be negative
                Level part = e != null ? e : i;
                Bounds whole = Bounds.of(t);
                Bounds side = Bounds.of(part);
                if (side.low() != null && whole.high() != null && side.low().compareTo(whole.high()) > 0) {
                    check(findings, FindingKind.FLOW_SUM, t, Sum.of(part));
                }
            }
            if (e != null && i != null && b != null) {
                check(findings, FindingKind.FLOW_BALANCE, b, Sum.of(e).minus(Sum.of(i)));
            }
        });
        return findings;
    }

    private static void check(List<FindingRow> findings, FindingKind kind, Level printed, Sum computed) {
        Bounds p = Bounds.of(printed);
        if (p.meets(computed.bounds)) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>(printed.figureIds());
        ids.addAll(computed.figureIds);
        BigDecimal difference = computed.value.subtract(printed.amount());
        BigDecimal tolerance = computed.bounds.allowance(computed.value, p, printed.amount());
        String label = printed.indicator().code() + " " + Decimals.plain(printed.amount());
        Reason basis =
                Reason.of(Reason.Code.BASIS_FLOW, label, p.neutral(3), computed.text, computed.bounds.neutral(3));
        findings.add(new FindingRow(
                kind.code() + ":" + String.join("+", ids),
                kind,
                printed.reporter(),
                printed.partner(),
                printed.indicator(),
                printed.scope(),
                null,
                printed.period(),
                List.copyOf(ids),
                Reason.of(Reason.Code.LABEL_FLOW, label),
                printed.amount(),
                Reason.of(Reason.Code.LABEL_FLOW, computed.text),
                Decimals.amount(computed.value),
                Decimals.amount(difference),
                Decimals.amount(tolerance),
                basis,
                Unit.USD_M,
                false,
                printed.approximate() || computed.approximate,
                Reason.of(
                        kind == FindingKind.FLOW_BALANCE
                                ? Reason.Code.FLOW_BALANCE_DIFFERS
                                : Reason.Code.FLOW_SUM_DIFFERS,
                        printed.period(),
                        printed.amount(),
                        round2(computed.value),
                        round2(difference),
                        round2(tolerance))));
    }

    /** Every conflict group of the given figures: the version used against each other version. */
    List<FindingRow> conflicts(
            List<Figure> figures, Map<ReportedLevels.FigureKey, Figure> chosen, ReportedLevels reported) {
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
            Figure used = versions.stream()
                    .filter(v -> chosen.get(ReportedLevels.FigureKey.of(v)) == v)
                    .findFirst()
                    .orElse(versions.get(0));
            for (Figure other : versions) {
                if (other != used) {
                    findings.add(conflict(group, used, other, reported));
                }
            }
        });
        return findings;
    }

    private static FindingRow conflict(String group, Figure used, Figure other, ReportedLevels reported) {
        Level a = reported.level(used);
        Level b = reported.level(other);
        boolean comparable = a != null && b != null && a.unit() == b.unit();
        Bounds ba = comparable ? Bounds.of(a) : null;
        Bounds bb = comparable ? Bounds.of(b) : null;
        boolean within = comparable && ba.meets(bb);
        BigDecimal difference = comparable ? Decimals.amount(b.amount().subtract(a.amount())) : null;
        BigDecimal tolerance = comparable ? ba.allowance(a.amount(), bb, b.amount()) : null;
        boolean sameKey = ReportedLevels.FigureKey.of(used).equals(ReportedLevels.FigureKey.of(other));
        Reason rule = sameKey
                ? Reason.of(Reason.Code.VERSION_USED, used.id())
                : Reason.of(Reason.Code.VERSIONS_DIFFER_IN, differences(used, other));
        return new FindingRow(
                "conflict:" + group + ":" + used.id() + "+" + other.id(),
                FindingKind.CONFLICT,
                used.reporter(),
                used.partner(),
                used.indicator(),
                used.scope(),
                used.item(),
                used.period(),
                List.of(used.id(), other.id()),
                Reason.of(Reason.Code.LABEL_VERSION, version(used)),
                a == null ? null : a.amount(),
                Reason.of(Reason.Code.LABEL_VERSION, version(other)),
                b == null ? null : b.amount(),
                difference,
                tolerance == null ? null : Decimals.amount(tolerance),
                comparable
                        ? Reason.of(
                                Reason.Code.BASIS_CONFLICT, version(used), ba.neutral(3), version(other), bb.neutral(3))
                        : Reason.of(Reason.Code.BASIS_NOT_COMPARABLE),
                comparable ? a.unit() : null,
                within,
                (a != null && a.approximate()) || (b != null && b.approximate()),
                Reason.of(
                                comparable
                                        ? within ? Reason.Code.CONFLICT_SAME : Reason.Code.CONFLICT_DIFFERENT
                                        : Reason.Code.CONFLICT_NOT_COMPARABLE,
                                group,
                                version(used),
                                version(other))
                        .and(rule));
    }

    private static BigDecimal round2(BigDecimal x) {
        return x.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** A printed version of a number, in the neutral form of a reason's argument. */
    private static String version(Figure f) {
        return Reason.version(
                f.qualifier(), f.value(), f.unit(), f.id(), f.period().code(), SeedPlace.format(f.seed()));
    }

    private static String differences(Figure a, Figure b) {
        List<String> d = new ArrayList<>();
        if (!a.reporter().equals(b.reporter()) || !a.partner().equals(b.partner())) {
            d.add("reporter/partner");
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

    /** A sum of printed flows: its value, its bounds and the words for it ("exports 7.9 + imports 10.9"). */
    private record Sum(BigDecimal value, Bounds bounds, boolean approximate, Set<String> figureIds, String text) {

        static Sum of(Level l) {
            return new Sum(
                    l.amount(),
                    Bounds.of(l),
                    l.approximate(),
                    new LinkedHashSet<>(l.figureIds()),
                    l.indicator().code() + " " + Decimals.plain(l.amount()));
        }

        Sum plus(Sum o) {
            return new Sum(
                    value.add(o.value),
                    bounds.plus(o.bounds),
                    approximate || o.approximate,
                    union(o),
                    text + " + " + o.text);
        }

        Sum minus(Sum o) {
            return new Sum(
                    value.subtract(o.value),
                    bounds.minus(o.bounds),
                    approximate || o.approximate,
                    union(o),
                    text + " - " + o.text);
        }

        Sum twice() {
            return new Sum(
                    value.multiply(BigDecimal.valueOf(2)), bounds.times(2), approximate, figureIds, "2 x " + text);
        }

        private Set<String> union(Sum o) {
            Set<String> ids = new LinkedHashSet<>(figureIds);
            ids.addAll(o.figureIds);
            return ids;
        }
    }

    /**
     * A level in the currency it was printed in when the other level of the pair shares that
     * currency (so the growth of rouble figures is checked in roubles), else as normalised.
     */
    private record Native(BigDecimal value, Bounds bounds, String label) {

        static Native of(Level l, Level other) {
            Unit u = l.originalUnit();
            Unit o = other.originalUnit();
            boolean printedMoney = l.origin() == Origin.REPORTED && u != null && u.isMoney();
            Qualifier q = l.origin() == Origin.REPORTED ? l.qualifier() : null;
            if (printedMoney
                    && o != null
                    && o.isMoney()
                    && u.currency().equals(o.currency())
                    && !u.currency().orElseThrow().equals("USD")) {
                BigDecimal m = u.millionsPerUnit();
                BigDecimal value = l.originalAmount().multiply(m);
                BigDecimal tol = PrintedPrecision.halfUnit(l.originalAmount()).multiply(m);
                return new Native(
                        value, Bounds.around(value, tol, l.qualifier()), Reason.level(q, l.originalAmount(), u));
            }
            return new Native(
                    l.amount(), Bounds.of(l), Reason.level(q, l.amount(), l.unit() == Unit.USD_M ? null : l.unit()));
        }
    }
}
