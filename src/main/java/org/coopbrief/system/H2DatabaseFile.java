package org.coopbrief.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
    private static final int HEADER_BYTES = 4096;

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

    /**
     * What makes the file unusable, judged from its header without opening it (H2 would open a
     * truncated file as an older or empty database, and go on writing): empty when it looks whole.
     * An MVStore file starts with a text header ("H:2,block:...,blockSize:1000,...", hex numbers),
     * grows in whole blocks, and its header points at a chunk inside the file.
     */
    Optional<String> problem() throws IOException {
        long size = Files.size(file());
        byte[] head = new byte[(int) Math.min(size, HEADER_BYTES)];
        try (InputStream in = Files.newInputStream(file())) {
            in.readNBytes(head, 0, head.length);
        }
        String header = new String(head, StandardCharsets.ISO_8859_1);
        if (!header.startsWith("H:2,")) {
            return Optional.of("it is not an H2 database file");
        }
        Map<String, Long> fields = new HashMap<>();
        for (String field :
                header.substring(0, Math.max(0, header.indexOf('\n'))).split(",")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                try {
                    fields.put(
                            field.substring(0, colon),
                            Long.parseLong(field.substring(colon + 1).strip(), 16));
                } catch (NumberFormatException notANumber) {
                    // H:2 and other text fields
                }
            }
        }
        long blockSize = fields.getOrDefault("blockSize", 0x1000L);
        long block = fields.getOrDefault("block", 0L);
        if (size < 2 * blockSize || size % blockSize != 0 || (block + 1) * blockSize > size) {
            return Optional.of("it is truncated (" + size + " bytes; its header points at block " + block + ")");
        }
        return Optional.empty();
    }

    /** An embedded URL of its own (no auto-server: nobody else may use it meanwhile). */
    String embeddedUrl() {
        return FILE_URL + base;
    }
}
