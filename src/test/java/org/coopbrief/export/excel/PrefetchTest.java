package org.coopbrief.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class PrefetchTest {

    /** Pushes 0..n-1 and counts how many it pushed. */
    private static Consumer<Consumer<Integer>> counting(int n, AtomicInteger pushed) {
        return sink -> {
            for (int i = 0; i < n; i++) {
                sink.accept(i);
                pushed.incrementAndGet();
            }
        };
    }

    @Test
    void everyLineArrivesInOrderAcrossManyBatchesOnTheCallingThread() {
        List<Integer> got = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Prefetch.stream("test", counting(10_001, new AtomicInteger()), i -> {
            got.add(i);
            if (threads.isEmpty() || threads.get(threads.size() - 1) != Thread.currentThread()) {
                threads.add(Thread.currentThread());
            }
        });
        assertThat(got).hasSize(10_001);
        for (int i = 0; i < got.size(); i++) {
            assertThat(got.get(i)).isEqualTo(i);
        }
        assertThat(threads).containsExactly(Thread.currentThread());
    }

    @Test
    void anEmptySourceEndsAtOnce() {
        List<Integer> got = new ArrayList<>();
        Prefetch.<Integer>stream("test", sink -> {}, got::add);
        assertThat(got).isEmpty();
    }

    @Test
    void aFailingReadIsRethrownToTheWriter() {
        List<Integer> got = new ArrayList<>();
        assertThatThrownBy(() -> Prefetch.<Integer>stream(
                        "test",
                        sink -> {
                            for (int i = 0; i < 1000; i++) {
                                sink.accept(i);
                            }
                            throw new IllegalStateException("query failed");
                        },
                        got::add))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("query failed");
        // what arrived before the failure arrived whole and in order (the batch in hand is dropped)
        assertThat(got).hasSizeLessThanOrEqualTo(1000).isNotEmpty();
        for (int i = 0; i < got.size(); i++) {
            assertThat(got.get(i)).isEqualTo(i);
        }
    }

    @Test
    void aFailingWriteStopsTheReadWellBeforeItsEnd() {
        AtomicInteger pushed = new AtomicInteger();
        assertThatThrownBy(() -> Prefetch.stream("test", counting(1_000_000, pushed), i -> {
                    if (i == 10) {
                        throw new IllegalArgumentException("disk full");
                    }
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("disk full");
        // the reader has been joined: it stopped at the bounded queue, not after a million lines
        assertThat(pushed.get()).isLessThan(100_000);
    }

    @Test
    void aStartedReadGivesItsResultOrItsFailure() {
        assertThat(Prefetch.result(Prefetch.start("test", () -> "changes"))).isEqualTo("changes");
        assertThatThrownBy(() -> Prefetch.result(Prefetch.start("test", () -> {
                    throw new IllegalStateException("no run");
                })))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no run");
    }
}
