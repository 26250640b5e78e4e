package org.coopbrief.partitioning;

import org.coopbrief.export.pdf.BriefingConfiguration;
import org.coopbrief.run.Progress;
import org.coopbrief.system.CoopbriefProperties;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

import jakarta.jms.ConnectionFactory;

/**
 * The manager side of remote partitioning ({@code coopbrief.partitioning=remote}): the partner
 * briefings' {@code partnerBriefingHandler} sends each partition as a request on the queue
 * {@value PartitionRequests#QUEUE} and waits, polling the job repository, until the workers have
 * ended them all or {@code coopbrief.partition-timeout} has passed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "coopbrief.partitioning", havingValue = CoopbriefProperties.REMOTE)
@EnableIntegration
class RemotePartitioningConfiguration {

    /** How often the manager reads the partitions' state from the job repository. */
    static final long POLL_INTERVAL_MILLIS = 1000;

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /**
     * Requests to the broker, as text; each lives as long as the manager waits for it, so a worker
     * started after a timeout does not find old requests (it would refuse them anyway).
     */
    @Bean
    IntegrationFlow partitionRequestsToBroker(
            DirectChannel partitionRequests, ConnectionFactory connectionFactory, CoopbriefProperties properties) {
        return IntegrationFlow.from(partitionRequests)
                .transform(StepExecutionRequest.class, PartitionRequests::encode)
                .handle(Jms.outboundAdapter(connectionFactory)
                        .destination(PartitionRequests.QUEUE)
                        .configureJmsTemplate(template -> template.explicitQosEnabled(true)
                                .deliveryPersistent(true)
                                .timeToLive(properties.partitionTimeout().toMillis())))
                .get();
    }

    @Bean
    PartitionHandler partnerBriefingHandler(
            JobRepository jobRepository,
            DirectChannel partitionRequests,
            CoopbriefProperties properties,
            Progress progress) {
        RemotePartitionHandler handler =
                new RemotePartitionHandler(jobRepository, properties.partitionTimeout(), progress);
        handler.setStepName(BriefingConfiguration.WORKER_STEP_NAME);
        handler.setMessagingOperations(new MessagingTemplate(partitionRequests));
        handler.setPollInterval(POLL_INTERVAL_MILLIS);
        return handler;
    }
}
