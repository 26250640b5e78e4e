package org.coopbrief.analysis;

import java.math.BigDecimal;

/**
 * A partner's turnover in the focus period, ranked among its peers.
 *
 * @param row   the comparison row (whole figure, turnover in USD million, with a rank)
 * @param group the peer group it is ranked in
 */
public record RankedRow(ComparisonRow row, PeerGroup group) {

    public String partner() {
        return row.partner();
    }

    /** The turnover, in USD million. */
    public BigDecimal turnover() {
        return row.value().amount();
    }

    public int rank() {
        return row.standing().rank();
    }
}
