package org.coopbrief.analysis;

import java.time.LocalDate;
import java.util.List;

import org.coopbrief.dataset.Entity;
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

    /** One partner's timeline; for many partners, {@link PartnerTimelines} indexes the events once. */
    public static PartnerTimeline of(String partner, LocalDate asOf, List<Entity> entities, List<Event> events) {
        return new PartnerTimelines(asOf, entities, events).of(partner);
    }

    /** How many events the partner's briefings state. */
    public int count() {
        return events.size();
    }
}
