package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Target;
import org.coopbrief.dataset.Unit;

/**
 * Targets versus actuals at an as-of date, as domain.md defines them. The actual is the latest
 * full-year level of the same reporter, partner, indicator, scope, item and unit at or before the
 * as-of date (a target counting "joint research laboratories" is never measured by the whole of
 * the projects); partial years are shown but decide nothing (neither ACHIEVED/MISSED nor the
 * growth comparison, which would set part of a year against whole years). A deadline range
 * counts at its last year. A target relative to a baseline resolves once the baseline level is
 * known, and only actuals after the baseline period count against it (never the baseline itself).
 * <p>
 * A goods target (the scope "trade" takes by convention when the text names none) whose series has
 * no actual is set against the goods-and-services series when the data has one, marked
 * {@link Comparability#APPROXIMATE_SCOPE}: goods are part of it, so an actual below the target shows
 * the target not reached, while one at or above it proves nothing (it never makes ACHIEVED).
 * <p>
 * Status, in this order: OPEN (no deadline); NO_DATA (no comparable actual, or the baseline is
 * unknown); ACHIEVED (a full-year actual from the year the target was set up to the deadline reached
 * it); MISSED (the deadline year has ended without that); ON_TRACK (annual growth since the target
 * was set is at least the annual growth still required); AT_RISK (otherwise, or when no growth since
 * the target was set can be measured).
 */
final class TargetEvaluator {

    /** "At least", "more than" on a target are thresholds, not approximations. */
    private static final Set<Qualifier> APPROXIMATE_TARGET = EnumSet.of(Qualifier.ABOUT, Qualifier.ALMOST);

    private final UsdNormaliser normaliser;
    private final LocalDate asOf;

    TargetEvaluator(UsdNormaliser normaliser, LocalDate asOf) {
        this.normaliser = normaliser;
        this.asOf = asOf;
    }

    private record Resolved(BigDecimal amount, Unit unit, BigDecimal tolerance, boolean approximate, String basis) {}

    TargetRow evaluate(Target t, LevelPool pool) {
        Optional<Resolved> resolved = resolve(t, pool);
        if (resolved.isEmpty()) {
            return new Row(t, null, Comparability.SAME, t.scope())
                    .of(
                            null,
                            null,
                            null,
                            null,
                            TargetStatus.NO_DATA,
                            "baseline " + t.indicator().code() + " "
                                    + t.baselinePeriod().code()
                                    + " is not in the data, so the target has no value yet");
        }
        Resolved target = resolved.get();
        SeriesKey own = new SeriesKey(t.reporter(), t.partner(), t.indicator(), t.scope(), t.item(), target.unit());
        Comparability comparability = Comparability.SAME;
        SeriesKey series = own;
        if (after(t, levels(pool, own)).isEmpty() && t.scope() == Scope.GOODS) {
            SeriesKey wider = new SeriesKey(
                    t.reporter(), t.partner(), t.indicator(), Scope.GOODS_SERVICES, t.item(), target.unit());
            if (!after(t, levels(pool, wider)).isEmpty()) {
                series = wider;
                comparability = Comparability.APPROXIMATE_SCOPE;
            }
        }
        List<Level> levels = levels(pool, series);
        List<Level> actuals = after(t, levels);
        Scope actualScope = series.scope();
        Level actual = actuals.stream()
                .filter(l -> l.period().isFullYear())
                .max(Comparator.comparing(Level::period))
                .orElse(null);
        Level partial = actuals.stream()
                .filter(l -> !l.period().isFullYear() && l.period().kind() != Period.Kind.YEARS)
                .filter(l -> actual == null
                        || l.period().end().isAfter(actual.period().end()))
                .max(Comparator.comparing(Level::period))
                .orElse(null);
        String unit = target.unit() == Unit.USD_M ? "USD m" : target.unit().name();
        boolean wider = comparability == Comparability.APPROXIMATE_SCOPE;
        Row row = new Row(t, target, comparability, actualScope);

        if (actual == null) {
            String why = "no full-year " + t.indicator().code() + " ("
                    + t.scope().code() + ", " + unit + ") actual at or before " + asOf + otherSeries(t, pool, series);
            return row.of(
                    null,
                    partial,
                    null,
                    null,
                    t.deadline() == null ? TargetStatus.OPEN : TargetStatus.NO_DATA,
                    t.deadline() == null ? "no deadline; " + why : why);
        }
        BigDecimal required = t.deadline() == null
                ? null
                : Cagr.pct(
                        actual.amount(),
                        target.amount(),
                        t.deadline().lastYear() - actual.period().year());
        BigDecimal since = growthSinceSet(t, levels, actual);
        String latest = "latest actual " + actual.period().code() + ": " + shown(actual) + " " + unit
                + (wider
                        ? " (" + actualScope.code() + ", approximate: the target's scope is "
                                + t.scope().code() + ")"
                        : "")
                + " against " + Decimals.round(target.amount(), 2) + " " + unit;
        if (t.deadline() == null) {
            return row.of(actual, partial, required, since, TargetStatus.OPEN, "no deadline; " + latest);
        }
        if (wider && reaches(actual.amount(), target.amount(), t.qualifier())) {
            return row.of(
                    actual,
                    partial,
                    required,
                    since,
                    TargetStatus.NO_DATA,
                    latest + "; a wider scope at or above the target says nothing of "
                            + t.scope().code() + " alone");
        }
        int deadline = t.deadline().lastYear();
        Integer setYear = t.setOn() == null ? null : t.setOn().year();
        Optional<Level> reached = actuals.stream()
                .filter(l -> !wider) // a wider scope at or above the target proves nothing about the target's scope
                .filter(l -> l.period().isFullYear())
                .filter(l -> l.period().year() <= deadline
                        && (setYear == null || l.period().year() >= setYear))
                .filter(l -> reaches(l.amount(), target.amount(), t.qualifier()))
                .min(Comparator.comparing(Level::period));
        if (reached.isPresent()) {
            return row.of(
                    actual,
                    partial,
                    required,
                    since,
                    TargetStatus.ACHIEVED,
                    "reached in "
                            + reached.get().period().code() + ": " + shown(reached.get()) + " " + unit + " against "
                            + Decimals.round(target.amount(), 2)
                            + (deadline == actual.period().year() || actual == reached.get() ? "" : "; " + latest));
        }
        if (asOf.isAfter(LocalDate.of(deadline, 12, 31))) {
            String gapYears = actual.period().year() < deadline
                    ? "; no actual for "
                            + (actual.period().year() + 1 == deadline
                                    ? "" + deadline
                                    : (actual.period().year() + 1) + "-" + deadline)
                    : "";
            return row.of(
                    actual,
                    partial,
                    required,
                    since,
                    TargetStatus.MISSED,
                    "deadline " + t.deadline().code() + " passed without reaching it; " + latest + gapYears);
        }
        if (since == null) {
            return row.of(
                    actual,
                    partial,
                    required,
                    null,
                    TargetStatus.AT_RISK,
                    latest
                            + "; no actual since the target was set to measure growth against the "
                            + Decimals.round(required, 1) + "% a year required to " + deadline);
        }
        boolean onTrack = required != null && since.compareTo(required) >= 0;
        return row.of(
                actual,
                partial,
                required,
                since,
                onTrack ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK,
                "growth since the target was set " + Decimals.round(since, 1) + "% a year " + (onTrack ? ">=" : "<")
                        + " " + Decimals.round(required, 1) + "% a year required from "
                        + actual.period().code() + " to "
                        + deadline + "; " + latest);
    }

    private Optional<Resolved> resolve(Target t, LevelPool pool) {
        boolean approximate = APPROXIMATE_TARGET.contains(t.qualifier());
        if (t.value() != null) {
            int year = t.deadline() != null
                    ? t.deadline().lastYear()
                    : t.setOn() != null ? t.setOn().year() : asOf.getYear();
            UsdNormaliser.Normalised n =
                    normaliser.normalise(t.value(), PrintedPrecision.halfUnit(t.value()), t.unit(), Period.year(year));
            String words =
                    t.qualifier() == Qualifier.EXACT ? "" : t.qualifier().code().replace('_', ' ') + " ";
            return Optional.of(new Resolved(
                    n.amount(),
                    n.unit(),
                    n.tolerance(),
                    approximate || n.viaRate(),
                    words + Decimals.plain(t.value()) + " " + t.unit().name() + (n.viaRate() ? "; " + n.basis() : "")));
        }
        // the baseline in USD where it could be converted, else in its printed unit
        return pool.seriesKeys().stream()
                .filter(k -> k.reporter().equals(t.reporter())
                        && k.partner().equals(t.partner())
                        && k.indicator() == t.indicator()
                        && k.scope() == t.scope()
                        && java.util.Objects.equals(k.item(), t.item()))
                .sorted(Comparator.comparing((SeriesKey k) -> k.unit() != Unit.USD_M))
                .map(k -> pool.get(k, t.baselinePeriod()))
                .filter(l -> l != null)
                .findFirst()
                .map(base -> {
                    // the multiple is the target's definition (exact); the baseline's rounding limits the precision
                    BigDecimal exact = t.baselineMultiple().multiply(base.amount(), Decimals.MC);
                    BigDecimal tolerance = t.baselineMultiple().multiply(base.tolerance(), Decimals.MC);
                    BigDecimal amount = PrintedPrecision.toTolerance(exact, tolerance);
                    return new Resolved(
                            Decimals.amount(amount),
                            base.unit(),
                            Decimals.amount(tolerance.add(amount.subtract(exact).abs())),
                            approximate || base.approximate(),
                            Decimals.plain(t.baselineMultiple()) + " x "
                                    + t.indicator().code() + " "
                                    + t.baselinePeriod().code()
                                    + " (" + shown(base) + " "
                                    + (base.unit() == Unit.USD_M
                                            ? "USD m"
                                            : base.unit().name())
                                    + (base.origin() == Origin.REPORTED
                                            ? ""
                                            : ", " + base.origin().code()) + ")");
                });
    }

    /** Annual growth from the last full-year level at or before the year the target was set to the actual. */
    private static BigDecimal growthSinceSet(Target t, List<Level> levels, Level actual) {
        List<Level> annual =
                levels.stream().filter(l -> l.period().isFullYear()).toList();
        Level base = t.setOn() == null
                ? annual.stream().findFirst().orElse(null)
                : annual.stream()
                        .filter(l -> l.period().year() <= t.setOn().year())
                        .reduce((a, b) -> b)
                        .orElse(null);
        if (base == null || base.period().year() >= actual.period().year()) {
            return null;
        }
        return Cagr.pct(
                base.amount(),
                actual.amount(),
                actual.period().year() - base.period().year());
    }

    private static boolean reaches(BigDecimal actual, BigDecimal target, Qualifier qualifier) {
        int c = actual.compareTo(target);
        return qualifier == Qualifier.MORE_THAN || qualifier == Qualifier.JUST_OVER ? c > 0 : c >= 0;
    }

    private String otherSeries(Target t, LevelPool pool, SeriesKey wanted) {
        return pool.seriesKeys().stream()
                .filter(k -> k.reporter().equals(t.reporter())
                        && k.partner().equals(t.partner())
                        && k.indicator() == t.indicator()
                        && !k.equals(wanted))
                .map(k -> pool.series(k).stream()
                        .filter(l -> l.period().isDated() && !l.period().end().isAfter(asOf))
                        .reduce((a, b) -> b)
                        .orElse(null))
                .filter(l -> l != null)
                .map(l -> l.scope().code() + (l.item() == null ? "" : " (" + l.item() + ")") + " "
                        + l.period().code() + ": " + shown(l) + " "
                        + (l.unit() == Unit.USD_M ? "USD m" : l.unit().name()))
                .reduce((a, b) -> a + ", " + b)
                .map(s -> " (other scope or unit, not compared: " + s + ")")
                .orElse("");
    }

    private static String shown(Level l) {
        return (l.approximate() ? "~" : "") + Decimals.round(l.amount(), 2);
    }

    /** The parts of a target row that do not depend on the actual chosen. */
    private record Row(Target t, Resolved target, Comparability comparability, Scope actualScope) {

        TargetRow of(
                Level actual,
                Level partial,
                BigDecimal required,
                BigDecimal since,
                TargetStatus status,
                String explanation) {
            BigDecimal attainment = target == null || actual == null
                    ? null
                    : Decimals.pct(actual.amount()
                            .divide(target.amount(), Decimals.MC)
                            .multiply(Decimals.HUNDRED, Decimals.MC));
            BigDecimal gap = target == null || actual == null
                    ? null
                    : Decimals.amount(target.amount().subtract(actual.amount(), Decimals.MC));
            TargetRow.Actual a = TargetRow.Actual.of(actual);
            boolean approximate = (target != null && target.approximate())
                    || (a != null && a.approximate())
                    || (a != null && comparability != Comparability.SAME);
            return new TargetRow(
                    t.id(),
                    t.reporter(),
                    t.partner(),
                    t.indicator(),
                    t.scope(),
                    t.item(),
                    t.text(),
                    t.qualifier(),
                    t.deadline(),
                    t.setOn(),
                    target == null ? null : target.amount(),
                    target == null ? t.unit() : target.unit(),
                    target != null && target.approximate(),
                    target == null
                            ? Decimals.plain(t.baselineMultiple()) + " x "
                                    + t.indicator().code() + " "
                                    + t.baselinePeriod().code() + " (baseline unknown)"
                            : target.basis(),
                    a,
                    TargetRow.Actual.of(partial),
                    attainment,
                    gap,
                    required,
                    since,
                    a == null && partial == null ? Comparability.SAME : comparability,
                    actualScope,
                    status,
                    approximate,
                    explanation,
                    t.source());
        }
    }

    private List<Level> levels(LevelPool pool, SeriesKey series) {
        return pool.series(series).stream()
                .filter(l -> l.period().isDated() && !l.period().end().isAfter(asOf))
                .toList();
    }

    /** The levels that may stand against the target: after its baseline period, if it has one. */
    private static List<Level> after(Target t, List<Level> levels) {
        return levels.stream()
                .filter(l -> t.baselinePeriod() == null
                        || l.period().start().isAfter(t.baselinePeriod().end()))
                .toList();
    }
}
