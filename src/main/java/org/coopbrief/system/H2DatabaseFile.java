package org.coopbrief.system;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The embedded H2 database a {@code jdbc:h2:file:} URL names, and the files its schema migration
 * keeps beside it: the database being built ({@link #aside()}), the copy taken before an upgrade,
 * and the lock that lets one process at a time migrate.
 *
 * @param base the database path without H2's {@code .mv.db} suffix
 */
record H2DatabaseFile(Path base) {

    private static final String FILE_URL = "jdbc:h2:file:";

    static Optional<H2DatabaseFile> of(@Nullable String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith(FILE_URL)) {
            return Optional.empty();
        }
        String path = url.substring(FILE_URL.length());
        int options = path.indexOf(';');
        return Optional.of(new H2DatabaseFile(Path.of(options < 0 ? path : path.substring(0, options))
                .toAbsolutePath()
                .normalize()));
    }

    Path dir() {
        return base.getParent();
    }

    String name() {
        return base.getFileName().toString();
    }

    Path file() {
        return dir().resolve(name() + ".mv.db");
    }

    /** A new database is built here, then moved to {@link #file()}. */
    H2DatabaseFile aside() {
        return new H2DatabaseFile(dir().resolve("." + name() + "-new"));
    }

    /** The copy taken before an upgrade; while it exists, the upgrade has not finished. */
    Path copy() {
        return dir().resolve("." + name() + ".before-upgrade.zip");
    }

    /** The copy while it is written: never mistaken for a complete one. */
    Path copyInProgress() {
        return dir().resolve("." + name() + ".before-upgrade.zip.tmp");
    }

    /** The copy is unpacked here, then moved to {@link #file()}. */
    Path restoring() {
        return dir().resolve("." + name() + ".restoring");
    }

    /** Held while a process checks, restores or migrates the database, so that two starts do not race. */
    Path migrationLock() {
        return dir().resolve("." + name() + ".migration.lock");
    }

    /** An embedded URL of its own (no auto-server: nobody else may use it meanwhile). */
    String embeddedUrl() {
        return FILE_URL + base;
    }
}
