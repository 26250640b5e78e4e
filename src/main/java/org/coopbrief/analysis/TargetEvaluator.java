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

    private record Resolved(BigDecimal amount, Unit unit, BigDecimal tolerance, boolean approximate, Reason basis) {}

    TargetRow evaluate(Target t, LevelPool pool) {
        Optional<Resolved> resolved = resolve(t, pool);
        if (resolved.isEmpty()) {
            // no deadline comes first (the order above): a target without one is open, whatever else is unknown
            Reason unknown = Reason.of(Reason.Code.BASELINE_UNKNOWN, t.indicator(), t.baselinePeriod());
            return new Row(t, null, Comparability.SAME, t.scope())
                    .of(
                            null,
                            null,
                            null,
                            null,
                            t.deadline() == null ? TargetStatus.OPEN : TargetStatus.NO_DATA,
                            t.deadline() == null
                                    ? Reason.of(Reason.Code.NO_DEADLINE).and(unknown)
                                    : unknown);
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
        Unit unit = target.unit();
        boolean wider = comparability == Comparability.APPROXIMATE_SCOPE;
        Row row = new Row(t, target, comparability, actualScope);

        if (actual == null) {
            Reason why = Reason.of(Reason.Code.NO_ACTUAL, t.indicator(), t.scope(), unit, asOf)
                    .and(otherSeries(t, pool, series));
            return row.of(
                    null,
                    partial,
                    null,
                    null,
                    t.deadline() == null ? TargetStatus.OPEN : TargetStatus.NO_DATA,
                    t.deadline() == null ? Reason.of(Reason.Code.NO_DEADLINE).and(why) : why);
        }
        BigDecimal required = t.deadline() == null
                ? null
                : Cagr.pct(
                        actual.amount(),
                        target.amount(),
                        t.deadline().lastYear() - actual.period().year());
        BigDecimal since = growthSinceSet(t, levels, actual);
        Reason latest = wider
                ? Reason.of(
                        Reason.Code.LATEST_OTHER_SCOPE,
                        actual.period(),
                        shown(actual),
                        unit,
                        actualScope,
                        round2(target.amount()))
                : Reason.of(Reason.Code.LATEST, actual.period(), shown(actual), unit, round2(target.amount()));
        if (t.deadline() == null) {
            return row.of(
                    actual,
                    partial,
                    required,
                    since,
                    TargetStatus.OPEN,
                    Reason.of(Reason.Code.NO_DEADLINE).and(latest));
        }
        if (wider && reaches(actual.amount(), target.amount(), t.qualifier())) {
            return row.of(
                    actual,
                    partial,
                    required,
                    since,
                    TargetStatus.NO_DATA,
                    latest.and(Reason.Code.WIDER_PROVES_NOTHING, t.scope()));
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
                    deadline == actual.period().year() || actual == reached.get()
                            ? reachedIn(reached.get(), unit, target)
                            : reachedIn(reached.get(), unit, target).and(latest));
        }
        if (asOf.isAfter(LocalDate.of(deadline, 12, 31))) {
            Reason passed =
                    Reason.of(Reason.Code.DEADLINE_PASSED, deadlineText(t)).and(latest);
            if (actual.period().year() < deadline) {
                passed = passed.and(
                        Reason.Code.NO_ACTUAL_FOR,
                        actual.period().year() + 1 == deadline
                                ? "" + deadline
                                : (actual.period().year() + 1) + "\u2013" + deadline);
            }
            return row.of(actual, partial, required, since, TargetStatus.MISSED, passed);
        }
        if (since == null) {
            return row.of(
                    actual,
                    partial,
                    required,
                    null,
                    TargetStatus.AT_RISK,
                    latest.and(Reason.Code.NO_GROWTH_SINCE_SET, round1(required), "" + deadline));
        }
        boolean onTrack = required != null && since.compareTo(required) >= 0;
        return row.of(
                actual,
                partial,
                required,
                since,
                onTrack ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK,
                Reason.of(
                                onTrack ? Reason.Code.GROWTH_ENOUGH : Reason.Code.GROWTH_TOO_LOW,
                                round1(since),
                                round1(required),
                                actual.period(),
                                "" + deadline)
                        .and(latest));
    }

    private Optional<Resolved> resolve(Target t, LevelPool pool) {
        boolean approximate = APPROXIMATE_TARGET.contains(t.qualifier());
        if (t.value() != null) {
            int year = t.deadline() != null
                    ? t.deadline().lastYear()
                    : t.setOn() != null ? t.setOn().year() : asOf.getYear();
            UsdNormaliser.Normalised n =
                    normaliser.normalise(t.value(), PrintedPrecision.halfUnit(t.value()), t.unit(), Period.year(year));
            Reason basis = Reason.of(Reason.Code.TARGET_VALUE, t.qualifier(), t.value(), t.unit());
            return Optional.of(new Resolved(
                    n.amount(),
                    n.unit(),
                    n.tolerance(),
                    approximate || n.viaRate(),
                    n.viaRate() ? basis.and(Reason.Code.VIA_RATE, "" + year) : basis));
        }
        // the baseline in USD where it could be converted, else in its printed unit
        return pool.seriesKeys(t.reporter(), t.partner(), t.indicator()).stream()
                .filter(k -> k.scope() == t.scope() && java.util.Objects.equals(k.item(), t.item()))
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
                            Reason.of(
                                    Reason.Code.BASELINE_MULTIPLE,
                                    t.baselineMultiple(),
                                    t.indicator(),
                                    t.baselinePeriod(),
                                    shown(base),
                                    base.unit()));
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

    private Reason otherSeries(Target t, LevelPool pool, SeriesKey wanted) {
        return pool.seriesKeys(t.reporter(), t.partner(), t.indicator()).stream()
                .filter(k -> !k.equals(wanted))
                .map(k -> pool.series(k).stream()
                        .filter(l -> l.period().isDated() && !l.period().end().isAfter(asOf))
                        .reduce((a, b) -> b)
                        .orElse(null))
                .filter(l -> l != null)
                .map(l -> Reason.of(Reason.Code.NOT_COMPARED, l.scope(), l.period(), shown(l), l.unit()))
                .reduce(Reason::and)
                .orElse(new Reason(List.of()));
    }

    private static String shown(Level l) {
        return Reason.amount(round2(l.amount()), l.approximate());
    }

    private static BigDecimal round2(BigDecimal x) {
        return x.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static BigDecimal round1(BigDecimal x) {
        return x == null ? null : x.setScale(1, java.math.RoundingMode.HALF_UP);
    }

    private static Reason reachedIn(Level reached, Unit unit, Resolved target) {
        return Reason.of(Reason.Code.REACHED, reached.period(), shown(reached), unit, round2(target.amount()));
    }

    private static String deadlineText(Target t) {
        return t.deadline().isRange()
                ? t.deadline().firstYear() + "\u2013" + t.deadline().lastYear()
                : "" + t.deadline().lastYear();
    }

    /** The parts of a target row that do not depend on the actual chosen. */
    private record Row(Target t, Resolved target, Comparability comparability, Scope actualScope) {

        TargetRow of(
                Level actual,
                Level partial,
                BigDecimal required,
                BigDecimal since,
                TargetStatus status,
                Reason explanation) {
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
                            ? Reason.of(
                                    Reason.Code.BASELINE_MULTIPLE_UNKNOWN,
                                    t.baselineMultiple(),
                                    t.indicator(),
                                    t.baselinePeriod())
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
