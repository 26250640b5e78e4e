package org.coopbrief.dataset;

import java.math.BigDecimal;

/** A growth rate printed in the text, normalised to a percent change against its base period. */
public record StatedGrowth(BigDecimal percent, String text, GrowthKind kind, Period base) {}
