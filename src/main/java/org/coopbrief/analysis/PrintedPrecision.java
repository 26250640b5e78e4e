package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopbrief.dataset.GrowthKind;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.StatedGrowth;

/**
 * How precise a printed number is: half a unit of its last printed digit ("38.7" is 38.65..38.75,
 * "300" is 299.5..300.5). A qualifier does not widen it: "more than", "almost" make a number a
 * bound ({@link Bounds}), "about" marks it approximate. A value read back from the tables has lost
 * trailing decimal zeros ("61.0" reads as 61); the books print hardly any such zeros.
 */
final class PrintedPrecision {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:[.,]\\d+)?)");
    private static final Pattern MORE = Pattern.compile("\\b(more than|over|exceed\\w*|at least|just over|above)\\b");
    private static final Pattern LESS = Pattern.compile("\\b(almost|nearly|up to|less than|under)\\b");

    private PrintedPrecision() {}

    /** Half a unit of the last printed digit of {@code printed}. */
    static BigDecimal halfUnit(BigDecimal printed) {
        BigDecimal stripped = printed.stripTrailingZeros();
        int scale = stripped.signum() == 0 ? 0 : Math.max(stripped.scale(), 0);
        return HALF.scaleByPowerOfTen(-scale);
    }

    /**
     * The tolerance of a stated growth in percentage points, from the number in its printed words:
     * "by 31%" ±0.5; "1.5 times" ±0.05 times = ±5; "declined 2.1 times" ±0.05 / 2.1² x 100.
     * Words without a number ("by half", "doubled") are taken to the unit of the normalised percent.
     */
    static BigDecimal growthTolerance(StatedGrowth g) {
        String text = g.text() == null ? "" : g.text().toLowerCase(Locale.ROOT);
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return halfUnit(g.percent());
        }
        BigDecimal printed = new BigDecimal(m.group(1).replace(',', '.'));
        BigDecimal half = halfUnit(printed);
        if (g.kind() != GrowthKind.TIMES) {
            return half;
        }
        if (g.percent().signum() >= 0 || printed.compareTo(BigDecimal.ONE) <= 0) {
            return half.multiply(Decimals.HUNDRED);
        }
        // a decline by m times is (1/m - 1) x 100; its sensitivity to m is 100 / m²
        return half.multiply(Decimals.HUNDRED).divide(printed.multiply(printed), Decimals.MC);
    }

    /** A computed level never carries fewer significant digits than this, whatever its inputs. */
    static final int MIN_SIGNIFICANT = 3;

    /** The significant digits of a printed number: "94000" and "6.7" have two, "10.6" three. */
    static int significantDigits(BigDecimal printed) {
        return printed.signum() == 0 ? 1 : printed.stripTrailingZeros().precision();
    }

    /**
     * The significant digits a level implied by {@code printed} and its stated growth may show: those
     * of the less precise of the two (the growth only when its words print a number: "by 10.6%";
     * "doubled" limits nothing), but at least {@link #MIN_SIGNIFICANT}, so that a change computed from
     * the rounded level stays within the rounding of its inputs. "94,000 t, 10.6% more" implies
     * ~85,000 t, not ~84,991 t.
     */
    static int impliedDigits(BigDecimal printed, StatedGrowth g) {
        int digits = significantDigits(printed);
        String text = g.text() == null ? "" : g.text().toLowerCase(Locale.ROOT);
        Matcher m = NUMBER.matcher(text);
        if (m.find()) {
            digits =
                    Math.min(digits, significantDigits(new BigDecimal(m.group(1).replace(',', '.'))));
        }
        return Math.max(digits, MIN_SIGNIFICANT);
    }

    /**
     * A value computed from printed inputs (a derived flow, a target set as a multiple of a baseline),
     * rounded to the precision those inputs allow: to the decimal place of its propagated tolerance
     * ({@code tolerance}, plus or minus: "1.2 x 289.9" is 347.88 ± 0.06, so 347.9), but never to fewer
     * than {@link #MIN_SIGNIFICANT} significant digits. Rounded once, in the analysis, so every table,
     * chart and run shows the same number. A zero tolerance (exact inputs) leaves the value as it is.
     */
    static BigDecimal toTolerance(BigDecimal value, BigDecimal tolerance) {
        if (value == null || tolerance == null || tolerance.signum() <= 0 || value.signum() == 0) {
            return value;
        }
        // the unit of the last digit the inputs allow: the power of ten at or below twice the tolerance
        BigDecimal width = tolerance.multiply(BigDecimal.valueOf(2));
        int exponent = width.precision() - width.scale() - 1; // floor(log10(width))
        int placeScale = -exponent;
        int digitsByPlace = value.precision() - value.scale() + placeScale; // significant digits kept at that place
        int digits = Math.max(digitsByPlace, MIN_SIGNIFICANT);
        return Decimals.significant(value, digits);
    }

    /**
     * Whether a stated growth's percent is printed as such ("by 31%", "grew by 34.3%") rather than read
     * from words ("more than doubled" is +100%, "1.5 times" +50%, an index of 142% +42%, "a third" +33.33%).
     * Only a printed percent may be labelled "as printed".
     */
    static boolean printedAsPercent(StatedGrowth g) {
        if (g == null || g.kind() != GrowthKind.PCT || g.text() == null) {
            return false;
        }
        Matcher m = NUMBER.matcher(g.text());
        while (m.find()) {
            if (new BigDecimal(m.group(1).replace(',', '.'))
                            .compareTo(g.percent().abs())
                    == 0) {
                return true;
            }
        }
        return false;
    }

    /** The qualifier the growth's words carry: "more than doubled" is at least +100%, "almost 65%" at most. */
    static Qualifier growthQualifier(StatedGrowth g) {
        String text = g.text() == null ? "" : g.text().toLowerCase(Locale.ROOT);
        if (MORE.matcher(text).find()) {
            return Qualifier.MORE_THAN;
        }
        return LESS.matcher(text).find() ? Qualifier.ALMOST : Qualifier.EXACT;
    }

    /** The percents a stated growth can stand for. */
    static Bounds growthBounds(StatedGrowth g) {
        return Bounds.around(g.percent(), growthTolerance(g), growthQualifier(g));
    }
}
