package org.coopbrief.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityTree;
import org.coopbrief.dataset.Event;
import org.coopbrief.run.ReportSelection;

/**
 * The events a briefing reports: those from the start of the focus period to the as-of date that
 * involve the reporter (or anything inside it) and, when partners are selected, one of them (or
 * anything inside one). The count said is the count of all of them; the list shows every event of
 * the focus period and the latest ones after it, up to a limit, and says how many it shows.
 *
 * @param from   the first day of the window (the focus period's start)
 * @param to       the last day (the as-of date)
 * @param focusEnd the focus period's last day
 * @param events every event of the window, in date order
 */
public record EventWindow(LocalDate from, LocalDate to, LocalDate focusEnd, List<Event> events) {

    public EventWindow {
        events = List.copyOf(events);
    }

    public static EventWindow of(ReportSelection selection, List<Entity> entities, List<Event> events) {
        EntityTree tree = EntityTree.of(entities);
        Set<String> reporters = tree.within(selection.reporter());
        Set<String> partners = new HashSet<>();
        selection.partners().forEach(p -> partners.addAll(tree.within(p)));
        LocalDate from = selection.focus().start();
        LocalDate to = selection.asOf();
        List<Event> in = events.stream()
                .filter(e -> !e.date().date().isBefore(from) && !e.date().date().isAfter(to))
                .filter(e -> e.parties().stream().anyMatch(reporters::contains))
                .filter(e -> partners.isEmpty() || e.parties().stream().anyMatch(partners::contains))
                .sorted(Comparator.comparing(Event::date))
                .toList();
        return new EventWindow(from, to, selection.focus().end(), in);
    }

    /** How many events the window holds: the count a summary states. */
    public int count() {
        return events.size();
    }

    /**
     * The events a list shows: every event of the focus period, then the latest after it while
     * fewer than {@code limit} are listed, in date order.
     */
    public List<Event> shown(int limit) {
        List<Event> focus =
                events.stream().filter(e -> !e.date().date().isAfter(focusEnd)).toList();
        List<Event> after =
                events.stream().filter(e -> e.date().date().isAfter(focusEnd)).toList();
        int room = Math.max(0, limit - focus.size());
        List<Event> latestAfter = after.subList(Math.max(0, after.size() - room), after.size());
        return Stream.concat(focus.stream(), latestAfter.stream()).toList();
    }

    /** The latest event of the window, if any. */
    public Optional<Event> latest() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }
}
