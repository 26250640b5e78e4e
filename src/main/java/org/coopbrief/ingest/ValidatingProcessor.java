package org.coopbrief.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Validates one record of a file into its domain value. Invalid rows throw
 * {@link RowRejectedException}, which the step skips and {@link RejectRecorder} records.
 * Ids already staged (by an earlier, interrupted execution of the step) count as seen.
 */
class ValidatingProcessor<T> implements ItemProcessor<CsvRecord, StagedRow> {

    private final DatasetFile<T> file;
    private final Lookups lookups;
    private final List<String> columns;
    private final Map<String, Integer> columnIndex;
    private final List<String> tableColumns;
    private final Map<String, Integer> seenIds = new HashMap<>();

    ValidatingProcessor(DatasetFile<T> file, JdbcTemplate jdbc) {
        this.file = file;
        this.columns = List.copyOf(file.columns());
        this.columnIndex = RowFields.index(columns);
        this.tableColumns = List.copyOf(file.tableColumns());
        this.lookups = new Lookups(
                new HashSet<>(jdbc.queryForList("select code from stg_entity", String.class)),
                new HashSet<>(jdbc.queryForList("select id from stg_source", String.class)));
        jdbc.query("select " + file.idSql() + " as row_id, line_no from " + file.stagingTable(), rs -> {
            seenIds.put(rs.getString("row_id"), rs.getInt("line_no"));
        });
    }

    @Override
    public StagedRow process(CsvRecord record) {
        if (record.problem() != null) {
            throw new RowRejectedException(
                    "-", "", record.problem(), org.coopbrief.dataset.Problem.of("csv", record.problem()));
        }
        int expected = columns.size();
        if (record.values().size() != expected) {
            throw new RowRejectedException(
                    "-",
                    "",
                    "has " + record.values().size() + " fields, expected " + expected + " (" + String.join(",", columns)
                            + ")",
                    org.coopbrief.dataset.Problem.of(
                            "fieldCount", record.values().size(), expected, String.join(",", columns)));
        }
        T row = file.parse(new RowFields(columnIndex, record.values()), lookups);
        String id = file.id(row);
        Integer firstLine = seenIds.putIfAbsent(id, record.line());
        if (firstLine != null) {
            throw new RowRejectedException(
                    file.idColumn(),
                    id,
                    "duplicate key: already defined on line " + firstLine,
                    org.coopbrief.dataset.Problem.of("duplicateKey", firstLine));
        }
        file.accepted(row, lookups);
        Map<String, Object> byName = file.toColumns(row);
        Object[] values = new Object[tableColumns.size() + 1];
        for (int i = 0; i < tableColumns.size(); i++) {
            values[i] = byName.get(tableColumns.get(i));
        }
        values[tableColumns.size()] = record.line();
        return new StagedRow(values);
    }
}
