package org.coopbrief.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

import org.coopbrief.system.CoopbriefProperties;
import org.springframework.scheduling.TriggerContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;

/**
 * Fires named schedules at their cron times, one run at a time: a fire that comes while the
 * previous run (of any schedule) is still going is skipped and logged, never queued (the next
 * fire will pick up).
 *
 * <p>Each schedule is registered with a {@link CronTrigger} on a {@link ThreadPoolTaskScheduler}.
 * Its fires only decide whether to start a run; the run itself goes to a separate single-thread
 * {@link ThreadPoolTaskExecutor}, so that the fires that come during a long run are seen (and
 * logged as skipped) rather than silently swallowed. The task scheduler computes every fire
 * time, and the delay until it, from its {@link Clock} ({@link #setClock}): cron times are taken
 * in the clock's zone and the delay is "next cron time minus the clock's now", waited in real
 * time. A clock set just before a cron time therefore makes that fire come at once.
 *
 * <p>A scheduler is used once: {@link #start()} (or {@link #run(Duration)}), then {@link #stop()}.
 * Its threads are not daemons, and {@link #stop()} ends them all after the current run.
 */
public final class Scheduler {

    /** Runs one schedule's command and returns its exit code. */
    @FunctionalInterface
    public interface Trigger {
        int fire(String name, CoopbriefProperties.Schedule schedule);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int SHOWN_FIRES = 3;
    private static final List<String> COMMANDS = List.of("run", "ingest");

    private final Map<String, CoopbriefProperties.Schedule> schedules;
    private final Map<String, CronTrigger> crons = new LinkedHashMap<>();
    private final Trigger trigger;
    private final Consumer<String> log;
    private volatile Clock clock = Clock.systemDefaultZone();

    /** Fires each schedule's ticks and the stop-after deadline; never runs a command. */
    private final ThreadPoolTaskScheduler ticks = new ThreadPoolTaskScheduler();
    /** Runs the commands, one at a time. */
    private final ThreadPoolTaskExecutor runs = new ThreadPoolTaskExecutor();

    private final CountDownLatch stopRequested = new CountDownLatch(1);

    private final List<ScheduledFuture<?>> registered = new CopyOnWriteArrayList<>();
    private final Set<String> stillFiring = ConcurrentHashMap.newKeySet();

    /*
     * Guards the fields below. Never held while calling into the task scheduler, whose tasks and
     * triggers run under its own monitors and take this one.
     */
    private final Object lock = new Object();
    private boolean started;
    private boolean stopping;
    private boolean stopped;
    /** The schedule whose run is going, null between runs. */
    private String running;
    /** The last run started, and its schedule (kept after it ends). */
    private Future<?> currentRun;

    private String currentRunName;

    /**
     * @throws IllegalArgumentException naming the schedule whose cron expression or command is
     *         invalid, or if there is no schedule
     */
    public Scheduler(Map<String, CoopbriefProperties.Schedule> schedules, Trigger trigger, Consumer<String> log) {
        if (schedules.isEmpty()) {
            throw new IllegalArgumentException(
                    "no schedules configured (coopbrief.schedules.<name>.cron/command/args)");
        }
        this.schedules = new LinkedHashMap<>(schedules);
        this.trigger = trigger;
        this.log = log;
        this.schedules.forEach((name, s) -> {
            if (s.cron() == null || !CronExpression.isValidExpression(s.cron())) {
                throw new IllegalArgumentException("schedule '" + name + "': '" + s.cron()
                        + "' is not a cron expression (second minute hour day month weekday)");
            }
            if (s.command() == null || !COMMANDS.contains(s.command())) {
                throw new IllegalArgumentException(
                        "schedule '" + name + "': command must be run or ingest, not '" + s.command() + "'");
            }
            // no zone: the trigger takes the task scheduler's clock's zone
            crons.put(name, new CronTrigger(s.cron()));
        });
        ticks.setPoolSize(1);
        ticks.setThreadNamePrefix("coopbrief-schedule-");
        ticks.setAwaitTerminationSeconds(5);
        runs.setCorePoolSize(1);
        runs.setMaxPoolSize(1);
        runs.setThreadNamePrefix("coopbrief-run-");
        runs.setWaitForTasksToCompleteOnShutdown(true);
        runs.setAwaitTerminationSeconds(5);
    }

    /**
     * The clock the fire times are computed from (and in whose zone the cron fields are read);
     * the system clock by default. Tests set one at a chosen time.
     */
    public void setClock(Clock clock) {
        synchronized (lock) {
            if (started) {
                throw new IllegalStateException("the clock must be set before the scheduler starts");
            }
            this.clock = clock;
            ticks.setClock(clock);
        }
    }

    /** The next fire times of a schedule after the clock's now, as the task scheduler will compute them. */
    public List<LocalDateTime> nextFires(String name, int count) {
        CronTrigger cron = crons.get(name);
        if (cron == null) {
            throw new IllegalArgumentException("no schedule named '" + name + "'");
        }
        SimpleTriggerContext context = new SimpleTriggerContext(clock);
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant next = cron.nextExecution(context);
            if (next == null) {
                break;
            }
            times.add(LocalDateTime.ofInstant(next, clock.getZone()));
            context.update(next, next, next);
        }
        return times;
    }

    /** Logs each schedule with its next fire times and registers it; returns at once. */
    public void start() {
        synchronized (lock) {
            if (started) {
                throw new IllegalStateException("a scheduler starts once");
            }
            started = true;
        }
        ticks.initialize();
        runs.initialize();
        schedules.forEach((name, s) -> {
            List<LocalDateTime> next = nextFires(name, SHOWN_FIRES);
            log.accept("schedule '" + name + "' (" + s.cron() + "): " + commandLine(s) + "; "
                    + (next.isEmpty()
                            ? "it will never fire"
                            : "next fires "
                                    + String.join(
                                            ", ",
                                            next.stream().map(TIME::format).toList())));
        });
        stillFiring.addAll(schedules.keySet());
        for (String name : schedules.keySet()) {
            Fires fires = new Fires(name);
            ScheduledFuture<?> future = ticks.schedule(fires, fires);
            if (future == null) {
                stillFiring.remove(name);
            } else {
                registered.add(future);
            }
        }
        if (stillFiring.isEmpty()) {
            noMoreFires();
        }
    }

    /**
     * Asks {@link #run(Duration)} to stop; safe from any thread (a signal handler). No run starts
     * after this returns; the current one, if any, is left to finish.
     */
    public void requestStop() {
        synchronized (lock) {
            stopping = true;
        }
        stopRequested.countDown();
    }

    /**
     * Starts, waits until {@link #requestStop()} is called, {@code stopAfter} (if not null) has
     * passed on the clock, or no schedule will fire again, then {@link #stop() stops}.
     */
    public void run(Duration stopAfter) throws InterruptedException {
        try {
            start();
            if (stopAfter != null) {
                ticks.schedule(
                        () -> {
                            log.accept("stopping after " + stopAfter);
                            requestStop();
                        },
                        clock.instant().plus(stopAfter));
            }
            stopRequested.await();
        } finally {
            stop();
        }
    }

    /**
     * Stops firing, waits for the current run, if any, to finish, and ends the scheduler's
     * threads. Idempotent.
     */
    public void stop() throws InterruptedException {
        Future<?> run;
        String name;
        synchronized (lock) {
            if (stopped) {
                return;
            }
            stopped = true;
            stopping = true;
            run = running == null ? null : currentRun;
            name = currentRunName;
        }
        stopRequested.countDown();
        try {
            registered.forEach(f -> f.cancel(false));
            ticks.shutdown();
            if (run != null && !run.isDone()) {
                log.accept("waiting for the current run ('" + name + "') to end");
                try {
                    run.get();
                } catch (ExecutionException e) {
                    log.accept("'" + name + "' failed: " + e.getCause());
                }
            }
        } finally {
            runs.shutdown();
        }
    }

    /** A fire of one schedule: starts its run unless another is going. */
    private void fire(String name, Instant due) {
        CoopbriefProperties.Schedule s = schedules.get(name);
        String at = TIME.format(LocalDateTime.ofInstant(due, clock.getZone()));
        synchronized (lock) {
            if (stopping) {
                return;
            }
            if (running != null) {
                log.accept("skipped '" + name + "' due at " + at + ": the previous run ('" + running
                        + "') is still going");
                return;
            }
            log.accept("fired '" + name + "' at " + at + ": " + commandLine(s));
            running = name;
            currentRunName = name;
            currentRun = runs.submit(() -> {
                String outcome;
                try {
                    outcome = "finished with exit code " + trigger.fire(name, s);
                } catch (RuntimeException e) {
                    outcome = "failed: " + e;
                } finally {
                    // free the slot before saying so: whoever reads the line finds no run going
                    synchronized (lock) {
                        running = null;
                    }
                }
                log.accept("'" + name + "' " + outcome);
            });
        }
    }

    private void noMoreFires() {
        log.accept("no schedule will fire again; stopping");
        requestStop();
    }

    private static String commandLine(CoopbriefProperties.Schedule s) {
        return s.args().isEmpty() ? s.command() : s.command() + " " + String.join(" ", s.args());
    }

    /**
     * One schedule on the task scheduler: its trigger (the cron trigger, remembering the time it
     * computed, which is the time the next tick stands for) and its task (the tick).
     */
    private final class Fires implements org.springframework.scheduling.Trigger, Runnable {
        private final String name;
        private final CronTrigger cron;
        private volatile Instant due;

        Fires(String name) {
            this.name = name;
            this.cron = crons.get(name);
        }

        @Override
        public Instant nextExecution(TriggerContext context) {
            Instant next = cron.nextExecution(context);
            due = next;
            if (context.lastScheduledExecution() != null) { // after a fire (the first ones are logged at start)
                if (next != null) {
                    log.accept("next fire of '" + name + "' at "
                            + TIME.format(LocalDateTime.ofInstant(
                                    next, context.getClock().getZone())));
                } else {
                    log.accept("'" + name + "' will not fire again");
                    if (stillFiring.remove(name) && stillFiring.isEmpty()) {
                        noMoreFires();
                    }
                }
            }
            return next;
        }

        @Override
        public void run() {
            fire(name, due);
        }
    }
}
