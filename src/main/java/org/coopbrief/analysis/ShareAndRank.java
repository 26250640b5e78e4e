package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;

/**
 * Shares and ranks of partners. A partner is compared only with partners of the same kind and
 * parent (countries with countries, Russia's regions with Russia's regions), so no number is
 * counted twice; blocs, the world and the reporter itself are never peers. The share is of the
 * world total where the data has one (for countries), otherwise of the total over the partners
 * covered, and says which. Ranks are by turnover, with the change from the previous comparable
 * period. Fewer than two peers and no world total: no share, no rank.
 */
final class ShareAndRank {

    private static final Set<Indicator> SHARED = EnumSet.of(Indicator.TURNOVER, Indicator.EXPORTS, Indicator.IMPORTS);

    record Slot(SeriesKey series, Period period) {
        static Slot of(Level l) {
            return new Slot(l.series(), l.period());
        }
    }

    private record Group(String reporter, Indicator indicator, Scope scope, Period period, Peers peers) {}

    private final Map<String, Entity> entities;

    ShareAndRank(Map<String, Entity> entities) {
        this.entities = entities;
    }

    Map<Slot, Standing> standings(Collection<Level> levels) {
        Map<Group, List<Level>> groups = new LinkedHashMap<>();
        Map<Group, Level> worldTotals = new HashMap<>();
        for (Level l : levels) {
            if (!SHARED.contains(l.indicator())
                    || l.unit() != Unit.USD_M
                    || l.item() != null
                    || !l.period().isDated()) {
                continue;
            }
            Entity partner = entities.get(l.partner());
            if (partner == null) {
                continue; // an unknown partner has no peers: alone in its group, it gets neither share nor rank
            }
            if (partner.kind() == EntityKind.WORLD) {
                worldTotals.put(new Group(l.reporter(), l.indicator(), l.scope(), l.period(), Peers.COUNTRIES), l);
            } else if (!l.partner().equals(l.reporter()) && partner.kind() != EntityKind.BLOC) {
                Group g = new Group(
                        l.reporter(),
                        l.indicator(),
                        l.scope(),
                        l.period(),
                        new Peers(partner.kind(), partner.parent()));
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(l);
            }
        }
        Map<Group, Map<String, Integer>> ranks = new HashMap<>();
        groups.forEach((g, members) -> {
            if (g.indicator() == Indicator.TURNOVER && members.size() >= 2) {
                ranks.put(g, rank(members));
            }
        });
        Map<Slot, Standing> standings = new HashMap<>();
        groups.forEach((g, members) -> {
            Level world = worldTotals.get(g);
            boolean useWorld = world != null && world.amount().signum() > 0;
            if (!useWorld && members.size() < 2) {
                return;
            }
            BigDecimal total = useWorld
                    ? world.amount()
                    : members.stream().map(Level::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean totalApproximate =
                    useWorld ? uncertain(world) : members.stream().anyMatch(ShareAndRank::uncertain);
            ShareBasis basis = useWorld ? ShareBasis.WORLD_TOTAL : ShareBasis.PEERS_TOTAL;
            Map<String, Integer> rankNow = ranks.get(g);
            Map<String, Integer> rankBefore = g.period()
                    .previousComparable()
                    .map(p -> ranks.get(new Group(g.reporter(), g.indicator(), g.scope(), p, g.peers())))
                    .orElse(null);
            for (Level l : members) {
                BigDecimal share = total.signum() <= 0
                        ? null
                        : Decimals.pct(l.amount().divide(total, Decimals.MC).multiply(Decimals.HUNDRED, Decimals.MC));
                Integer rank = rankNow == null ? null : rankNow.get(l.partner());
                Integer before = rankBefore == null ? null : rankBefore.get(l.partner());
                standings.put(
                        Slot.of(l),
                        new Standing(
                                share,
                                basis,
                                Decimals.amount(total),
                                members.size(),
                                g.peers(),
                                rank,
                                before,
                                rank == null || before == null ? null : before - rank,
                                totalApproximate || uncertain(l)));
            }
        });
        return standings;
    }

    /** Competition ranking, largest first: 1, 2, 2, 4. */
    private static Map<String, Integer> rank(List<Level> members) {
        List<Level> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(Level::amount).reversed());
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie =
                    i > 0 && sorted.get(i).amount().compareTo(sorted.get(i - 1).amount()) == 0;
            ranks.put(sorted.get(i).partner(), tie ? ranks.get(sorted.get(i - 1).partner()) : i + 1);
        }
        return ranks;
    }

    private static boolean uncertain(Level l) {
        return l.approximate();
    }
}
