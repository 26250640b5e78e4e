package org.coopbrief.analysis;

import java.math.BigDecimal;

/**
 * A partner's place among the reporter's partners for one indicator, scope and period.
 *
 * @param sharePct        the partner's share in percent, of {@code shareBasis}
 * @param shareBasis      what the share is of: the world total or the total over the partners covered
 * @param total           the total the share is of, in USD million
 * @param partnersCovered how many partners of the same kind the data covers for that period
 * @param peers           the kind and parent of the partners compared ({@link Peers#COUNTRIES} for a world total)
 * @param rank            rank by turnover among them (1 = largest); null for exports and imports
 * @param previousRank    rank in the previous comparable period, when ranked then
 * @param rankChange      previousRank - rank: positive when the partner moved up
 * @param approximate     true when any level summed is approximate, derived or implied
 */
public record Standing(
        BigDecimal sharePct,
        ShareBasis shareBasis,
        BigDecimal total,
        int partnersCovered,
        Peers peers,
        Integer rank,
        Integer previousRank,
        Integer rankChange,
        boolean approximate) {

    /** The share's basis in words: "world total", "total over 3 partners covered (countries)". */
    public String shareBasisLabel() {
        return shareBasis.label(partnersCovered, peers);
    }

    /** What the share is of, for the exports to word: the world total, or the total over the peers covered. */
    public Reason shareBasisReason() {
        return shareBasis == ShareBasis.WORLD_TOTAL
                ? Reason.of(Reason.Code.SHARE_OF_WORLD)
                : Reason.of(
                        Reason.Code.SHARE_OF_PEERS,
                        "" + partnersCovered,
                        peers.kind().code() + (peers.parent() == null ? "" : ":" + peers.parent()));
    }

    /**
     * The share a reader may be shown: only one of the reporter's trade with the world. A share of
     * the peers the data happens to cover (three countries with a 2020 figure) reads as a share of
     * all trade and misleads; it stays in the results, labelled, but is never printed as a share.
     */
    public BigDecimal printableShare() {
        return ofWorldTotal() ? sharePct : null;
    }

    /** True when the share is of the reporter's trade with the world, not of the peers' total. */
    public boolean ofWorldTotal() {
        return shareBasis == ShareBasis.WORLD_TOTAL;
    }
}
