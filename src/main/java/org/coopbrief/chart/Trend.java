package org.coopbrief.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for what a yearly series says, and so for its chart's title: a growth streak of
 * three years or more, else (two values) the rise or fall, else the latest year as the peak, else
 * the latest against the peak (recovered when it rose from a lower point after the peak).
 *
 * @param kind      which message
 * @param year      the latest year
 * @param latest    its value
 * @param reference the year the message compares with (the first, the start of the streak, the peak)
 * @param from      the value there
 * @param streak    the years in a row of the streak (0 otherwise)
 * @param percent   latest as a whole percentage of the reference value (null when that is not positive)
 */
public record Trend(
        Kind kind,
        int year,
        ChartValue latest,
        int reference,
        ChartValue from,
        int streak,
        @Nullable BigDecimal percent) {

    public enum Kind {
        SINGLE,
        ROSE,
        FELL,
        GREW_IN_A_ROW,
        FELL_IN_A_ROW,
        PEAK,
        RECOVERED,
        BELOW_PEAK
    }

    /** A streak is a message from this many changes in a row. */
    static final int STREAK = 3;

    /** The trend of the values by year (at least one). */
    public static Trend of(SortedMap<Integer, ChartValue> values) {
        List<Map.Entry<Integer, ChartValue>> v = new ArrayList<>(values.entrySet());
        if (v.isEmpty()) {
            throw new IllegalArgumentException("a trend needs at least one value");
        }
        Map.Entry<Integer, ChartValue> last = v.get(v.size() - 1);
        if (v.size() == 1) {
            return of(Kind.SINGLE, last, last, 0);
        }
        int up = streak(v, 1);
        int down = streak(v, -1);
        if (up >= STREAK) {
            return of(Kind.GREW_IN_A_ROW, last, v.get(v.size() - 1 - up), up);
        }
        if (down >= STREAK) {
            return of(Kind.FELL_IN_A_ROW, last, v.get(v.size() - 1 - down), down);
        }
        Map.Entry<Integer, ChartValue> first = v.get(0);
        if (v.size() == 2) {
            return of(amount(last).compareTo(amount(first)) >= 0 ? Kind.ROSE : Kind.FELL, last, first, 0);
        }
        int peak = 0;
        for (int i = 1; i < v.size(); i++) {
            if (amount(v.get(i)).compareTo(amount(v.get(peak))) >= 0) {
                peak = i;
            }
        }
        if (peak == v.size() - 1) {
            return of(Kind.PEAK, last, first, 0);
        }
        boolean lowerSincePeak = v.subList(peak + 1, v.size() - 1).stream()
                .anyMatch(e -> amount(e).compareTo(amount(last)) < 0);
        return of(lowerSincePeak ? Kind.RECOVERED : Kind.BELOW_PEAK, last, v.get(peak), 0);
    }

    /** Changes in the same direction in a row, over consecutive years, ending at the latest. */
    private static int streak(List<Map.Entry<Integer, ChartValue>> v, int direction) {
        int n = 0;
        for (int i = v.size() - 1; i > 0; i--) {
            boolean consecutive = v.get(i).getKey() == v.get(i - 1).getKey() + 1;
            if (!consecutive || amount(v.get(i)).compareTo(amount(v.get(i - 1))) != direction) {
                break;
            }
            n++;
        }
        return n;
    }

    private static Trend of(Kind kind, Map.Entry<Integer, ChartValue> last, Map.Entry<Integer, ChartValue> ref, int n) {
        BigDecimal base = amount(ref);
        BigDecimal percent = base.signum() > 0
                ? amount(last).multiply(BigDecimal.valueOf(100)).divide(base, 0, RoundingMode.HALF_UP)
                : null;
        return new Trend(kind, last.getKey(), last.getValue(), ref.getKey(), ref.getValue(), n, percent);
    }

    private static BigDecimal amount(Map.Entry<Integer, ChartValue> e) {
        return e.getValue().amount();
    }

    /** True when the message rests on an approximate value. */
    public boolean approximate() {
        return latest.approximate() || (kind != Kind.SINGLE && from.approximate());
    }
}
