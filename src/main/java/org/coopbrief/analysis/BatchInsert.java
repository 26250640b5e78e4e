package org.coopbrief.analysis;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows inserted by one statement in batches of a fixed size, as they come: no list of every row's
 * values is built, so a result or snapshot table of a million rows is written in a small heap.
 * Closing it sends the last batch.
 */
final class BatchInsert implements AutoCloseable {

    static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<Object[]> rows = new ArrayList<>(BATCH);

    BatchInsert(JdbcTemplate jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** One row's values, in the statement's order. */
    void add(Object... row) {
        rows.add(row);
        if (rows.size() >= BATCH) {
            flush();
        }
    }

    private void flush() {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }

    @Override
    public void close() {
        flush();
    }
}
