package org.coopbrief.ingest;

import org.coopbrief.system.CoopbriefProperties;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * A drill for restart: when configured, fails a load step after a number of committed chunks,
 * or slows every chunk down so a process can be killed in the middle of a step. Off by default;
 * used by the restart tests and by operators who want to rehearse a recovery.
 */
@Component
class FaultInjection implements ChunkListener<Object, Object> {

    private final String failStep;
    private final int failAfterChunks;
    private final long chunkDelayMillis;

    FaultInjection(CoopbriefProperties properties) {
        this.failStep = properties.fault().failStep();
        this.failAfterChunks = properties.fault().failAfterChunks();
        this.chunkDelayMillis = properties.fault().chunkDelayMs();
    }

    @Override
    public void beforeChunk(Chunk<Object> chunk) {
        var context = StepSynchronizationManager.getContext();
        if (context == null || failAfterChunks < 0) {
            return;
        }
        var step = context.getStepExecution();
        if (step.getStepName().equals(failStep) && step.getCommitCount() >= failAfterChunks) {
            throw new IllegalStateException("fault injected by coopbrief.fault.fail-step=" + failStep + " after "
                    + failAfterChunks + " committed chunk(s)");
        }
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        if (chunkDelayMillis > 0) {
            try {
                Thread.sleep(chunkDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
