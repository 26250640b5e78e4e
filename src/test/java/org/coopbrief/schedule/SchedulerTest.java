package org.coopbrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final ScheduleProperties.Schedule EVERY_SECOND = new ScheduleProperties.Schedule("*/1 * * * * *", "run",
            List.of("--period", "latest"));

    @Test
    void firesAtTheCronTimesAndSkipsAFireWhileTheRunIsStillGoing() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        AtomicInteger fired = new AtomicInteger();
        Scheduler scheduler = new Scheduler(Map.of("briefing", EVERY_SECOND), (name, s) -> {
            fired.incrementAndGet();
            try {
                Thread.sleep(2_300); // longer than the interval: the next fires find it busy
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        }, Clock.systemDefaultZone(), log::add);
        long end = System.currentTimeMillis() + 5_500;

        scheduler.run(() -> System.currentTimeMillis() > end);

        assertThat(log.get(0)).startsWith("schedule 'briefing' (*/1 * * * * *): run --period latest; next fires ");
        assertThat(log).anyMatch(l -> l.startsWith("fired 'briefing' at "));
        assertThat(log).anyMatch(l -> l.startsWith("skipped 'briefing' due at ") && l.endsWith("the previous run ('briefing') is still going"));
        assertThat(log).anyMatch(l -> l.equals("'briefing' finished with exit code 0"));
        assertThat(fired.get()).as("at most one run at a time over 5.5 s of 2.3 s runs").isBetween(2, 3);
        assertThat(log.stream().filter(l -> l.startsWith("skipped")).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void listsTheNextFireTimesInOrder() {
        Scheduler scheduler = new Scheduler(Map.of("monthly", new ScheduleProperties.Schedule("0 0 6 2 * *", "run", List.of())),
                (n, s) -> 0, Clock.systemDefaultZone(), l -> { });
        List<LocalDateTime> next = scheduler.nextFires("monthly", 3);
        assertThat(next).hasSize(3).isSorted();
        assertThat(next).allSatisfy(t -> {
            assertThat(t.getDayOfMonth()).isEqualTo(2);
            assertThat(t.getHour()).isEqualTo(6);
        });
    }

    @Test
    void rejectsABadCronExpressionOrCommandNamingTheSchedule() {
        assertThatThrownBy(() -> new Scheduler(Map.of("nightly", new ScheduleProperties.Schedule("every night", "run", List.of())),
                (n, s) -> 0, Clock.systemDefaultZone(), l -> { }))
                .hasMessage("schedule 'nightly': 'every night' is not a cron expression (second minute hour day month weekday)");
        assertThatThrownBy(() -> new Scheduler(Map.of("nightly", new ScheduleProperties.Schedule("0 0 1 * * *", "restart", List.of())),
                (n, s) -> 0, Clock.systemDefaultZone(), l -> { }))
                .hasMessage("schedule 'nightly': command must be run or ingest, not 'restart'");
        assertThatThrownBy(() -> new Scheduler(Map.of(), (n, s) -> 0, Clock.systemDefaultZone(), l -> { }))
                .hasMessageContaining("no schedules configured");
    }
}
