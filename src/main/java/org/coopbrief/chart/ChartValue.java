package org.coopbrief.chart;

import java.math.BigDecimal;

/** One value to draw, and whether it is approximate (then its label carries a "~"). */
public record ChartValue(BigDecimal amount, boolean approximate) {

    public static ChartValue of(BigDecimal amount, boolean approximate) {
        return amount == null ? null : new ChartValue(amount, approximate);
    }
}
