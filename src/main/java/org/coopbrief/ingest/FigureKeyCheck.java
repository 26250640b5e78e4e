package org.coopbrief.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One number per reporter, partner, indicator, scope, item and period. Two rows for the same key are
 * allowed only as two printed versions that disagree, marked with the same conflict group;
 * otherwise the later row is rejected (and named with the line of the first).
 */
class FigureKeyCheck implements Tasklet {

    private final JdbcTemplate jdbc;

    FigureKeyCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Staged(String id, String key, String conflict, int line, String value) {}

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var step = chunkContext.getStepContext().getStepExecution();
        long executionId = step.getJobExecutionId();
        long instanceId = step.getJobExecution().getJobInstance().getInstanceId();
        List<Staged> rows = jdbc.query(
                "select id, reporter, partner, indicator, scope, item, period, conflict, line_no, amount"
                        + " from stg_figure order by line_no, id",
                (rs, i) -> new Staged(
                        rs.getString("id"),
                        String.join(
                                ", ",
                                rs.getString("reporter"),
                                rs.getString("partner"),
                                rs.getString("indicator"),
                                rs.getString("scope"),
                                rs.getString("item") == null ? "-" : rs.getString("item"),
                                rs.getString("period")),
                        rs.getString("conflict"),
                        rs.getInt("line_no"),
                        rs.getBigDecimal("amount") == null
                                ? ""
                                : rs.getBigDecimal("amount").toPlainString()));
        Map<String, Staged> first = new HashMap<>();
        for (Staged row : rows) {
            Staged earlier = first.putIfAbsent(row.key(), row);
            if (earlier == null || (row.conflict() != null && Objects.equals(row.conflict(), earlier.conflict()))) {
                continue;
            }
            jdbc.update(
                    "insert into ingest_reject (job_execution_id, job_instance_id, file_name, line_no, field, bad_value, reason, problem)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                    executionId,
                    instanceId,
                    "figures.csv",
                    row.line(),
                    "conflict",
                    row.conflict() == null ? "" : row.conflict(),
                    "same reporter, partner, indicator, scope, item and period (" + row.key() + ") as line "
                            + earlier.line()
                            + "; two printed versions of one number need the same conflict group on both rows",
                    org.coopbrief.dataset.Problem.of("sameKey", row.key(), earlier.line())
                            .encode());
            jdbc.update("delete from stg_figure where id = ?", row.id());
            contribution.incrementFilterCount(1);
        }
        return RepeatStatus.FINISHED;
    }
}
