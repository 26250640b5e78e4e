package org.coopbrief.export.pdf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coopbrief.localisation.Language;
import org.coopbrief.run.Progress;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per partner briefing: each partner the analysis gives a briefing, in each of the
 * run's languages, keyed {@code <partner>-<lang>} (the worker step execution is named
 * {@code write-partner-briefing:GE-en}); the partner and the language are in the partition's
 * execution context, which is all a worker needs, in this process or another.
 */
class PartnerBriefingPartitioner implements Partitioner {

    static final String PARTNER = "partner";
    static final String LANGUAGE = "language";

    private final BriefingSources sources;
    private final StepExecution manager;
    private final Progress progress;

    PartnerBriefingPartitioner(BriefingSources sources, StepExecution manager, Progress progress) {
        this.sources = sources;
        this.manager = manager;
        this.progress = progress;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        BriefingSources.Run run = sources.of(manager.getJobExecution());
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Language language : run.languages()) {
            for (String partner : run.partners()) {
                ExecutionContext context = new ExecutionContext();
                context.putString(PARTNER, partner);
                context.putString(LANGUAGE, language.code());
                partitions.put(partner + "-" + language.code(), context);
            }
        }
        progress.start(manager.getStepName(), partitions.size(), "partner briefings");
        return partitions;
    }
}
