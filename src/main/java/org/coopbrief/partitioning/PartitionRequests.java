package org.coopbrief.partitioning;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * The partition requests on the wire: one JMS text message per partition, {@code <step name> <step
 * execution id>}, on the queue {@value #QUEUE}. Text rather than a serialized Java object: a worker
 * deserializes nothing it receives, and the messages can be read with the broker's own tools.
 */
final class PartitionRequests {

    /** The queue the manager sends the partitions to and the workers listen on. */
    static final String QUEUE = "coopbrief.partitions";

    private PartitionRequests() {}

    static String encode(StepExecutionRequest request) {
        return request.getStepName() + " " + request.getStepExecutionId();
    }

    static StepExecutionRequest decode(String text) {
        String[] parts = text.strip().split(" ");
        if (parts.length != 2 || !parts[1].matches("\\d+")) {
            throw new IllegalArgumentException("not a partition request: '" + text + "'");
        }
        return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
    }
}
