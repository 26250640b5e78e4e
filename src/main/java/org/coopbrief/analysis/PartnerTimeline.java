package org.coopbrief.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityTree;
import org.coopbrief.dataset.Event;

/**
 * A partner's events, counted once for every briefing that states them (the overall briefing's
 * partner entry and the partner's own timeline): every event up to the as-of date, whatever its
 * year, that involves the partner or anything inside it (its regions, cities, companies), in
 * date order. The overall briefing's events section counts something else, the window of
 * {@link EventWindow} (from the start of the focus period, with the reporter), and says so.
 *
 * @param partner the partner's code
 * @param to      the last day counted (the as-of date)
 * @param events  the partner's events, in date order
 */
public record PartnerTimeline(String partner, LocalDate to, List<Event> events) {

    public PartnerTimeline {
        events = List.copyOf(events);
    }

    public static PartnerTimeline of(String partner, LocalDate asOf, List<Entity> entities, List<Event> events) {
        Set<String> inside = EntityTree.of(entities).within(partner);
        return new PartnerTimeline(
                partner,
                asOf,
                events.stream()
                        .filter(e -> e.parties().stream().anyMatch(inside::contains))
                        .filter(e -> !e.date().date().isAfter(asOf))
                        .sorted(Comparator.comparing(Event::date))
                        .toList());
    }

    /** How many events the partner's briefings state. */
    public int count() {
        return events.size();
    }
}
