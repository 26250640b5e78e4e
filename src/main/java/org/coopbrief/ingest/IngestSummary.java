package org.coopbrief.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.coopbrief.dataset.LoadRecord;
import org.coopbrief.dataset.Reject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an ingest run did, per file, and the rows it rejected: the ingest's read API for the
 * terminal, the manifest and the reports. Nothing outside the ingest names its tables.
 */
@Component
public class IngestSummary implements LoadRecord {

    private final JdbcTemplate jdbc;
    private final DatasetFiles files;

    IngestSummary(JdbcTemplate jdbc, DatasetFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    public record FileCount(String file, int read, int loaded, int rejected) {}

    /** Counts of the latest staged load (the one the given run produced, while no other ran since). */
    public List<FileCount> counts(long instanceId) {
        return files.inLoadOrder().stream()
                .map(f -> {
                    int loaded = count("select count(*) from " + f.stagingTable());
                    int rejected = count("select count(*) from ingest_reject where job_instance_id = " + instanceId
                            + " and file_name = '" + f.fileName() + "'");
                    return new FileCount(f.fileName(), loaded + rejected, loaded, rejected);
                })
                .toList();
    }

    /**
     * The run's rejects by file name, line, then as recorded. The file names are sorted here, not by
     * the database, whose text order depends on its collation: the same run lists them alike on H2 and
     * PostgreSQL.
     */
    @Override
    public List<Reject> rejects(long instanceId) {
        List<Reject> recorded = jdbc.query(
                "select file_name, line_no, field, bad_value, reason, raw_text, problem from ingest_reject"
                        + " where job_instance_id = ? order by line_no, id",
                (rs, i) -> new Reject(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        org.coopbrief.dataset.Problem.decode(rs.getString(7))),
                instanceId);
        return recorded.stream()
                .sorted(Comparator.comparing(Reject::file).thenComparingInt(Reject::line))
                .toList();
    }

    @Override
    public Optional<String> inputDir() {
        return jdbc
                .queryForList(
                        "select input_dir from dataset_load order by published_at desc, job_execution_id desc"
                                + " fetch first 1 rows only",
                        String.class)
                .stream()
                .findFirst();
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }
}
