package org.coopbrief.analysis;

import java.math.BigDecimal;

import org.coopbrief.dataset.Period;

/**
 * A level against the same period one year earlier (a partial year only against the same
 * months of the previous year).
 *
 * @param absolute    v(t) - v(t-1), in the level's unit
 * @param percent     (v(t) / v(t-1) - 1) x 100; null ("n/a") unless v(t-1) > 0, and for PERCENT units
 * @param approximate true when either level is approximate, derived or implied
 */
public record Change(
        Period previousPeriod,
        BigDecimal previousAmount,
        Origin previousOrigin,
        boolean previousApproximate,
        BigDecimal absolute,
        BigDecimal percent,
        boolean approximate) {}
