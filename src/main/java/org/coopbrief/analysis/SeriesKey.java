package org.coopbrief.analysis;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;

/** Levels that may be compared with one another: same reporter, partner, indicator, scope and unit. */
record SeriesKey(String reporter, String partner, Indicator indicator, Scope scope, Unit unit) {
}
