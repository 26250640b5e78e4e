package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Arithmetic conventions of the analysis: money in BigDecimal computed with DECIMAL64, then
 * stored at a fixed scale so a result read back from the tables equals the one computed.
 * Roots (CAGR, required growth) go through double: 15 significant digits are plenty for a percent.
 */
final class Decimals {

    static final MathContext MC = MathContext.DECIMAL64;
    static final int AMOUNT_SCALE = 6;
    static final int PCT_SCALE = 4;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {}

    static BigDecimal amount(BigDecimal x) {
        return x == null ? null : x.setScale(AMOUNT_SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal pct(BigDecimal x) {
        return x == null ? null : x.setScale(PCT_SCALE, RoundingMode.HALF_UP);
    }

    /** (a / b - 1) x 100, or null when b is missing or not positive ("n/a", never 0 or infinity). */
    static BigDecimal pctChange(BigDecimal a, BigDecimal b) {
        if (a == null || b == null || b.signum() <= 0) {
            return null;
        }
        return pct(a.divide(b, MC).subtract(BigDecimal.ONE).multiply(HUNDRED, MC));
    }

    /** (end / start)^(1/years) - 1 in percent; null unless both are positive and years > 0. */
    static BigDecimal annualGrowthPct(BigDecimal start, BigDecimal end, int years) {
        if (start == null || end == null || start.signum() <= 0 || end.signum() <= 0 || years <= 0) {
            return null;
        }
        double ratio = end.divide(start, MC).doubleValue();
        return pct(BigDecimal.valueOf((Math.pow(ratio, 1.0 / years) - 1) * 100));
    }

    /** {@code x} to {@code digits} significant digits (84,991 to three is 85,000). */
    static BigDecimal significant(BigDecimal x, int digits) {
        return x.round(new MathContext(digits, RoundingMode.HALF_UP));
    }

    /** The number as printed: no trailing zeros, no exponent. */
    static String plain(BigDecimal x) {
        if (x == null) {
            return "n/a";
        }
        BigDecimal s = x.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** Rounded for a sentence: {@code places} decimals, trailing zeros dropped. */
    static String round(BigDecimal x, int places) {
        return x == null ? "n/a" : plain(x.setScale(places, RoundingMode.HALF_UP));
    }
}
