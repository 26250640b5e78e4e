package org.coopbrief.analysis;

import java.math.BigDecimal;

import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;

/**
 * A peer the ranking leaves out (no figure for the ranked scope and period) whose latest turnover
 * with the reporter is larger than the smallest ranked one: the reader must see it beside the
 * ranking, or the ranking reads as the whole picture.
 *
 * @param latest the reporter's latest whole turnover row with the partner, in USD million
 */
public record LeftOut(ComparisonRow latest) {

    public String partner() {
        return latest.partner();
    }

    /** The turnover, in USD million. */
    public BigDecimal turnover() {
        return latest.amount();
    }

    public Period period() {
        return latest.period();
    }

    public Scope scope() {
        return latest.scope();
    }

    public boolean approximate() {
        return latest.levelApproximate();
    }
}
