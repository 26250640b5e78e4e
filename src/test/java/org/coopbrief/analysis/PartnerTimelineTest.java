package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.EventType;
import org.coopbrief.dataset.PartialDate;
import org.junit.jupiter.api.Test;

/** A partner's events: its own and those of anything inside it, every year up to the as-of date. */
class PartnerTimelineTest {

    private static Event event(String id, String date, String... parties) {
        return new Event(
                id,
                new PartialDate(LocalDate.parse(date), PartialDate.Precision.DAY),
                EventType.AGREEMENT,
                List.of(parties),
                null,
                null,
                "title " + id,
                "заголовок " + id,
                null,
                List.of(),
                null,
                null);
    }

    private static final List<Event> EVENTS = List.of(
            event("REGION", "2021-03-01", "BY", "RU-TA"),
            event("OLD", "1995-05-05", "BY", "RU"),
            event("OWN", "2020-06-01", "BY-HM", "RU"),
            event("BLOC", "2020-07-01", "CIS", "RU"),
            event("AFTER", "2022-01-01", "BY", "RU"),
            event("OTHER", "2020-06-01", "BY", "KZ"));

    @Test
    void countsThePartnersAndItsRegionsEventsOfEveryYearUpToTheAsOfDateInDateOrder() {
        PartnerTimeline ru = PartnerTimeline.of("RU", LocalDate.of(2021, 12, 31), TestData.entities(), EVENTS);
        assertThat(ru.events()).extracting(Event::id).containsExactly("OLD", "OWN", "BLOC", "REGION");
        assertThat(ru.count()).isEqualTo(4);
    }

    @Test
    void aRegionCountsOnlyItsOwnEvents() {
        assertThat(PartnerTimeline.of("RU-TA", LocalDate.of(2021, 12, 31), TestData.entities(), EVENTS)
                        .events())
                .extracting(Event::id)
                .containsExactly("REGION");
    }

    @Test
    void theIndexOfManyPartnersGivesEachTheSameTimelineAndEventsOfOneDateKeepTheirOrder() {
        List<Event> events = new java.util.ArrayList<>(EVENTS);
        // same date as OWN, listed after it, and naming RU twice over (itself and a region)
        events.add(event("SAME-DAY", "2020-06-01", "RU-TA", "RU"));
        events.add(event("FIRST", "1990-01-01", "RU-TA"));
        PartnerTimelines index = new PartnerTimelines(LocalDate.of(2021, 12, 31), TestData.entities(), events);

        assertThat(index.of("RU").events())
                .extracting(Event::id)
                .containsExactly("FIRST", "OLD", "OWN", "SAME-DAY", "BLOC", "REGION");
        for (String partner : List.of("RU", "RU-TA", "KZ", "CIS", "BY", "UNKNOWN")) {
            assertThat(index.of(partner).events()).as(partner).containsExactlyElementsOf(scanned(partner, events));
        }
    }

    /** The rule spelled out as one scan of every event, to compare the index with. */
    private static List<Event> scanned(String partner, List<Event> events) {
        var inside = org.coopbrief.dataset.EntityTree.of(TestData.entities()).within(partner);
        return events.stream()
                .filter(e -> e.parties().stream().anyMatch(inside::contains))
                .filter(e -> !e.date().date().isAfter(LocalDate.of(2021, 12, 31)))
                .sorted(java.util.Comparator.comparing(Event::date))
                .toList();
    }
}
