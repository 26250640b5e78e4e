package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.Set;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;

/**
 * The four trade flows of one reporter, partner, scope and period in USD million, reported or
 * derived (turnover = exports + imports, balance = exports - imports), and the coverage ratio
 * exports / imports x 100. A flow neither reported nor derivable is null.
 *
 * @param derived     the flows computed from the others (not printed)
 * @param approximate the flows that are approximate (a qualified or converted input, or derived)
 * @param coveragePct exports / imports x 100; null when imports are missing or zero
 */
public record FlowRow(
        String reporter,
        String partner,
        Scope scope,
        Period period,
        BigDecimal turnover,
        BigDecimal exports,
        BigDecimal imports,
        BigDecimal balance,
        Set<Indicator> derived,
        Set<Indicator> approximate,
        BigDecimal coveragePct,
        boolean coverageApproximate) {

    public FlowRow {
        derived = Set.copyOf(derived);
        approximate = Set.copyOf(approximate);
    }

    public BigDecimal flow(Indicator indicator) {
        return switch (indicator) {
            case TURNOVER -> turnover;
            case EXPORTS -> exports;
            case IMPORTS -> imports;
            case BALANCE -> balance;
            default -> throw new IllegalArgumentException(indicator + " is not a trade flow");
        };
    }
}
