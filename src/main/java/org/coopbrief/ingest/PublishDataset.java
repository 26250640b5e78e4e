package org.coopbrief.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.coopbrief.run.RunParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Last step of an ingest, in one transaction: checks that every record of every file was either
 * staged or rejected (counts conserved), then replaces the live dataset with the staged one.
 * Readers of the live tables see the old dataset or the new one, never a mix.
 */
class PublishDataset implements Tasklet {

    private final JdbcTemplate jdbc;
    private final DatasetFiles files;

    PublishDataset(JdbcTemplate jdbc, DatasetFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        var step = chunkContext.getStepContext().getStepExecution();
        Path dir = RunParameters.input(step.getJobExecution().getJobParameters());
        long instanceId = step.getJobExecution().getJobInstance().getInstanceId();
        List<String> broken = new ArrayList<>();
        for (DatasetFile<?> file : files.inLoadOrder()) {
            int records = countRecords(dir.resolve(file.fileName()));
            int staged = count("select count(*) from " + file.stagingTable());
            int rejected = count("select count(*) from ingest_reject where job_instance_id = " + instanceId
                    + " and file_name = '" + file.fileName() + "'");
            if (records != staged + rejected) {
                broken.add(file.fileName() + ": read " + records + " rows but loaded " + staged + " and rejected "
                        + rejected);
            }
        }
        if (!broken.isEmpty()) {
            throw new IllegalStateException(
                    "row counts not conserved, nothing published: " + String.join("; ", broken));
        }
        List<DatasetFile<?>> order = files.inLoadOrder();
        for (int i = order.size() - 1; i >= 0; i--) {
            jdbc.update("delete from " + order.get(i).table());
        }
        for (DatasetFile<?> file : order) {
            jdbc.update("insert into " + file.table() + " (" + file.columnList() + ") select " + file.columnList()
                    + " from " + file.stagingTable());
        }
        jdbc.update(
                "insert into dataset_load (job_execution_id, job_instance_id, published_at, input_dir) values (?, ?, ?, ?)",
                step.getJobExecutionId(),
                instanceId,
                Timestamp.from(Instant.now()),
                dir.toString());
        return RepeatStatus.FINISHED;
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }

    private static int countRecords(Path path) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            CsvRecordParser parser = new CsvRecordParser(in, path.getFileName().toString());
            int n = -1; // the header is not a data row
            while (parser.next() != null) {
                n++;
            }
            return Math.max(n, 0);
        }
    }
}
