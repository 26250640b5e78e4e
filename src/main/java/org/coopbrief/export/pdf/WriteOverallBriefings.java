package org.coopbrief.export.pdf;

import org.coopbrief.localisation.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the overall briefing of a run in each of its languages, after the partner briefings
 * (their step is partitioned: {@link PartnerBriefingPartitioner}); then frees the run's data.
 */
class WriteOverallBriefings implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteOverallBriefings.class);

    private final BriefingSources sources;
    private final BriefingFiles files;

    WriteOverallBriefings(BriefingSources sources, BriefingFiles files) {
        this.sources = sources;
        this.files = files;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        BriefingSources.Run run = sources.of(job);
        for (Language language : run.languages()) {
            BriefingContext context = run.context(language);
            files.writeOverall(run.folder().resolve(context.overallFileName()), context);
            contribution.incrementWriteCount(1);
            log.info(
                    "briefings ({}): {} and {} partner briefings in {}",
                    language.code(),
                    context.overallFileName(),
                    run.partners().size(),
                    run.folder());
        }
        sources.release(job);
        return RepeatStatus.FINISHED;
    }
}
