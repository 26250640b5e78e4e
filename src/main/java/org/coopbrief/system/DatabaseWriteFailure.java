package org.coopbrief.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Says which file a failed write to the embedded database concerns. H2 reports a full disk or a
 * folder turned read-only as "Writing to FileChannelImpl@… failed" with the operating system's
 * cause inside: the operator needs the database file and what to do, in one line.
 */
@Component
public class DatabaseWriteFailure {

    private final Optional<H2DatabaseFile> h2;

    DatabaseWriteFailure(DataSourceProperties dataSource) {
        this.h2 = H2DatabaseFile.of(dataSource.getUrl());
    }

    /**
     * The failure in words when {@code failure} is the embedded database failing to write its
     * file; empty for anything else (PostgreSQL reports its own disk in its own words).
     */
    public Optional<UncheckedIOException> explain(Throwable failure) {
        if (h2.isEmpty() || !fromTheStore(failure)) {
            return Optional.empty();
        }
        return cause(failure).map(io -> {
            Path file = h2.get().file();
            String reason = io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
            return new UncheckedIOException(
                    "cannot write the database " + file + ": " + reason + "; free space in (or make writable) "
                            + file.getParent()
                            + ", then run the same command again: it continues from its last committed step",
                    io);
        });
    }

    private static boolean fromTheStore(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("org.h2.")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<IOException> cause(Throwable failure) {
        IOException found = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                found = io;
            }
        }
        return Optional.ofNullable(found);
    }
}
