package org.coopbrief.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.tools.Restore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Creates and upgrades the schema so that a kill at any statement leaves a database the next start
 * can use. H2 commits each DDL statement by itself, so a migration cut in the middle cannot be
 * rolled back; instead:
 * <ul>
 *   <li>a new database is built aside ({@code .coopbrief-new.mv.db}) and moved into place only
 *       once every migration succeeded;
 *   <li>before an existing database is upgraded, a consistent copy is taken ({@code BACKUP TO});
 *       while the copy exists the upgrade has not finished, and the next start restores it and
 *       migrates again. It is deleted once the upgrade succeeded.
 * </ul>
 * Any other database (PostgreSQL) is migrated by Flyway directly, each migration in its own
 * transaction. Every start logs one line saying what it found and did. Runs before anything else
 * uses the database: Spring Boot's Flyway initializer calls it, and the job repository waits for that.
 */
@Component
class SchemaMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

    /** H2: "database may be already in use" (another process opened the file, not through its auto-server). */
    private static final int H2_IN_USE = 90020;

    private final Optional<H2DatabaseFile> h2;
    private final String url;
    private final String user;
    private final String password;
    private final Duration openWait;
    private final SchemaCheck schema;

    SchemaMigration(
            SchemaCheck schema,
            DataSourceProperties dataSource,
            @Value("${spring.datasource.hikari.initialization-fail-timeout:15000}") long openWaitMillis) {
        this.url = dataSource.getUrl() == null ? "" : dataSource.getUrl();
        this.h2 = H2DatabaseFile.of(url);
        this.user = dataSource.determineUsername();
        this.password = dataSource.determinePassword();
        this.openWait = Duration.ofMillis(Math.max(0, openWaitMillis));
        this.schema = schema;
    }

    @Override
    public void migrate(Flyway flyway) {
        if (h2.isEmpty()) {
            MigrationInfo before = flyway.info().current();
            MigrateResult result = flyway.migrate();
            log.info(
                    "Database {}: {}",
                    result.database,
                    outcome(version(before), result, "each migration in its own transaction"));
            return;
        }
        H2DatabaseFile db = h2.get();
        try {
            Files.createDirectories(db.dir());
            try (FileChannel channel =
                            FileChannel.open(db.migrationLock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                log.info("Database {}: {}", db.file(), migrate(flyway, db));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the database in " + db.dir() + ": " + e.getMessage(), e);
        }
    }

    private String migrate(Flyway flyway, H2DatabaseFile db) throws IOException {
        removeLeftovers(db);
        String found = "";
        if (Files.exists(db.copy())) {
            restore(db);
            found = "an upgrade that did not finish: restored the copy taken before it; ";
        }
        if (!Files.exists(db.file())) {
            MigrateResult built = buildAside(flyway, db);
            return found + "none found: built schema version " + built.targetSchemaVersion + " aside ("
                    + migrations(built.migrationsExecuted) + ") and moved it into place";
        }
        // held open until the end: the pool's connections then join the open database instead of opening
        // the file a second time (the schema read, the rest of the start)
        try (Connection held = checkUsable(db)) {
            return migrateExisting(flyway, db, found);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close " + db.file() + ": " + e.getMessage(), e);
        }
    }

    private String migrateExisting(Flyway flyway, H2DatabaseFile db, String found) throws IOException {
        if (found.isEmpty() && schema.current()) {
            // what flyway.info() would find, with one query instead of a scan of the migrations (which it
            // does not validate either); Flyway itself is not even set up (DatabaseConfiguration)
            return "schema version " + SchemaCheck.LATEST_MIGRATION + ", up to date";
        }
        MigrationInfoService info = flyway.info();
        String current = version(info.current());
        if (info.pending().length == 0) {
            Files.deleteIfExists(db.copy());
            return found + "schema version " + current + upToDateOrNewer(current);
        }
        if (!Files.exists(db.copy())) {
            takeCopy(flyway.getConfiguration(), db);
        }
        MigrateResult result;
        try {
            result = flyway.migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException(
                    "upgrading " + db.file() + " from schema version " + current + " failed: " + e.getMessage()
                            + "; the next start restores the copy taken before (" + db.copy() + ") and tries again",
                    e);
        }
        Files.delete(db.copy());
        return found + outcome(current, result, "copied first, copy removed after");
    }

    /**
     * Refuses, before anything opens it for writing, a database file that is broken (H2 would open
     * a truncated one as an older or empty database) or held by a program that does not share it.
     */
    private Connection checkUsable(H2DatabaseFile db) throws IOException {
        Optional<String> problem = db.problem();
        if (problem.isPresent()) {
            throw new UnusableDatabaseException(db.file() + " cannot be used: " + problem.get()
                    + ". Nothing was changed. Restore it from a backup, or move it away and start again"
                    + " (an empty database is built; the next run loads the input again)");
        }
        long deadline = System.nanoTime() + openWait.toNanos();
        while (true) {
            // IFEXISTS: never creates a file; no trace file beside it for this attempt
            try {
                Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0", user, password);
                traceErrorsAgain(c);
                return c;
            } catch (SQLException e) {
                if (e.getErrorCode() == H2_IN_USE && System.nanoTime() < deadline) {
                    sleep(); // another coopbrief may be opening or closing it; its auto-server will let us in
                    continue;
                }
                throw new UnusableDatabaseException(db.file() + " cannot be opened: "
                        + (e.getErrorCode() == H2_IN_USE
                                ? "another program holds it without sharing it (an H2 console, a tool, a"
                                        + " coopbrief started with another URL). Nothing was changed. Close that"
                                        + " program and try again"
                                : firstLine(e.getMessage())
                                        + ". Nothing was changed. If the file is damaged, restore it from a backup,"
                                        + " or move it away and start again (an empty database is built)"));
            }
        }
    }

    /**
     * The database stays open with this connection, so its trace level would stay the attempt's (none):
     * back to H2's default (errors into the trace file) unless the URL sets its own.
     */
    private void traceErrorsAgain(Connection c) {
        if (url.toUpperCase(java.util.Locale.ROOT).contains("TRACE_LEVEL_FILE")) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET TRACE_LEVEL_FILE 1");
        } catch (SQLException notAnAdmin) {
            log.debug("cannot reset the trace level of {}: {}", url, notAnAdmin.getMessage());
        }
    }

    /** The database file cannot be used as it is; the message says which file and what to do. */
    static final class UnusableDatabaseException extends IllegalStateException {
        UnusableDatabaseException(String message) {
            super(message);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }

    private static String firstLine(@Nullable String message) {
        return message == null
                ? "unknown error"
                : message.lines().findFirst().orElse("").strip();
    }

    /** Migrates a new database beside the real one's place, then moves it there in one rename. */
    private MigrateResult buildAside(Flyway flyway, H2DatabaseFile db) throws IOException {
        H2DatabaseFile aside = db.aside();
        Configuration configuration = flyway.getConfiguration();
        try {
            MigrateResult result = Flyway.configure(configuration.getClassLoader())
                    .configuration(configuration)
                    .dataSource(aside.embeddedUrl(), user, password)
                    .load()
                    .migrate();
            execute(aside.embeddedUrl(), "SHUTDOWN");
            Files.move(aside.file(), db.file(), StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(aside.file());
        }
    }

    /** A consistent copy of the database as it is (H2's online backup), complete before it carries its name. */
    private static void takeCopy(Configuration configuration, H2DatabaseFile db) throws IOException {
        try (Connection c = configuration.getDataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + db.copyInProgress().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy " + db.file() + " before upgrading it: " + e.getMessage(), e);
        }
        Files.move(db.copyInProgress(), db.copy(), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Unpacks the copy beside the database and moves it over the half-upgraded one in one rename. */
    private static void restore(H2DatabaseFile db) throws IOException {
        Files.createDirectories(db.restoring());
        Restore.execute(db.copy().toString(), db.restoring().toString(), db.name());
        Files.move(
                db.restoring().resolve(db.file().getFileName()),
                db.file(),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        deleteTree(db.restoring());
    }

    /** What a killed start may have left half-done; the lock is held, so nobody else is working on them. */
    private static void removeLeftovers(H2DatabaseFile db) throws IOException {
        Files.deleteIfExists(db.aside().file());
        Files.deleteIfExists(db.copyInProgress());
        deleteTree(db.restoring());
    }

    private void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        }
    }

    private static String outcome(String before, MigrateResult result, String how) {
        if (result.migrationsExecuted == 0) {
            return "schema version " + before + upToDateOrNewer(before);
        }
        return "schema version " + before + ": upgraded it to version " + result.targetSchemaVersion + " ("
                + migrations(result.migrationsExecuted) + "; " + how + ")";
    }

    /** What a schema with nothing to migrate is: this build's, or one a newer coopbrief made (used as it is). */
    private static String upToDateOrNewer(String version) {
        boolean newer = !version.equals("none")
                && MigrationVersion.fromVersion(version)
                                .compareTo(MigrationVersion.fromVersion(SchemaCheck.LATEST_MIGRATION))
                        > 0;
        return newer
                ? ", newer than this coopbrief's (" + SchemaCheck.LATEST_MIGRATION
                        + "): made by a newer version of it; used as it is, without migrating"
                : ", up to date";
    }

    private static String migrations(int n) {
        return n == 1 ? "1 migration" : n + " migrations";
    }

    private static String version(@Nullable MigrationInfo current) {
        return current == null || current.getVersion() == null
                ? "none"
                : current.getVersion().getVersion();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
