package org.coopbrief.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.springframework.scheduling.support.CronExpression;

/**
 * Fires named schedules at their cron times, one run at a time: a fire that comes while the
 * previous run is still going is skipped and logged, never queued (the next fire will pick up).
 */
public final class Scheduler {

    /** Runs one schedule's command and returns its exit code. */
    @FunctionalInterface
    public interface Trigger {
        int fire(String name, ScheduleProperties.Schedule schedule);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int SHOWN_FIRES = 3;

    private final Map<String, ScheduleProperties.Schedule> schedules;
    private final Map<String, CronExpression> crons = new LinkedHashMap<>();
    private final Trigger trigger;
    private final Clock clock;
    private final Consumer<String> log;

    /** @throws IllegalArgumentException naming the schedule whose cron expression is invalid */
    public Scheduler(Map<String, ScheduleProperties.Schedule> schedules, Trigger trigger, Clock clock, Consumer<String> log) {
        if (schedules.isEmpty()) {
            throw new IllegalArgumentException("no schedules configured (coopbrief.schedules.<name>.cron/command/args)");
        }
        this.schedules = schedules;
        this.trigger = trigger;
        this.clock = clock;
        this.log = log;
        schedules.forEach((name, s) -> {
            if (s.cron() == null || !CronExpression.isValidExpression(s.cron())) {
                throw new IllegalArgumentException("schedule '" + name + "': '" + s.cron()
                        + "' is not a cron expression (second minute hour day month weekday)");
            }
            if (s.command() == null || !List.of("run", "ingest").contains(s.command())) {
                throw new IllegalArgumentException("schedule '" + name + "': command must be run or ingest, not '" + s.command() + "'");
            }
            crons.put(name, CronExpression.parse(s.cron()));
        });
    }

    /** The next fire times of a schedule after now, for the log and for operators. */
    public List<LocalDateTime> nextFires(String name, int count) {
        List<LocalDateTime> times = new ArrayList<>();
        LocalDateTime t = LocalDateTime.now(clock);
        for (int i = 0; i < count; i++) {
            t = crons.get(name).next(t);
            if (t == null) {
                break;
            }
            times.add(t);
        }
        return times;
    }

    /** Runs until {@code stop} says so; returns after the current run, if any, has finished. */
    public void run(BooleanSupplier stop) throws InterruptedException {
        Map<String, LocalDateTime> next = new LinkedHashMap<>();
        for (String name : crons.keySet()) {
            ScheduleProperties.Schedule s = schedules.get(name);
            log.accept("schedule '" + name + "' (" + s.cron() + "): " + s.command() + " " + String.join(" ", s.args())
                    + "; next fires " + String.join(", ", nextFires(name, SHOWN_FIRES).stream().map(TIME::format).toList()));
            next.put(name, crons.get(name).next(LocalDateTime.now(clock)));
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "coopbrief-scheduled-run");
            t.setDaemon(true);
            return t;
        });
        Future<?> current = null;
        String currentName = null;
        try {
            while (!stop.getAsBoolean()) {
                String due = null;
                LocalDateTime dueAt = null;
                for (var e : next.entrySet()) {
                    if (e.getValue() != null && (dueAt == null || e.getValue().isBefore(dueAt))) {
                        due = e.getKey();
                        dueAt = e.getValue();
                    }
                }
                if (due == null) {
                    log.accept("no schedule will fire again; stopping");
                    return;
                }
                Duration wait = Duration.between(LocalDateTime.now(clock), dueAt);
                if (!wait.isNegative() && !wait.isZero()) {
                    Thread.sleep(Math.min(wait.toMillis(), 200));
                    continue;
                }
                if (current != null && !current.isDone()) {
                    log.accept("skipped '" + due + "' due at " + TIME.format(dueAt) + ": the previous run ('" + currentName
                            + "') is still going");
                } else {
                    String name = due;
                    ScheduleProperties.Schedule s = schedules.get(name);
                    log.accept("fired '" + name + "' at " + TIME.format(dueAt) + ": " + s.command() + " " + String.join(" ", s.args()));
                    currentName = name;
                    current = worker.submit(() -> {
                        int code = trigger.fire(name, s);
                        log.accept("'" + name + "' finished with exit code " + code);
                    });
                }
                LocalDateTime after = crons.get(due).next(dueAt);
                next.put(due, after);
                if (after != null) {
                    log.accept("next fire of '" + due + "' at " + TIME.format(after));
                }
            }
        } finally {
            if (current != null && !current.isDone()) {
                log.accept("waiting for the current run ('" + currentName + "') to end");
                try {
                    current.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    log.accept("'" + currentName + "' failed: " + e.getCause());
                }
            }
            worker.shutdown();
        }
    }
}
