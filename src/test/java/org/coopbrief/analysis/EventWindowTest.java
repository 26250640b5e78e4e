package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.EventType;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.run.ReportSelection;
import org.junit.jupiter.api.Test;

/** The events a briefing reports: the window's true count, the focus period's events listed, the partners selected. */
class EventWindowTest {

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

    private static final ReportSelection ALL =
            new ReportSelection(LocalDate.of(2021, 12, 31), Period.year(2020), "BY", List.of());

    /** 30 events in 2020, 30 in 2021, one before the window, one without the reporter. */
    private static List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            events.add(event("A" + i, String.format("2020-%02d-%02d", 1 + i % 12, 1 + i % 28), "BY", "KZ"));
            events.add(event("B" + i, String.format("2021-%02d-%02d", 1 + i % 12, 1 + i % 28), "BY-HM", "UZ"));
        }
        events.add(event("OLD", "2019-12-31", "BY", "KZ"));
        events.add(event("OTHER", "2020-05-05", "RU", "KZ"));
        return events;
    }

    @Test
    void theCountIsEveryEventOfTheWindowInvolvingTheReporter() {
        EventWindow window = EventWindow.of(ALL, TestData.entities(), events());
        assertThat(window.count()).isEqualTo(60);
        assertThat(window.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(window.to()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void theListShowsEveryEventOfTheFocusPeriodThenTheLatestAfterIt() {
        List<Event> shown = EventWindow.of(ALL, TestData.entities(), events()).shown(40);
        assertThat(shown).hasSize(40);
        assertThat(shown.stream().filter(e -> e.id().startsWith("A"))).hasSize(30);
        // the ten after the focus period are the latest ten of 2021
        List<LocalDate> after = shown.stream()
                .filter(e -> e.id().startsWith("B"))
                .map(e -> e.date().date())
                .toList();
        LocalDate earliestShown = after.stream().min(LocalDate::compareTo).orElseThrow();
        assertThat(events().stream()
                        .filter(e -> e.id().startsWith("B") && e.date().date().isAfter(earliestShown))
                        .count())
                .isEqualTo(9);
        assertThat(EventWindow.of(ALL, TestData.entities(), events()).shown(10))
                .as("the focus period's events are never cut")
                .hasSize(30);
    }

    @Test
    void selectedPartnersFilterTheEvents() {
        ReportSelection uz = new ReportSelection(LocalDate.of(2021, 12, 31), Period.year(2020), "BY", List.of("UZ"));
        EventWindow window = EventWindow.of(uz, TestData.entities(), events());
        assertThat(window.count()).isEqualTo(30);
        assertThat(window.events()).allSatisfy(e -> assertThat(e.parties()).contains("UZ"));
    }
}
