package org.coopbrief.export.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reading the dataset back (the queries and turning their rows into lines) on a thread of its own,
 * a few batches ahead of the sheet being written: on a second core it overlaps writing the cells
 * instead of adding to it. The rows arrive in their order; memory stays bounded by the queue.
 */
final class Prefetch {

    /** Lines per batch handed over, and batches read ahead at most. */
    private static final int BATCH = 256;

    private static final int AHEAD = 8;

    private Prefetch() {}

    /**
     * Runs {@code source} on a new thread named {@code name} and gives what it pushes to {@code sink}
     * on the calling thread, in order. A failure on either side stops both and is rethrown here.
     */
    static <T> void stream(String name, Consumer<Consumer<T>> source, Consumer<? super T> sink) {
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(AHEAD);
        List<T> end = new ArrayList<>(0); // the last batch, told apart by identity
        Handover<T> handover = new Handover<>(queue);
        Thread reader = new Thread(
                () -> {
                    try {
                        var batch = new Object() {
                            List<T> lines = new ArrayList<>(BATCH);
                        };
                        source.accept(line -> {
                            batch.lines.add(line);
                            if (batch.lines.size() == BATCH) {
                                handover.put(batch.lines);
                                batch.lines = new ArrayList<>(BATCH);
                            }
                        });
                        if (!batch.lines.isEmpty()) {
                            handover.put(batch.lines);
                        }
                    } catch (RuntimeException | Error e) {
                        handover.failure = e;
                    }
                    try {
                        handover.put(end);
                    } catch (CancellationException e) {
                        // the writer stopped first: nobody waits for the end
                    }
                },
                name);
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                List<T> batch = queue.take();
                if (batch == end) {
                    break;
                }
                batch.forEach(sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing " + name, e);
        } finally {
            handover.cancelled = true; // the reader stops at its next batch if it is still running
            queue.clear();
            join(reader);
        }
        if (handover.failure instanceof RuntimeException e) {
            throw e;
        }
        if (handover.failure instanceof Error e) {
            throw e;
        }
    }

    /**
     * Runs {@code task} on a new thread named {@code name}, to be joined with {@link #result}: for
     * a read the writer needs later.
     */
    static <T> FutureTask<T> start(String name, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(future, name);
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    static <T> T result(FutureTask<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The queue's producer side, and what the two threads tell each other. */
    private static final class Handover<T> {
        private final BlockingQueue<List<T>> queue;
        volatile boolean cancelled;
        volatile Throwable failure;

        Handover(BlockingQueue<List<T>> queue) {
            this.queue = queue;
        }

        /** Waits for room; gives up (ending the read) once the writer has stopped taking. */
        void put(List<T> batch) {
            try {
                while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        throw new CancellationException("the writer stopped");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }
    }
}
