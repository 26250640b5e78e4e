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
}
