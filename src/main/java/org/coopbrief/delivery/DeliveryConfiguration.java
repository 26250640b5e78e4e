package org.coopbrief.delivery;

import java.nio.file.Path;
import java.util.List;

import org.coopbrief.run.DeliveryMode;
import org.coopbrief.run.RunLog;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.CoopbriefProperties;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The delivery steps of the main job (the pipeline puts them after the manifest: the reports are
 * complete whatever the delivery does): whether to deliver at all, planning the messages into the
 * outbox, sending them one by one (each its own chunk, so a stop request takes effect between two
 * messages and a restart continues with the next), and the delivery report.
 */
@Configuration(proxyBeanMethods = false)
public class DeliveryConfiguration {

    /** The decider's answer when the run delivers; anything else ends the job after the manifest. */
    public static final String DELIVER = "DELIVER";

    public static final String NO_DELIVERY = "NO_DELIVERY";

    /** The delivery step's exit code when some messages could not be delivered (the job still completes). */
    public static final String FAILED_DELIVERIES = "COMPLETED_WITH_FAILED_DELIVERIES";

    @Bean
    JobExecutionDecider deliveryDecider(CoopbriefProperties properties) {
        return (JobExecution job, StepExecution step) ->
                properties.delivery().enabled() && DeliveryMode.of(job.getJobParameters()) != DeliveryMode.OFF
                        ? new FlowExecutionStatus(DELIVER)
                        : new FlowExecutionStatus(NO_DELIVERY);
    }

    @Bean
    Step planDeliveriesStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            Deliveries deliveries,
            RunLog runLog) {
        return new StepBuilder("plan-deliveries", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            JobExecution job =
                                    chunk.getStepContext().getStepExecution().getJobExecution();
                            deliveries.plan(job.getJobInstance(), job.getJobParameters());
                            contribution.incrementWriteCount(deliveries
                                    .status(job.getJobInstance().getInstanceId())
                                    .size());
                            return RepeatStatus.FINISHED;
                        },
                        transactionManager)
                .listener(runLog)
                .build();
    }

    @Bean
    Step sendDeliveriesStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            Deliveries deliveries,
            RunLog runLog) {
        return new StepBuilder("send-deliveries", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            JobExecution job =
                                    chunk.getStepContext().getStepExecution().getJobExecution();
                            long run = job.getJobInstance().getInstanceId();
                            String label = RunParameters.label(job.getJobParameters());
                            if (DeliveryMode.of(job.getJobParameters()) == DeliveryMode.DRY_RUN) {
                                List<Path> drafts = deliveries.writeDrafts(run, label);
                                contribution.incrementWriteCount(drafts.size());
                                return RepeatStatus.FINISHED;
                            }
                            // one message per chunk: committed, then a stop request is honoured before the next
                            return deliveries
                                    .sendNext(run, label)
                                    .map(row -> {
                                        if (row.status() == OutboxRow.Status.SENT) {
                                            contribution.incrementWriteCount(1);
                                        } else {
                                            contribution.incrementProcessSkipCount();
                                        }
                                        return RepeatStatus.CONTINUABLE;
                                    })
                                    .orElse(RepeatStatus.FINISHED);
                        },
                        transactionManager)
                .listener(runLog)
                .build();
    }

    @Bean
    Step reportDeliveriesStep(
            JobRepository jobRepository,
            PlatformTransactionManager transactionManager,
            Deliveries deliveries,
            RunLog runLog) {
        return new StepBuilder("report-deliveries", jobRepository)
                .tasklet(
                        (contribution, chunk) -> {
                            JobExecution job =
                                    chunk.getStepContext().getStepExecution().getJobExecution();
                            long run = job.getJobInstance().getInstanceId();
                            deliveries.writeReport(run, RunParameters.label(job.getJobParameters()));
                            String summary = deliveries.summary(run).orElse("nothing to deliver");
                            contribution.setExitStatus(
                                    deliveries.failed(run).isEmpty()
                                            ? ExitStatus.COMPLETED.addExitDescription(summary)
                                            : new ExitStatus(FAILED_DELIVERIES, summary));
                            return RepeatStatus.FINISHED;
                        },
                        transactionManager)
                .listener(runLog)
                .build();
    }
}
