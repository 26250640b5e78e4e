package org.coopbrief.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Progress lines with a fake clock: periodic log lines off a terminal, a live line on one, none when quick. */
class ProgressTest {

    private final AtomicLong now = new AtomicLong();
    private final List<String> lines = new ArrayList<>();

    private void at(double seconds, Progress progress) {
        now.set((long) (seconds * 1e9));
        progress.tick();
    }

    @Test
    void offATerminalALongStepLogsALineEveryTenSecondsWithDoneTotalRateAndTimeLeft() {
        Progress progress = new Progress(now::get, Progress.log(lines::add), false);
        Progress.Tracker tracker = progress.start("write-partner-briefings", 120, "partner briefings");
        // a slowed chunk: one briefing every half second, the clock ticking four times a second
        for (int quarter = 1; quarter <= 4 * 35; quarter++) {
            if (quarter % 2 == 0) {
                tracker.advance(1);
            }
            at(quarter / 4.0, progress);
        }
        tracker.close();

        assertThat(lines)
                .containsExactly(
                        "write-partner-briefings 20/120 partner briefings, 2.0/s, 0:50 left",
                        "write-partner-briefings 40/120 partner briefings, 2.0/s, 0:40 left",
                        "write-partner-briefings 60/120 partner briefings, 2.0/s, 0:30 left");
    }

    @Test
    void aStepDoneBeforeTheFirstLineIsDueShowsNothingAndQuietShowsNothingAtAll() {
        Progress progress = new Progress(now::get, Progress.log(lines::add), false);
        Progress.Tracker quick = progress.start("load-entity", 0, "rows");
        quick.advance(266);
        at(9.9, progress);
        quick.close();
        at(30, progress);
        assertThat(lines).isEmpty();

        progress.quiet(true);
        Progress.Tracker slow = progress.follow("load-figure", "rows", () -> 5000);
        at(60, progress);
        at(90, progress);
        slow.close();
        assertThat(lines).isEmpty();
    }

    @Test
    void onATerminalOneLiveLineIsRedrawnInPlaceAndClearedWhenTheStepEnds() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Progress progress =
                new Progress(now::get, Progress.terminal(new PrintStream(screen, true, StandardCharsets.UTF_8)), false);
        Progress.Tracker tracker = progress.follow("load-figure", "rows", () -> now.get() / 1_000_000);
        at(1, progress);
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .as("nothing in the first 2 s")
                .isEmpty();
        at(2, progress);
        at(2.5, progress);
        tracker.close();

        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown)
                .startsWith("\rload-figure 2,000 rows, 1,000/s, 0:02 so far")
                .contains("\rload-figure 2,500 rows, 1,000/s, 0:02 so far")
                .doesNotContain("\n")
                .endsWith("\r");
    }

    @Test
    void timesAreMinutesAndSecondsAndHoursWhenLong() {
        assertThat(Progress.clock(130)).isEqualTo("2:10");
        assertThat(Progress.clock(3723)).isEqualTo("1:02:03");
    }
}
