package org.coopbrief.analysis;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;

/**
 * Levels that may be compared with one another: same reporter, partner, indicator, scope, item
 * (a part of the whole is never compared with the whole) and unit.
 */
record SeriesKey(String reporter, String partner, Indicator indicator, Scope scope, String item, Unit unit) {

    /** The whole, not a part of it. */
    static SeriesKey whole(String reporter, String partner, Indicator indicator, Scope scope, Unit unit) {
        return new SeriesKey(reporter, partner, indicator, scope, null, unit);
    }
}
