package org.coopbrief.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * The database lock that lets exactly one job touch the dataset at a time, across processes.
 * It is a row lock held by an open transaction on a dedicated connection: the database drops it
 * when the holder commits, rolls back, or dies (SIGKILL included), so there is no stale lock to
 * clean up. Waiting is bounded by a short lock timeout, so a second trigger fails fast.
 */
@Component
public class RunLock {

    private static final String LOCK = "dataset";
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;

    RunLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A held lock; closing it releases it. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
            } catch (SQLException e) {
                // the connection is gone, and the lock with it
            }
        }
    }

    /** Takes the lock, or returns empty when another run holds it. */
    public Optional<Held> tryAcquire() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            setLockTimeout(c);
            try (PreparedStatement ps =
                    c.prepareStatement("select lock_name from run_lock where lock_name = ? for update")) {
                ps.setString(1, LOCK);
                ps.executeQuery().close();
            }
            return Optional.of(new Held(c));
        } catch (SQLException e) {
            closeQuietly(c);
            if (isLockTimeout(e)) {
                return Optional.empty();
            }
            throw new IllegalStateException("cannot take the run lock: " + e.getMessage(), e);
        }
    }

    private static void setLockTimeout(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        try (Statement s = c.createStatement()) {
            if (product.contains("h2")) {
                s.execute("SET LOCK_TIMEOUT " + WAIT_MILLIS);
            } else if (product.contains("postgres")) {
                s.execute("SET LOCAL lock_timeout = '" + WAIT_MILLIS + "ms'");
            }
        }
    }

    private static boolean isLockTimeout(SQLException e) {
        // H2: 50200 LOCK_TIMEOUT_1 (and 40001 deadlock); PostgreSQL: SQLState 55P03 lock_not_available
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s
                    && (s.getErrorCode() == 50200
                            || s.getErrorCode() == 40001
                            || "55P03".equals(s.getSQLState())
                            || "HYT00".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
        }
    }
}
