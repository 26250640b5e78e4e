package org.coopbrief.export.excel;

import java.math.BigDecimal;

import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.Texts;

/**
 * How a number in a unit goes into a cell, the same on every sheet (Summary included): counts
 * without decimals, money and physical quantities with one or two decimals and thousands
 * separators, percentages as percent (stored as the fraction Excel's percent format expects).
 */
final class Measure {

    private Measure() {}

    /** The format of a value in {@code unit}; money's when the unit is unknown. */
    static Styles.Kind kind(Unit unit) {
        if (unit == null) {
            return Styles.Kind.AMOUNT;
        }
        if (unit == Unit.PERCENT) {
            return Styles.Kind.PERCENT;
        }
        return unit.isCount() ? Styles.Kind.INTEGER : Styles.Kind.AMOUNT;
    }

    /** The number a cell stores for {@code value} in {@code unit}: 12.5 % as 0.125, anything else as it is. */
    static double stored(BigDecimal value, Unit unit) {
        return unit == Unit.PERCENT ? DataSheet.fraction(value) : value.doubleValue();
    }

    /** The value in USD million when the unit is USD million (the analysis's unit for money), else null. */
    static BigDecimal usdMillion(BigDecimal value, Unit unit) {
        return unit == Unit.USD_M ? value : null;
    }

    /** The unit in words ("USD million", "tonnes", "percent"), or null without a unit. */
    static String meaning(Texts texts, Unit unit) {
        return unit == null ? null : texts.text(MEANING + unit.name());
    }

    /** {@link #meaning(Texts, Unit)}, worded once per sheet. */
    static String meaning(DataSheet out, Unit unit) {
        return unit == null ? null : out.word(MEANING + unit.name());
    }

    private static final String MEANING = "xlsx.unitMeaning.";

    /** The unit of a code as stored with a figure ("USD_B"), or null when empty or unknown. */
    static Unit parse(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Unit.parse(code);
        } catch (IllegalArgumentException e) {
            return null; // the load validated it
        }
    }
}
