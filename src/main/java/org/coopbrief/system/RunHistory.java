package org.coopbrief.system;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Recent job executions with their parameters and summed step counts, from the job repository. */
@Component
public class RunHistory {

    private final JdbcTemplate jdbc;

    RunHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Entry(
            long executionId,
            long instanceId,
            String job,
            String parameters,
            String status,
            String exitCode,
            LocalDateTime start,
            LocalDateTime end,
            long read,
            long written,
            long skipped) {}

    public List<Entry> recent(int limit) {
        return jdbc.query(
                """
                select e.job_execution_id, e.job_instance_id, i.job_name, e.status, e.exit_code, e.start_time, e.end_time,
                       coalesce(sum(s.read_count), 0) as reads,
                       coalesce(sum(s.write_count), 0) as writes,
                       coalesce(sum(s.read_skip_count + s.process_skip_count + s.write_skip_count + s.filter_count), 0) as skips
                from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id
                left join batch_step_execution s on s.job_execution_id = e.job_execution_id
                     and s.step_name not like '%%:%%'
                group by e.job_execution_id, e.job_instance_id, i.job_name, e.status, e.exit_code, e.start_time, e.end_time
                order by e.job_execution_id desc
                fetch first %d rows only
                """.formatted(limit),
                (rs, i) -> new Entry(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        parameters(rs.getLong(1)),
                        rs.getString(4),
                        rs.getString(5),
                        toLocal(rs.getTimestamp(6)),
                        toLocal(rs.getTimestamp(7)),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10)));
    }

    /** name=value by name; sorted here, not by the database, whose text order depends on its collation. */
    private String parameters(long executionId) {
        java.util.SortedMap<String, String> byName = new java.util.TreeMap<>();
        jdbc.query(
                "select parameter_name, parameter_value from batch_job_execution_params where job_execution_id = ?",
                rs -> {
                    byName.put(rs.getString(1), rs.getString(2));
                },
                executionId);
        return String.join(
                " ",
                byName.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
    }

    private static LocalDateTime toLocal(java.sql.Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
