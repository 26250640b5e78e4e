package org.coopbrief.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * How far a long step has got (done/total, rate, time left), for whoever waits for it. On a
 * terminal one live line, redrawn every half second ({@code write-partner-briefings 120/373
 * briefings, 3.1/s, 0:41 left}); elsewhere (cron, systemd, a pipe) a log line every 10 seconds.
 * Nothing for a step that is done before the first line is due (2 s on a terminal, 10 s in the
 * log), and nothing at all once {@link #quiet} (the {@code --quiet} option) is set. Steps report
 * through a {@link Tracker}; a clock thread draws the lines, so a step whose units take long
 * still shows that it is going.
 */
@Component
public class Progress implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);

    /** Between two log lines when the output is not a terminal. */
    public static final Duration LOG_EVERY = Duration.ofSeconds(10);
    /** Between two redraws of the live line on a terminal; the first comes after {@link #TERMINAL_FIRST}. */
    static final Duration REDRAW_EVERY = Duration.ofMillis(500);

    static final Duration TERMINAL_FIRST = Duration.ofSeconds(2);

    /** Where the lines go: the live line of a terminal (redrawn in place), or whole log lines. */
    public interface Output {
        /** Whether lines are redrawn in place (a terminal) or written one after the other (a log). */
        boolean live();

        void show(String line);

        /** The live line is done: clear it so the next line starts clean. */
        void clear();
    }

    private final LongSupplier nanos;
    private final Output output;
    private final Map<String, Tracker> active = new ConcurrentHashMap<>();
    private final @Nullable ScheduledExecutorService clock;
    private volatile boolean quiet;

    Progress() {
        this(System::nanoTime, System.console() != null ? terminal(System.out) : log(log::info), true);
    }

    /**
     * @param nanos  the clock (a test passes a fake one and calls {@link #tick()} itself)
     * @param ticking whether a clock thread calls {@link #tick()}
     */
    public Progress(LongSupplier nanos, Output output, boolean ticking) {
        this.nanos = nanos;
        this.output = output;
        if (ticking) {
            clock = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            clock.scheduleAtFixedRate(this::tick, 250, 250, TimeUnit.MILLISECONDS);
        } else {
            clock = null;
        }
    }

    /** A terminal: the line is redrawn in place with a carriage return. */
    public static Output terminal(PrintStream out) {
        return new Output() {
            private int width;

            @Override
            public boolean live() {
                return true;
            }

            @Override
            public synchronized void show(String line) {
                out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
                out.flush();
                width = line.length();
            }

            @Override
            public synchronized void clear() {
                if (width > 0) {
                    out.print("\r" + " ".repeat(width) + "\r");
                    out.flush();
                    width = 0;
                }
            }
        };
    }

    /** Not a terminal: whole lines (the log, which also goes to the log file). */
    public static Output log(Consumer<String> lines) {
        return new Output() {
            @Override
            public boolean live() {
                return false;
            }

            @Override
            public void show(String line) {
                lines.accept(line);
            }

            @Override
            public void clear() {
                // lines stay
            }
        };
    }

    /** No progress at all ({@code --quiet}); false shows it again (the scheduler's next run). */
    public void quiet(boolean quiet) {
        this.quiet = quiet;
        if (quiet) {
            output.clear();
        }
    }

    /**
     * Starts following a step (or any long piece of work) of {@code total} units ({@code unit}: "rows",
     * "briefings"); 0 or less when the total is not known (then no time left is shown).
     */
    public Tracker start(String name, long total, String unit) {
        return register(new Tracker(name, total, unit, null, nanos.getAsLong()));
    }

    /**
     * Follows a count kept elsewhere (a chunk step's read count), total unknown; while the count
     * is 0 the line shows only how long the work has been going.
     */
    public Tracker follow(String name, String unit, LongSupplier count) {
        return follow(name, unit, 0, count);
    }

    /** Follows a count kept elsewhere towards a known total (a load step's read count and its file's rows). */
    public Tracker follow(String name, String unit, long total, LongSupplier count) {
        return register(new Tracker(name, total, unit, count, nanos.getAsLong()));
    }

    private Tracker register(Tracker tracker) {
        String name = tracker.name;
        Tracker before = active.put(name, tracker);
        if (before != null) {
            before.closed = true;
        }
        return tracker;
    }

    /** The tracker of a piece of work started and not yet closed, e.g. for the partitions of a step. */
    public java.util.Optional<Tracker> active(String name) {
        return java.util.Optional.ofNullable(active.get(name));
    }

    /** Draws what is due: called by the clock thread, or by a test with a fake clock. */
    public synchronized void tick() {
        if (quiet) {
            return;
        }
        long now = nanos.getAsLong();
        List<Tracker> due = new ArrayList<>();
        for (Tracker t : active.values()) {
            if (!t.closed && t.due(now, output.live())) {
                due.add(t);
            }
        }
        for (Tracker t : due) {
            t.shownAt = now;
            output.show(t.line(now));
        }
    }

    @Override
    public void destroy() {
        if (clock != null) {
            clock.shutdownNow();
        }
        output.clear();
    }

    /** One step's count; thread-safe (the partitions of a step report into one). */
    public final class Tracker implements AutoCloseable {
        private final String name;
        private final long total;
        private final String unit;
        private final long startedAt;
        private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        private final LongSupplier count;
        private volatile long shownAt = -1;
        private volatile boolean closed;

        private Tracker(String name, long total, String unit, @Nullable LongSupplier count, long startedAt) {
            this.name = name;
            this.count = count == null ? done::get : count;
            this.total = total;
            this.unit = unit;
            this.startedAt = startedAt;
        }

        public void advance(long units) {
            done.addAndGet(units);
        }

        /** Sets the count (a step that knows how far it is, e.g. its read count). */
        public void at(long units) {
            done.set(units);
        }

        public long done() {
            return count.getAsLong();
        }

        private boolean due(long now, boolean live) {
            long first = (live ? TERMINAL_FIRST : LOG_EVERY).toNanos();
            long every = (live ? REDRAW_EVERY : LOG_EVERY).toNanos();
            return shownAt < 0 ? now - startedAt >= first : now - shownAt >= every;
        }

        String line(long now) {
            long n = done();
            double seconds = Math.max(1e-9, (now - startedAt) / 1e9);
            double rate = n / seconds;
            StringBuilder b = new StringBuilder(name).append(' ');
            if (n == 0 && total <= 0) {
                return b.append("running, ")
                        .append(clock((long) seconds))
                        .append(" so far")
                        .toString();
            }
            b.append(String.format(Locale.ROOT, "%,d", n));
            if (total > 0) {
                b.append('/').append(String.format(Locale.ROOT, "%,d", total));
            }
            b.append(' ').append(unit).append(", ");
            b.append(rate >= 10 ? String.format(Locale.ROOT, "%,.0f", rate) : String.format(Locale.ROOT, "%.1f", rate))
                    .append("/s, ");
            if (total > 0 && n > 0) {
                b.append(clock((long) Math.ceil((total - Math.min(n, total)) / rate)))
                        .append(" left");
            } else {
                b.append(clock((long) seconds)).append(" so far");
            }
            return b.toString();
        }

        /** Stops following it; a live line shown for it is cleared. */
        @Override
        public void close() {
            closed = true;
            active.remove(name, this);
            if (shownAt >= 0) {
                output.clear();
            }
        }
    }

    /** "2:10", "1:02:03". */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
