package org.coopbrief.system;

import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * With the embedded H2 file database, processes share the file through H2's auto-server mode:
 * the first process to open it serves it to the others over loopback. If that process exited
 * while another was running a job, the other's open transactions (its chunk, its run lock) would
 * be cut. So before exiting, a process that serves other processes waits until they are done.
 */
@Component
public class SharedDatabaseHandoff {

    private final JdbcTemplate jdbc;
    private final boolean autoServer;
    private final DataSource dataSource;
    private final Duration maxWait;

    SharedDatabaseHandoff(DataSource dataSource, DataSourceProperties database, CoopbriefProperties properties) {
        this.jdbc = new JdbcTemplate(dataSource);
        String url = database.getUrl() == null ? "" : database.getUrl();
        this.autoServer = url.startsWith("jdbc:h2:")
                && url.toUpperCase(java.util.Locale.ROOT).contains("AUTO_SERVER=TRUE");
        this.dataSource = dataSource;
        this.maxWait = properties.handoffMaxWait();
    }

    /** Blocks while other processes use the database through this one; tells {@code say} once why. */
    public void awaitOtherProcesses(Consumer<String> say) {
        if (!autoServer || neverConnected()) {
            return;
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean told = false;
        while (servesOthers() && System.nanoTime() < deadline) {
            if (!told) {
                say.accept("another coopbrief process is using the database through this one (H2 auto-server);"
                        + " waiting for it to finish before exiting");
                told = true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * This process never opened the database (a command that found it had to be built, upgraded or
     * refused first), so it serves nobody; asking would open it, and create, or write into, a file
     * that the schema migration must see as it is.
     */
    private boolean neverConnected() {
        return dataSource instanceof HikariDataSource pool && !pool.isRunning();
    }

    /**
     * This process serves others when its own session is embedded (no client address: it opened
     * the file) and sessions opened over TCP by other processes exist.
     */
    private boolean servesOthers() {
        try {
            Integer ownEmbedded = jdbc.queryForObject(
                    "select count(*) from information_schema.sessions"
                            + " where session_id = session_id() and client_addr is null",
                    Integer.class);
            Integer remote = jdbc.queryForObject(
                    "select count(*) from information_schema.sessions where client_addr is not null", Integer.class);
            return ownEmbedded != null && ownEmbedded > 0 && remote != null && remote > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
