package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import org.coopbrief.dataset.Qualifier;

/**
 * The values a printed number can stand for, given its rounding and its qualifier: "38.7" is
 * 38.65..38.75; "more than 300" is 299.5 or more; "almost 30" is at most 30.5. "About" is read
 * as the rounding only (the number is marked approximate). A null bound is unbounded.
 * Two numbers disagree when their bounds do not meet.
 */
record Bounds(BigDecimal low, BigDecimal high) {

    static final Set<Qualifier> AT_LEAST = EnumSet.of(Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.JUST_OVER);
    static final Set<Qualifier> AT_MOST = EnumSet.of(Qualifier.ALMOST, Qualifier.UP_TO, Qualifier.LESS_THAN);

    static Bounds around(BigDecimal value, BigDecimal tolerance, Qualifier qualifier) {
        BigDecimal low = AT_MOST.contains(qualifier) ? null : value.subtract(tolerance);
        BigDecimal high = AT_LEAST.contains(qualifier) ? null : value.add(tolerance);
        return new Bounds(low, high);
    }

    /** A level's bounds: a printed one by its qualifier, a computed one by its propagated rounding. */
    static Bounds of(Level l) {
        return around(l.amount(), l.tolerance(), l.origin() == Origin.REPORTED ? l.qualifier() : Qualifier.EXACT);
    }

    Bounds plus(Bounds o) {
        return new Bounds(
                low == null || o.low == null ? null : low.add(o.low),
                high == null || o.high == null ? null : high.add(o.high));
    }

    Bounds minus(Bounds o) {
        return new Bounds(
                low == null || o.high == null ? null : low.subtract(o.high),
                high == null || o.low == null ? null : high.subtract(o.low));
    }

    Bounds times(int k) {
        BigDecimal f = BigDecimal.valueOf(k);
        return new Bounds(low == null ? null : low.multiply(f), high == null ? null : high.multiply(f));
    }

    /**
     * The bounds of {@code this / base - 1} in percent, for non-negative levels; a base that may be
     * zero or less leaves the upper bound open.
     */
    Bounds growthPctOver(Bounds base) {
        BigDecimal lowRatio = low == null || low.signum() < 0
                ? BigDecimal.ZERO
                : base.high == null
                        ? BigDecimal.ZERO
                        : base.high.signum() <= 0 ? null : low.divide(base.high, Decimals.MC);
        BigDecimal highRatio =
                high == null || base.low == null || base.low.signum() <= 0 ? null : high.divide(base.low, Decimals.MC);
        return new Bounds(lowRatio == null ? null : pct(lowRatio), highRatio == null ? null : pct(highRatio));
    }

    private static BigDecimal pct(BigDecimal ratio) {
        return ratio.subtract(BigDecimal.ONE).multiply(Decimals.HUNDRED, Decimals.MC);
    }

    boolean meets(Bounds o) {
        boolean belowOther = high != null && o.low != null && high.compareTo(o.low) < 0;
        boolean aboveOther = low != null && o.high != null && low.compareTo(o.high) > 0;
        return !belowOther && !aboveOther;
    }

    /**
     * How far {@code value} (inside these bounds) may move towards {@code other} (inside its
     * bounds) before the two cannot be the same number: the tolerance applied to their difference.
     * Null when unbounded in that direction.
     */
    BigDecimal allowance(BigDecimal value, Bounds other, BigDecimal otherValue) {
        if (value.compareTo(otherValue) >= 0) {
            return low == null || other.high == null
                    ? null
                    : value.subtract(low).add(other.high.subtract(otherValue));
        }
        return high == null || other.low == null ? null : high.subtract(value).add(otherValue.subtract(other.low));
    }

    /** "38.65..38.75", "299.5 or more", "at most 30.05". */
    /** The range in the neutral form of a {@link Reason} argument ({@link Reason.Arg#BOUNDS}). */
    String neutral(int places) {
        return Reason.bounds(low, high, places);
    }

    String describe(int places) {
        if (low == null && high == null) {
            return "any value";
        }
        if (low == null) {
            return "at most " + Decimals.round(high, places);
        }
        if (high == null) {
            return Decimals.round(low, places) + " or more";
        }
        return Decimals.round(low, places) + ".." + Decimals.round(high, places);
    }
}
