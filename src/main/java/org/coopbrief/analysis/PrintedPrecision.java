package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopbrief.dataset.GrowthKind;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.StatedGrowth;

/**
 * How precise a printed number is, as the tolerance of the reconciliation: half a unit of the
 * last printed digit ("38.7" is 38.65..38.75). An approximate number is taken as rounded at its
 * last non-zero digit ("about 40" is 35..45), since "about forty" is not a count to the unit.
 * A value read back from the tables has lost trailing decimal zeros ("38.70" reads as 38.7);
 * the books print no such zeros that matter.
 */
final class PrintedPrecision {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)");
    private static final Pattern APPROXIMATE_WORDS = Pattern.compile(
            "\\b(about|almost|nearly|approximately|around|some|over|more than|exceed\\w*|just over|at least|up to|less than)\\b");

    private PrintedPrecision() {
    }

    /** Half a unit of the last printed digit of {@code printed} (of its last non-zero digit when approximate). */
    static BigDecimal halfUnit(BigDecimal printed, Qualifier qualifier) {
        BigDecimal stripped = printed.stripTrailingZeros();
        int scale = stripped.signum() == 0 ? 0 : stripped.scale();
        if (!qualifier.isApproximate()) {
            scale = Math.max(scale, 0);
        }
        return HALF.scaleByPowerOfTen(-scale);
    }

    /** How a tolerance was chosen, in words, for a finding. */
    static String describe(BigDecimal printed, Qualifier qualifier) {
        return "±" + Decimals.plain(halfUnit(printed, qualifier)) + " on " + Decimals.plain(printed)
                + (qualifier.isApproximate() ? " (" + qualifier.code().replace('_', ' ') + ": rounded at its last non-zero digit)" : "");
    }

    /**
     * The tolerance of a stated growth in percentage points, from the number in its printed words:
     * "by 31%" ±0.5; "1.5 times" ±0.05 times = ±5; "declined 2.1 times" ±0.05 / 2.1² x 100.
     * Words without a number ("by half", "doubled") are taken to the unit of the normalised percent.
     */
    static BigDecimal growthTolerance(StatedGrowth g) {
        String text = g.text() == null ? "" : g.text().toLowerCase(Locale.ROOT);
        Qualifier q = APPROXIMATE_WORDS.matcher(text).find() ? Qualifier.ABOUT : Qualifier.EXACT;
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return halfUnit(g.percent(), q);
        }
        BigDecimal printed = new BigDecimal(m.group(1).replace(',', '.'));
        BigDecimal half = halfUnit(printed, q);
        if (g.kind() != GrowthKind.TIMES) {
            return half;
        }
        if (g.percent().signum() >= 0 || printed.compareTo(BigDecimal.ONE) <= 0) {
            return half.multiply(Decimals.HUNDRED);
        }
        // a decline by m times is (1/m - 1) x 100; its sensitivity to m is 100 / m²
        return half.multiply(Decimals.HUNDRED).divide(printed.multiply(printed), Decimals.MC);
    }
}
