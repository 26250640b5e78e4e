package org.coopbrief.analysis;

/**
 * What a partner's share is of: the reporter's trade with the world, where the data has that
 * total (countries only), else the total over the partners of the same kind and parent the data
 * covers.
 */
public enum ShareBasis {
    /** The reporter's trade with the world; only ever the basis of a country among countries. */
    WORLD_TOTAL,
    /** The sum over the partners covered (see {@link Standing#partnersCovered()} and {@link Standing#peers()}). */
    PEERS_TOTAL;

    /**
     * The basis in words, as stored with the results and shown in the workbook: "world total", or
     * "total over 3 partners covered (regions of RU)".
     */
    public String label(int partnersCovered, Peers peers) {
        return this == WORLD_TOTAL
                ? "world total"
                : "total over " + partnersCovered + " partners covered (" + peers.label() + ")";
    }
}
