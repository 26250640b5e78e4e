package org.coopbrief.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityTree;
import org.coopbrief.dataset.Event;

/**
 * Every partner's {@link PartnerTimeline} from one index of the events by party: the briefings
 * ask for a timeline per partner (its briefing, its entry in the overall briefing), and a scan of
 * every event per question made them grow with partners times events. Thread-safe: the partner
 * briefings are written in parallel.
 */
public final class PartnerTimelines {

    private final LocalDate asOf;
    private final EntityTree tree;
    private final List<Event> events;
    /** The positions in {@link #events} of each party's events (up to the as-of date). */
    private final Map<String, List<Integer>> byParty = new HashMap<>();

    private final Map<String, PartnerTimeline> asked = new ConcurrentHashMap<>();

    public PartnerTimelines(LocalDate asOf, List<Entity> entities, List<Event> events) {
        this.asOf = asOf;
        this.tree = EntityTree.of(entities);
        this.events = List.copyOf(events);
        for (int i = 0; i < this.events.size(); i++) {
            Event e = this.events.get(i);
            if (!e.date().date().isAfter(asOf)) {
                for (String party : e.parties()) {
                    List<Integer> at = byParty.computeIfAbsent(party, k -> new ArrayList<>());
                    if (at.isEmpty() || at.get(at.size() - 1) != i) {
                        at.add(i);
                    }
                }
            }
        }
    }

    /** The partner's events: those involving it or anything inside it, up to the as-of date, in date order. */
    public PartnerTimeline of(String partner) {
        return asked.computeIfAbsent(partner, this::timeline);
    }

    private PartnerTimeline timeline(String partner) {
        // positions in the events' own order, so that events of the same date keep it (a stable sort)
        TreeSet<Integer> positions = new TreeSet<>();
        for (String code : tree.within(partner)) {
            positions.addAll(byParty.getOrDefault(code, List.of()));
        }
        List<Event> found = new ArrayList<>(positions.size());
        positions.forEach(i -> found.add(events.get(i)));
        found.sort(Comparator.comparing(Event::date));
        return new PartnerTimeline(partner, asOf, found);
    }
}
