package org.coopbrief.ingest;

import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the staging tables at the start of a load (a restart resumes after this step, keeping them). */
class StagingReset implements Tasklet {

    private final JdbcTemplate jdbc;
    private final DatasetFiles files;

    StagingReset(JdbcTemplate jdbc, DatasetFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<DatasetFile<?>> order = files.inLoadOrder();
        for (int i = order.size() - 1; i >= 0; i--) {
            jdbc.update("delete from " + order.get(i).stagingTable());
        }
        return RepeatStatus.FINISHED;
    }
}
