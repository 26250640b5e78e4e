package org.coopbrief.ingest;

import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts a chunk of validated rows into the file's staging table, in the chunk's transaction: one
 * JDBC batch of positional parameters (the columns in table order, then the line number), bound
 * as a plain JDBC batch insert binds them. The SQL type of each parameter, which a null needs, is
 * asked of the driver once per step rather than once per null value.
 */
class StagingWriter implements ItemWriter<StagedRow> {

    private final JdbcTemplate jdbc;
    private final String sql;
    private int[] nullTypes;

    StagingWriter(JdbcTemplate jdbc, DatasetFile<?> file) {
        this.jdbc = jdbc;
        this.sql = file.insertSql(file.stagingTable());
    }

    @Override
    public void write(Chunk<? extends StagedRow> chunk) {
        List<? extends StagedRow> rows = chunk.getItems();
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Object[] values = rows.get(i).values();
                for (int p = 0; p < values.length; p++) {
                    if (values[p] == null) {
                        ps.setNull(p + 1, nullType(ps, p));
                    } else {
                        ps.setObject(p + 1, values[p]);
                    }
                }
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    private int nullType(PreparedStatement ps, int index) throws SQLException {
        if (nullTypes == null) {
            ParameterMetaData meta = ps.getParameterMetaData();
            int[] types = new int[meta.getParameterCount()];
            for (int p = 0; p < types.length; p++) {
                types[p] = meta.getParameterType(p + 1);
            }
            nullTypes = types;
        }
        return nullTypes[index];
    }
}
