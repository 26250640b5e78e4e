package org.coopbrief.ingest;

import java.util.List;
import java.util.Map;

/**
 * One input file of the dataset: its name, its header, the table it loads into, and how one
 * row is validated into a domain value and stored. Staging and live tables have the same columns.
 */
abstract class DatasetFile<T> {

    abstract String fileName();

    /** The exact header row, in order. */
    abstract List<String> columns();

    /** The live table; the staging table is {@code stg_<table>}. */
    abstract String table();

    /** The SQL expression over the table's columns that must be unique (the row's id). */
    String idSql() {
        return "id";
    }

    abstract String id(T row);

    /** The CSV column that holds the id, named when a duplicate is rejected. */
    String idColumn() {
        return "id";
    }

    /** Validates one row; throws {@link RowRejectedException} naming the field at fault. */
    abstract T parse(RowFields fields, Lookups lookups);

    /** The table's columns (line_no is added to every table). */
    abstract List<String> tableColumns();

    /** The row as values of {@link #tableColumns()}. */
    abstract Map<String, Object> toColumns(T row);

    /** Called once a row is accepted, so later rows of the same file can refer to it. */
    void accepted(T row, Lookups lookups) {}

    final String stagingTable() {
        return "stg_" + table();
    }

    final String stepName() {
        return "load-" + table();
    }

    /** Insert with positional parameters, one per table column plus line_no, in the order of {@link #columnList()}. */
    final String insertSql(String target) {
        String params =
                String.join(", ", java.util.Collections.nCopies(tableColumns().size() + 1, "?"));
        return "insert into " + target + " (" + columnList() + ") values (" + params + ")";
    }

    final String columnList() {
        return String.join(", ", tableColumns()) + ", line_no";
    }
}
