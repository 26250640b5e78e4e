package org.coopbrief.partitioning;

import java.util.Map;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

import jakarta.jms.ConnectionFactory;

/**
 * The context of {@code coopbrief worker}, besides the whole application (in remote mode): listens
 * on the partition queue and runs each request with a {@link PartitionRunner}. Not a component:
 * only the worker command adds it ({@link Worker#configuration()}), so a manager never consumes
 * partitions itself.
 *
 * <p>One partition at a time per worker, received in a transacted session (a request whose worker
 * dies before it has started the partition goes to another worker) and without prefetch
 * (consumer window 0), so the partitions spread over the workers as they become free instead of
 * queuing behind a busy one.
 */
class WorkerConfiguration {

    @Bean
    PartitionRunner partitionRunner(
            @Value("${" + Worker.NAME_PROPERTY + "}") String workerName,
            JobRepository jobRepository,
            Map<String, Step> steps) {
        return new PartitionRunner(workerName, jobRepository, steps);
    }

    @Bean
    DefaultMessageListenerContainer partitionListener(ConnectionFactory connectionFactory) {
        DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
        container.setConnectionFactory(connectionFactory);
        container.setDestinationName(PartitionRequests.QUEUE);
        container.setSessionTransacted(true);
        container.setConcurrentConsumers(1);
        container.setMaxConcurrentConsumers(1);
        return container;
    }

    @Bean
    IntegrationFlow partitionRequestsFromBroker(
            DefaultMessageListenerContainer partitionListener, PartitionRunner partitionRunner) {
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(partitionListener))
                .transform(String.class, PartitionRequests::decode)
                .handle(StepExecutionRequest.class, (request, headers) -> {
                    partitionRunner.run(request);
                    return null; // nothing to reply: the manager reads the outcome from the job repository
                })
                .get();
    }

    /** No prefetch: a worker takes a request only when it is free to run it. */
    @Bean
    static BeanPostProcessor noPrefetch() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                Object target =
                        bean instanceof CachingConnectionFactory caching ? caching.getTargetConnectionFactory() : bean;
                if (target instanceof ActiveMQConnectionFactory artemis) {
                    artemis.setConsumerWindowSize(0);
                }
                return bean;
            }
        };
    }
}
