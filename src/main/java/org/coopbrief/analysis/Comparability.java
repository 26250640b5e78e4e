package org.coopbrief.analysis;

import java.util.Locale;

/** How a target's actual measures what the target measures. */
public enum Comparability {
    /** The same indicator, scope, item and unit: the comparison is exact in kind. */
    SAME,
    /**
     * A goods target (the scope by convention when the text names none) against the goods-and-services
     * actual, the only one the data has: shown, marked approximate, with the actual's scope stated.
     */
    APPROXIMATE_SCOPE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Comparability parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
