package org.coopbrief.analysis;

import java.util.List;

import org.coopbrief.dataset.EntityKind;

/**
 * The group a partner is ranked in: its peers (kind and parent), how many of them the data covers,
 * whether the share is of the world total, and the peers the ranking leaves out that are larger
 * than its smallest member (largest first). Without a world total no share is printed and the
 * ranking is only of "the partners with a figure for the period".
 */
public record PeerGroup(Peers peers, int covered, boolean worldTotal, List<LeftOut> leftOut) {

    public PeerGroup {
        leftOut = List.copyOf(leftOut);
    }

    PeerGroup(Peers peers, int covered, boolean worldTotal) {
        this(peers, covered, worldTotal, List.of());
    }

    static PeerGroup of(Standing s) {
        return new PeerGroup(s.peers(), s.partnersCovered(), s.ofWorldTotal());
    }

    PeerGroup withLeftOut(List<LeftOut> left) {
        return new PeerGroup(peers, covered, worldTotal, left);
    }

    public EntityKind kind() {
        return peers.kind();
    }

    /** The parent's code; null for countries. */
    public String parent() {
        return peers.parent();
    }
}
