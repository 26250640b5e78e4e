package org.coopbrief.ingest;

import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What an ingest run did, per file, and the rows it rejected: for the terminal and the tests. */
@Component
public class IngestSummary {

    private final JdbcTemplate jdbc;
    private final DatasetFiles files;

    IngestSummary(JdbcTemplate jdbc, DatasetFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    public record FileCount(String file, int read, int loaded, int rejected) {
    }

    public record Reject(String file, int line, String field, String value, String reason) {

        /** {@code input/figures.csv:12: field 'value' ('abc'): is not a decimal number}. */
        public String describe(Path inputDir) {
            boolean quoted = value == null || value.isEmpty() || reason.contains("'" + value + "'");
            String shown = quoted ? "" : " ('" + value + "')";
            return inputDir.resolve(file) + ":" + line + ": field '" + field + "'" + shown + ": " + reason;
        }
    }

    /** Counts of the latest staged load (the one the given run produced, while no other ran since). */
    public List<FileCount> counts(long instanceId) {
        return files.inLoadOrder().stream().map(f -> {
            int loaded = count("select count(*) from " + f.stagingTable());
            int rejected = count("select count(*) from ingest_reject where job_instance_id = " + instanceId
                    + " and file_name = '" + f.fileName() + "'");
            return new FileCount(f.fileName(), loaded + rejected, loaded, rejected);
        }).toList();
    }

    public List<Reject> rejects(long instanceId) {
        return jdbc.query("select file_name, line_no, field, bad_value, reason from ingest_reject where job_instance_id = ?"
                + " order by file_name, line_no", (rs, i) -> new Reject(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), instanceId);
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }
}
