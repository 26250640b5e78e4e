package org.coopbrief.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.coopbrief.system.CoopbriefProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler without a Spring context: a clock standing a little before a cron time, so that
 * the fire comes within a fraction of a second, and a fake {@link Scheduler.Trigger} in place of
 * the commands.
 */
class SchedulerTest {

    private static final CoopbriefProperties.Schedule MONTHLY =
            new CoopbriefProperties.Schedule("0 0 6 2 * *", "run", List.of("--period", "latest"));
    private static final CoopbriefProperties.Schedule EVERY_SECOND =
            new CoopbriefProperties.Schedule("* * * * * *", "ingest", List.of());
    /** Whatever a test leaves waiting gives up after this: no test waits this long when it passes. */
    private static final long PATIENCE_SECONDS = 5;

    /** The scheduler's log lines; its threads add to it and {@link #awaitLog} waits on it. */
    private final List<String> log = new CopyOnWriteArrayList<>();

    private final List<Scheduler> started = new ArrayList<>();

    @AfterEach
    void stopWhatATestLeftRunning() throws InterruptedException {
        for (Scheduler s : started) {
            s.requestStop();
            s.stop();
        }
    }

    @Test
    void firesAtTheCronTimeOnTheSchedulersClockAndLogsTheNextFires() throws Exception {
        BlockingQueue<Long> firedAt = new LinkedBlockingQueue<>();
        List<Thread> runThreads = new CopyOnWriteArrayList<>();
        Scheduler scheduler = scheduler(
                Map.of("briefing", MONTHLY),
                (name, s) -> {
                    firedAt.add(System.nanoTime());
                    runThreads.add(Thread.currentThread());
                    return 4;
                },
                clockAt("2030-03-02T05:59:59.850Z"));
        long t0 = System.nanoTime();

        scheduler.start();

        Long fired = firedAt.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertThat(fired).as("the fire at 06:00 on the clock").isNotNull();
        assertThat(Duration.ofNanos(fired - t0))
                .as("06:00 came 150 ms after 05:59:59.850, and not before")
                .isGreaterThanOrEqualTo(Duration.ofMillis(150));
        awaitLog(l -> l.startsWith("next fire of "));
        awaitLog(l -> l.endsWith("finished with exit code 4"));
        scheduler.stop();

        assertThat(log).hasSize(4);
        assertThat(log.subList(0, 2))
                .containsExactly(
                        "schedule 'briefing' (0 0 6 2 * *): run --period latest; next fires 2030-03-02 06:00:00, 2030-04-02 06:00:00, 2030-05-02 06:00:00",
                        "fired 'briefing' at 2030-03-02 06:00:00: run --period latest");
        // the run's thread and the scheduler's write these two, in either order
        assertThat(log.subList(2, 4))
                .containsExactlyInAnyOrder(
                        "'briefing' finished with exit code 4", "next fire of 'briefing' at 2030-04-02 06:00:00");
        assertThat(firedAt)
                .as("no second fire before the next cron time, a month on")
                .isEmpty();
        assertThat(runThreads).singleElement().satisfies(t -> {
            assertThat(t.getName()).startsWith("coopbrief-run-");
            assertThat(t.isDaemon())
                    .as("a run is never cut off by the JVM exiting")
                    .isFalse();
        });
        assertNoSchedulerThreadLeft();
    }

    @Test
    void aFireWhileAnotherSchedulesRunIsGoingIsSkippedNotQueued() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> runs = new CopyOnWriteArrayList<>();
        Map<String, CoopbriefProperties.Schedule> two = new TreeMap<>(Map.of("briefing", MONTHLY, "reload", MONTHLY));
        Scheduler scheduler = scheduler(
                two,
                (name, s) -> {
                    runs.add(name);
                    await(release);
                    return 0;
                },
                clockAt("2030-03-02T05:59:59.850Z"));

        scheduler.start();
        String skipped = awaitLog(l -> l.startsWith("skipped "));
        release.countDown();
        awaitLog(l -> l.endsWith("finished with exit code 0"));
        // the skipped schedule plans its next fire on its own thread, after saying it skipped: wait for it
        awaitLog(l -> l.equals("next fire of 'reload' at 2030-04-02 06:00:00"));
        awaitLog(l -> l.equals("next fire of 'briefing' at 2030-04-02 06:00:00"));
        scheduler.stop();

        assertThat(runs)
                .as("one run at a time across schedules, and the skipped one is not run afterwards")
                .hasSize(1);
        String ran = runs.get(0);
        String other = ran.equals("briefing") ? "reload" : "briefing";
        assertThat(log).contains("fired '" + ran + "' at 2030-03-02 06:00:00: run --period latest");
        assertThat(skipped)
                .isEqualTo("skipped '" + other + "' due at 2030-03-02 06:00:00: the previous run ('" + ran
                        + "') is still going");
        assertThat(log)
                .contains(
                        "next fire of 'briefing' at 2030-04-02 06:00:00",
                        "next fire of 'reload' at 2030-04-02 06:00:00");
        assertNoSchedulerThreadLeft();
    }

    @Test
    void theNextFireOfTheSameScheduleIsSkippedWhileItsRunIsStillGoing() throws Exception {
        // a schedule cannot fire twice within less than a second: this one waits for the next second
        CountDownLatch release = new CountDownLatch(1);
        List<String> runs = new CopyOnWriteArrayList<>();
        Scheduler scheduler = scheduler(
                Map.of("reload", EVERY_SECOND),
                (name, s) -> {
                    runs.add(name);
                    await(release);
                    return 0;
                },
                clockAt("2030-03-02T05:59:59.900Z"));

        scheduler.start();
        String skipped = awaitLog(l -> l.startsWith("skipped "));
        release.countDown();
        awaitLog(l -> l.endsWith("finished with exit code 0"));
        scheduler.stop();

        assertThat(log)
                .startsWith(
                        "schedule 'reload' (* * * * * *): ingest; next fires 2030-03-02 06:00:00, 2030-03-02 06:00:01, 2030-03-02 06:00:02",
                        "fired 'reload' at 2030-03-02 06:00:00: ingest",
                        "next fire of 'reload' at 2030-03-02 06:00:01");
        assertThat(skipped)
                .isEqualTo("skipped 'reload' due at 2030-03-02 06:00:01: the previous run ('reload') is still going");
        assertThat(runs).as("the skipped fire is not run when the run ends").hasSize(1);
        assertNoSchedulerThreadLeft();
    }

    @Test
    void stopWaitsForTheCurrentRunToFinish() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Scheduler scheduler = scheduler(
                Map.of("briefing", MONTHLY),
                (name, s) -> {
                    running.countDown();
                    await(release);
                    return 0;
                },
                clockAt("2030-03-02T05:59:59.850Z"));
        Thread cli = new Thread(
                () -> {
                    try {
                        scheduler.run(null);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "test-cli");
        cli.start();
        assertThat(running.await(PATIENCE_SECONDS, TimeUnit.SECONDS))
                .as("the run started")
                .isTrue();

        scheduler.requestStop(); // what SIGTERM does
        awaitLog(l -> l.equals("waiting for the current run ('briefing') to end"));
        cli.join(200);
        assertThat(cli.isAlive())
                .as("run() has not returned while the run is going")
                .isTrue();
        assertThat(log).doesNotContain("'briefing' finished with exit code 0");

        release.countDown();
        cli.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        assertThat(cli.isAlive()).as("run() returned once the run finished").isFalse();
        assertThat(log).contains("'briefing' finished with exit code 0");
        assertThat(log.indexOf("'briefing' finished with exit code 0"))
                .isGreaterThan(log.indexOf("waiting for the current run ('briefing') to end"));
        assertNoSchedulerThreadLeft();
    }

    @Test
    void stopsAfterTheGivenTimeOnTheClockWithoutFiring() throws Exception {
        Scheduler scheduler = scheduler(
                Map.of("briefing", MONTHLY),
                (name, s) -> {
                    throw new AssertionError("no fire is due");
                },
                clockAt("2030-03-02T07:00:00Z"));
        long t0 = System.nanoTime();

        scheduler.run(Duration.ofMillis(300));

        assertThat(Duration.ofNanos(System.nanoTime() - t0))
                .isBetween(Duration.ofMillis(250), Duration.ofSeconds(PATIENCE_SECONDS));
        assertThat(log)
                .containsExactly(
                        "schedule 'briefing' (0 0 6 2 * *): run --period latest; next fires 2030-04-02 06:00:00, 2030-05-02 06:00:00, 2030-06-02 06:00:00",
                        "stopping after PT0.3S");
        assertNoSchedulerThreadLeft();
    }

    @Test
    void aRunThatThrowsIsLoggedAndTheSchedulerGoesOn() throws Exception {
        Scheduler scheduler = scheduler(
                Map.of("briefing", MONTHLY),
                (name, s) -> {
                    throw new IllegalStateException("disk full");
                },
                clockAt("2030-03-02T05:59:59.850Z"));

        scheduler.start();
        awaitLog(l -> l.contains("failed"));
        awaitLog(l -> l.startsWith("next fire of "));
        scheduler.stop();

        assertThat(log)
                .contains(
                        "'briefing' failed: java.lang.IllegalStateException: disk full",
                        "next fire of 'briefing' at 2030-04-02 06:00:00");
        assertNoSchedulerThreadLeft();
    }

    @Test
    void stopsWhenNoScheduleWillFireAgain() throws Exception {
        // the 30th of February never comes
        Scheduler scheduler = scheduler(
                Map.of("never", new CoopbriefProperties.Schedule("0 0 6 30 2 *", "run", List.of())),
                (name, s) -> 0,
                clockAt("2030-03-02T07:00:00Z"));

        scheduler.run(null);

        assertThat(log)
                .containsExactly(
                        "schedule 'never' (0 0 6 30 2 *): run; it will never fire",
                        "no schedule will fire again; stopping");
        assertNoSchedulerThreadLeft();
    }

    @Test
    void listsTheNextFireTimesFromTheClockInItsZone() {
        Scheduler scheduler = new Scheduler(Map.of("monthly", MONTHLY), (n, s) -> 0, l -> {});
        scheduler.setClock(Clock.fixed(Instant.parse("2030-01-15T12:00:00Z"), ZoneOffset.UTC));
        assertThat(scheduler.nextFires("monthly", 3))
                .containsExactly(
                        LocalDateTime.parse("2030-02-02T06:00:00"),
                        LocalDateTime.parse("2030-03-02T06:00:00"),
                        LocalDateTime.parse("2030-04-02T06:00:00"));

        // 06:00 in Minsk (UTC+3) is 03:00 UTC: the cron fields are read in the clock's zone
        scheduler.setClock(Clock.fixed(Instant.parse("2030-02-02T04:00:00Z"), ZoneOffset.ofHours(3)));
        assertThat(scheduler.nextFires("monthly", 1)).containsExactly(LocalDateTime.parse("2030-03-02T06:00:00"));
        scheduler.setClock(Clock.fixed(Instant.parse("2030-02-02T02:59:59Z"), ZoneOffset.ofHours(3)));
        assertThat(scheduler.nextFires("monthly", 1)).containsExactly(LocalDateTime.parse("2030-02-02T06:00:00"));
    }

    @Test
    void rejectsABadCronExpressionOrCommandNamingTheSchedule() {
        assertThatThrownBy(() -> new Scheduler(
                        Map.of("nightly", new CoopbriefProperties.Schedule("every night", "run", List.of())),
                        (n, s) -> 0,
                        l -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "schedule 'nightly': 'every night' is not a cron expression (second minute hour day month weekday)");
        assertThatThrownBy(() -> new Scheduler(
                        Map.of("nightly", new CoopbriefProperties.Schedule("0 0 1 * *", "run", List.of())),
                        (n, s) -> 0,
                        l -> {}))
                .as("five fields, as in a crontab: the seconds are missing")
                .hasMessage(
                        "schedule 'nightly': '0 0 1 * *' is not a cron expression (second minute hour day month weekday)");
        assertThatThrownBy(() -> new Scheduler(
                        Map.of("nightly", new CoopbriefProperties.Schedule(null, "run", List.of())),
                        (n, s) -> 0,
                        l -> {}))
                .hasMessage(
                        "schedule 'nightly': 'null' is not a cron expression (second minute hour day month weekday)");
        assertThatThrownBy(() -> new Scheduler(
                        Map.of("nightly", new CoopbriefProperties.Schedule("0 0 1 * * *", "restart", List.of())),
                        (n, s) -> 0,
                        l -> {}))
                .hasMessage("schedule 'nightly': command must be run or ingest, not 'restart'");
        assertThatThrownBy(() -> new Scheduler(Map.of(), (n, s) -> 0, l -> {}))
                .hasMessageContaining("no schedules configured");
    }

    @Test
    void theClockCannotChangeOnceStarted() throws Exception {
        Scheduler scheduler = scheduler(Map.of("monthly", MONTHLY), (n, s) -> 0, clockAt("2030-03-02T07:00:00Z"));
        scheduler.start();
        assertThatThrownBy(() -> scheduler.setClock(Clock.systemUTC())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(scheduler::start).isInstanceOf(IllegalStateException.class);
        scheduler.stop();
        scheduler.stop(); // idempotent
        assertNoSchedulerThreadLeft();
    }

    // --- helpers

    /**
     * A clock in UTC that stands at {@code instant}. The task scheduler waits, in real time, "next
     * fire time minus the clock's now", reading the clock when it registers a schedule and after
     * each fire: a clock standing just before a cron time makes that fire come after exactly the
     * difference, however slow the machine.
     */
    private static Clock clockAt(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private Scheduler scheduler(
            Map<String, CoopbriefProperties.Schedule> schedules, Scheduler.Trigger trigger, Clock clock) {
        Scheduler scheduler = new Scheduler(schedules, trigger, line -> {
            synchronized (log) {
                log.add(line);
                log.notifyAll();
            }
        });
        scheduler.setClock(clock);
        started.add(scheduler);
        return scheduler;
    }

    /** Waits for a log line (they come from the scheduler's threads) and returns it. */
    private String awaitLog(Predicate<String> line) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        synchronized (log) {
            while (true) {
                for (String l : log) {
                    if (line.test(l)) {
                        return l;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no such log line within " + PATIENCE_SECONDS + " s; log: " + log);
                }
                TimeUnit.NANOSECONDS.timedWait(log, left);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the test did not release the run");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every thread the schedulers started has ended (none is a daemon left behind). */
    private static void assertNoSchedulerThreadLeft() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("coopbrief-schedule-") || t.getName().startsWith("coopbrief-run-")) {
                t.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
                assertThat(t.isAlive())
                        .as(t.getName() + " still alive after stop()")
                        .isFalse();
            }
        }
    }
}
