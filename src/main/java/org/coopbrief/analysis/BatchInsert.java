package org.coopbrief.analysis;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;

/**
 * Rows inserted by one statement in batches of a fixed size, as they come: no list of every row's
 * values is built, so a result or snapshot table of a million rows is written in a small heap.
 * Closing it sends the last batch.
 * <p>
 * The values are set on the statement directly, as {@link JdbcTemplate#batchUpdate(String, List)}
 * would set them (a string with setString, anything else with setObject, a null with the
 * parameter's type), but with each parameter's type asked once per statement instead of once per
 * null value: that lookup and its wrapping were a third of the time the analysis spent writing.
 */
final class BatchInsert implements AutoCloseable {

    static final int BATCH = 1000;

    /** A parameter type not asked yet. */
    private static final int UNKNOWN = Integer.MIN_VALUE;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<Object[]> rows = new ArrayList<>(BATCH);
    private int[] nullTypes;

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
            jdbc.execute(sql, (PreparedStatementCallback<int[]>) ps -> {
                for (Object[] row : rows) {
                    set(ps, row);
                    ps.addBatch();
                }
                return ps.executeBatch();
            });
            rows.clear();
        }
    }

    private void set(PreparedStatement ps, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            if (v == null) {
                ps.setNull(i + 1, nullType(ps, i, row.length));
            } else if (v instanceof String s) {
                ps.setString(i + 1, s);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    /** The parameter's SQL type for a null, asked of the driver once (Types.NULL when it cannot say). */
    private int nullType(PreparedStatement ps, int i, int columns) {
        if (nullTypes == null) {
            nullTypes = new int[columns];
            java.util.Arrays.fill(nullTypes, UNKNOWN);
        }
        if (nullTypes[i] == UNKNOWN) {
            int type;
            try {
                type = ps.getParameterMetaData().getParameterType(i + 1);
            } catch (SQLException | RuntimeException e) {
                type = Types.NULL;
            }
            nullTypes[i] = type;
        }
        return nullTypes[i];
    }

    @Override
    public void close() {
        flush();
    }
}
