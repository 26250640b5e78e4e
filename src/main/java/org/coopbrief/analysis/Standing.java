package org.coopbrief.analysis;

import java.math.BigDecimal;

/**
 * A partner's place among the reporter's partners for one indicator, scope and period.
 *
 * @param sharePct        the partner's share in percent, of {@code shareBasis}
 * @param shareBasis      what the share is of: "world total" or "total over N partners covered (country)"
 * @param total           the total the share is of, in USD million
 * @param partnersCovered how many partners of the same kind the data covers for that period
 * @param rank            rank by turnover among them (1 = largest); null for exports and imports
 * @param previousRank    rank in the previous comparable period, when ranked then
 * @param rankChange      previousRank - rank: positive when the partner moved up
 * @param approximate     true when any level summed is approximate, derived or implied
 */
public record Standing(BigDecimal sharePct, String shareBasis, BigDecimal total, int partnersCovered, Integer rank,
        Integer previousRank, Integer rankChange, boolean approximate) {
}
