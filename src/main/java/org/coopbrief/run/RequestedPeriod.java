package org.coopbrief.run;

import org.coopbrief.dataset.Period;
import org.jspecify.annotations.Nullable;

/**
 * The focus period as a user or a schedule asks for it: {@code latest}, {@code previous-year}
 * (both resolved from the data by {@link SelectionRule}) or a period code.
 *
 * @param period the period asked for; null for latest and previous-year
 */
public record RequestedPeriod(Relative relative, @Nullable Period period) {

    public enum Relative {
        LATEST,
        PREVIOUS_YEAR,
        NONE
    }

    public static final RequestedPeriod LATEST = new RequestedPeriod(Relative.LATEST, null);

    /** Parses "latest", "previous-year" or a period code; the message names the option. */
    public static RequestedPeriod parse(String text) {
        String t = text.strip();
        if (t.equals("latest")) {
            return LATEST;
        }
        if (t.equals("previous-year")) {
            return new RequestedPeriod(Relative.PREVIOUS_YEAR, null);
        }
        try {
            return new RequestedPeriod(Relative.NONE, Period.parse(t));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--period: " + e.getMessage() + ", latest or previous-year");
        }
    }

    /** As the user wrote it: "latest", "previous-year", "2020". */
    @Override
    public String toString() {
        return switch (relative) {
            case LATEST -> "latest";
            case PREVIOUS_YEAR -> "previous-year";
            case NONE -> period.code();
        };
    }
}
