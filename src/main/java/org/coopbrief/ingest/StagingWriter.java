package org.coopbrief.ingest;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Inserts a chunk of validated rows into the file's staging table, in the chunk's transaction. */
class StagingWriter implements ItemWriter<StagedRow> {

    private final NamedParameterJdbcTemplate jdbc;
    private final String sql;

    StagingWriter(NamedParameterJdbcTemplate jdbc, DatasetFile<?> file) {
        this.jdbc = jdbc;
        this.sql = file.insertSql(file.stagingTable());
    }

    @Override
    public void write(Chunk<? extends StagedRow> chunk) {
        SqlParameterSource[] batch = chunk.getItems().stream()
                .map(row -> new MapSqlParameterSource(row.columns()))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(sql, batch);
    }
}
