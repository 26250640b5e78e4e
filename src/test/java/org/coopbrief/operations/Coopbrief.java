package org.coopbrief.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coopbrief.EmbeddedPostgresServer;
import org.jspecify.annotations.Nullable;

/**
 * coopbrief as a separate process with a home of its own (database, reports), started with the
 * test class path, the way cron starts it: for kills, signals and concurrent triggers.
 */
final class Coopbrief {

    private final Path home;
    private final Path input;
    private final EmbeddedPostgresServer.@Nullable Database postgres;

    /** With the embedded H2 database in {@code home/data}, the default. */
    Coopbrief(Path home, Path input) {
        this(home, input, null);
    }

    /**
     * With a PostgreSQL database instead, given only as an operator gives it: the environment
     * variables {@code SPRING_DATASOURCE_URL}, {@code _USERNAME} and {@code _PASSWORD}.
     */
    Coopbrief(Path home, Path input, EmbeddedPostgresServer.@Nullable Database postgres) {
        this.home = home;
        this.input = input;
        this.postgres = postgres;
    }

    Path home() {
        return home;
    }

    Path reports() {
        return home.resolve("reports");
    }

    /** Exit code and output (stdout and stderr together). */
    record Finished(int exitCode, String output) {}

    /** A started process and the file that collects its output. */
    record Started(Process process, Path log) {
        String output() throws IOException {
            return Files.readString(log);
        }
    }

    /** Starts {@code coopbrief <args> --input <input>}; {@code settings} are extra -D properties. */
    Started start(Map<String, String> settings, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a run lives seconds: the C1 compiler alone halves its CPU time (measured on 2 cores), same behaviour
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dcoopbrief.home=" + home);
        command.add("-Dcoopbrief.data-dir=" + home.resolve("data"));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("org.coopbrief.CoopbriefApplication");
        command.addAll(List.of(args));
        if (List.of(args).contains("run") || List.of(args).contains("ingest")) {
            command.add("--input");
            command.add(input.toString());
        }
        Files.createDirectories(home);
        Path log = home.resolve("out-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command);
        if (postgres != null) {
            builder.environment().put("SPRING_DATASOURCE_URL", postgres.url());
            builder.environment().put("SPRING_DATASOURCE_USERNAME", postgres.user());
            builder.environment().put("SPRING_DATASOURCE_PASSWORD", postgres.password());
        }
        return new Started(
                builder.redirectOutput(log.toFile()).redirectErrorStream(true).start(), log);
    }

    Finished run(Map<String, String> settings, String... args) throws IOException, InterruptedException {
        return finish(start(settings, args));
    }

    static Finished finish(Started started) throws IOException, InterruptedException {
        Process p = started.process();
        if (!p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("coopbrief did not end: " + started.output());
        }
        return new Finished(p.exitValue(), started.output());
    }

    Connection database() throws SQLException {
        if (postgres != null) {
            return DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
        }
        // IFEXISTS: the test must never create the database, nor serve it before coopbrief has opened it
        return DriverManager.getConnection(
                "jdbc:h2:file:" + home.resolve("data/coopbrief")
                        + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;IFEXISTS=TRUE",
                "sa",
                "");
    }

    long count(String sql) throws SQLException {
        try (Connection c = database();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of every row of a query, in its order. */
    List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = database();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /**
     * The schema as the database describes it: every column with its type, nullability and position,
     * every constraint, and the migrations applied with their checksums.
     */
    List<String> schema() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database();
                Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "select table_name, column_name, ordinal_position, data_type, character_maximum_length,"
                            + " numeric_precision, numeric_scale, is_nullable from information_schema.columns"
                            + " where table_schema = 'PUBLIC' order by table_name, ordinal_position",
                    "select table_name, constraint_type, constraint_name from information_schema.table_constraints"
                            + " where table_schema = 'PUBLIC' order by table_name, constraint_type, constraint_name",
                    "select \"version\", \"description\", \"checksum\", \"success\" from \"flyway_schema_history\""
                            + " order by \"installed_rank\"")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    /**
     * Waits until a query returns a positive number while {@code started} runs; fails at once, with
     * its output, if the process ended first, and with its output so far on a timeout.
     */
    void await(Started started, String sql, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            // not before the job has started: until coopbrief holds the file, a connection from here would
            // open it itself (or take over a killed process's lock), and the starting process would find the
            // lock file busy ("Lock file recently modified") and refuse to start
            if (started.output().contains("RunLog - start ")) {
                try {
                    if (count(sql) > 0) {
                        return;
                    }
                } catch (SQLException notYet) {
                    // database not created yet
                }
            }
            if (!started.process().isAlive()) {
                throw new AssertionError("the process ended (exit "
                        + started.process().exitValue() + ") before: " + sql + "\n" + started.output());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for: " + sql + "\n" + started.output());
    }
}
