package org.coopbrief.export.pdf;

import org.coopbrief.localisation.Language;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The worker of the partitioned partner-briefings step: writes the one briefing its partition
 * names (partner and language, in the step execution context). It needs nothing from the step
 * that partitioned it, so it can run in another process (remote partitioning) as well as on a
 * thread of this one.
 */
class WritePartnerBriefing implements Tasklet {

    private final BriefingSources sources;
    private final BriefingFiles files;

    WritePartnerBriefing(BriefingSources sources, BriefingFiles files) {
        this.sources = sources;
        this.files = files;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ExecutionContext partition = step.getExecutionContext();
        String partner = partition.getString(PartnerBriefingPartitioner.PARTNER);
        Language language = Language.parse(partition.getString(PartnerBriefingPartitioner.LANGUAGE));
        BriefingSources.Run run = sources.of(step.getJobExecution());
        BriefingContext context = run.context(language);
        files.writePartner(run.partnerFolder().resolve(context.partnerFileName(partner)), context, partner);
        contribution.incrementWriteCount(1);
        return RepeatStatus.FINISHED;
    }
}
