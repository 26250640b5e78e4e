package org.coopbrief.dataset;

import java.math.BigDecimal;
import java.util.List;

/**
 * A stated target: either an absolute value in a unit, or a multiple of the indicator's level in a
 * baseline period. Deadline null means no deadline.
 */
public record Target(String id, String reporter, String partner, Indicator indicator, Scope scope, BigDecimal value,
        Unit unit, BigDecimal baselineMultiple, Period baselinePeriod, Deadline deadline, PartialDate setOn,
        Qualifier qualifier, String source, List<SeedPlace> seed, String text, String note) {
}
