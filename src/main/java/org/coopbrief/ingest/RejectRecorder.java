package org.coopbrief.ingest;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records every skipped row with file, line, field, value and reason. Runs inside the chunk's
 * transaction, so a rolled-back chunk leaves no reject behind and a restart records it once.
 */
class RejectRecorder implements SkipListener<CsvRecord, StagedRow> {

    private static final int MAX_TEXT = 4000;

    private final JdbcTemplate jdbc;
    private final long jobExecutionId;
    private final long jobInstanceId;

    RejectRecorder(JdbcTemplate jdbc, long jobExecutionId, long jobInstanceId) {
        this.jdbc = jdbc;
        this.jobExecutionId = jobExecutionId;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void onSkipInProcess(CsvRecord record, Throwable t) {
        String field = "-";
        String value = "";
        String reason = t.getMessage();
        org.coopbrief.dataset.Problem problem = null;
        if (t instanceof RowRejectedException r) {
            field = r.field();
            value = r.value();
            reason = r.reason();
            problem = r.problem();
        }
        jdbc.update(
                "insert into ingest_reject (job_execution_id, job_instance_id, file_name, line_no, field, bad_value, reason, raw_text, problem)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                jobExecutionId,
                jobInstanceId,
                record.file(),
                record.line(),
                field,
                clip(value),
                clip(reason),
                clip(record.raw()),
                problem == null ? null : clip(problem.encode()));
    }

    private static String clip(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
