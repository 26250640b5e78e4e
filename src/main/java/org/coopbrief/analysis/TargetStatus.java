package org.coopbrief.analysis;

import java.util.Locale;

/** A target's status at the as-of date, as defined in domain.md ("Targets versus actuals"). */
public enum TargetStatus {
    /** An actual at or before the deadline reached the target. */
    ACHIEVED,
    /** The deadline has passed and no actual up to it reached the target. */
    MISSED,
    /** Deadline ahead; growth since the target was set is at least the growth still required. */
    ON_TRACK,
    /** Deadline ahead; growth since the target was set is below the growth still required, or unknown. */
    AT_RISK,
    /** No comparable actual (same indicator, scope and unit, a full year, at or before the as-of date). */
    NO_DATA,
    /** No deadline. */
    OPEN;

    /** "ON TRACK", as printed in tables. */
    public String label() {
        return name().replace('_', ' ');
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TargetStatus parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
