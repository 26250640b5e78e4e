package org.coopbrief.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * Inserts a chunk of validated rows into the file's staging table, in the chunk's transaction: one
 * JDBC batch of positional parameters (the columns in table order, then the line number).
 */
class StagingWriter implements ItemWriter<StagedRow> {

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<String> columns;

    StagingWriter(JdbcTemplate jdbc, DatasetFile<?> file) {
        this.jdbc = jdbc;
        this.columns = new ArrayList<>(file.tableColumns());
        this.columns.add("line_no");
        this.sql = file.insertSql(file.stagingTable());
    }

    @Override
    public void write(Chunk<? extends StagedRow> chunk) {
        List<StagedRow> rows = new ArrayList<>(chunk.getItems());
        jdbc.batchUpdate(sql, rows, rows.size(), (ps, row) -> {
            for (int i = 0; i < columns.size(); i++) {
                StatementCreatorUtils.setParameterValue(
                        ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, row.columns().get(columns.get(i)));
            }
        });
    }
}
