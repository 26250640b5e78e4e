package org.coopbrief.analysis;

import org.coopbrief.dataset.EntityKind;

/**
 * The group a partner is ranked in: its peers (kind and parent), how many of them the data covers,
 * and whether the share is of the world total rather than of the peers' total.
 */
public record PeerGroup(Peers peers, int covered, boolean worldTotal) {

    static PeerGroup of(Standing s) {
        return new PeerGroup(s.peers(), s.partnersCovered(), s.ofWorldTotal());
    }

    public EntityKind kind() {
        return peers.kind();
    }

    /** The parent's code; null for countries. */
    public String parent() {
        return peers.parent();
    }
}
