package org.coopbrief.analysis;

import java.util.Locale;

/** What a data-quality finding compares. */
public enum FindingKind {
    /** A stated growth rate against the growth computed from the two printed levels. */
    STATED_GROWTH,
    /** Turnover against exports + imports (or against what the other printed flows imply). */
    FLOW_SUM,
    /** Balance against exports - imports. */
    FLOW_BALANCE,
    /** Two printed versions of one number (a conflict group of figures.csv). */
    CONFLICT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FindingKind parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
