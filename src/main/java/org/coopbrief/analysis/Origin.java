package org.coopbrief.analysis;

import java.util.Locale;

/** Where a level comes from. Only a reported level is printed in the books; the others are computed. */
public enum Origin {
    /** A number printed in the books (one row of figures.csv). */
    REPORTED,
    /** A trade flow derived from two others of the same reporter, partner, scope and period. */
    DERIVED,
    /** A previous level implied by a printed level and its stated growth: v / (1 + g/100). */
    IMPLIED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Origin parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
