package org.coopbrief.system;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * A drill for restart (off by default): halts the JVM, the way SIGKILL or a power cut ends it, in
 * the step named by {@code coopbrief.fault.halt-in-step} once its work is done and committed but
 * before its end is recorded, so the next start finds it STARTED with its effects in place. Every
 * step gets it, whichever configuration builds the step, so a kill-and-restart test can cover
 * each step in turn without knowing how it is made.
 *
 * <p>{@code coopbrief.fault.delay-in-step} (with {@code delay-in-step-ms}) instead holds the named step,
 * or each of its partitions, for a while once it is recorded as started and before its work: a test can
 * kill the process (a remote partitioning worker) while the step runs.
 */
@Component
class StepFaultHook implements BeanPostProcessor {

    private final ObjectProvider<CoopbriefProperties> properties;

    // the settings are looked up lazily: a post-processor is made before the beans it could inject
    StepFaultHook(ObjectProvider<CoopbriefProperties> properties) {
        this.properties = properties;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractStep || bean instanceof ListableStepLocator) {
            CoopbriefProperties.Fault fault = properties.getObject().fault();
            String halt = fault.haltInStep().strip();
            if (!halt.isEmpty()) {
                register(bean, halt, new Halt(halt));
            }
            String delay = fault.delayInStep().strip();
            if (!delay.isEmpty() && fault.delayInStepMs() > 0) {
                register(bean, delay, new Delay(delay, fault.delayInStepMs()));
            }
        }
        return bean;
    }

    /** Steps that are beans, and the steps a job builds inside its flows (they are not beans). */
    private static void register(Object bean, String stepName, StepExecutionListener listener) {
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(listener);
        } else if (bean instanceof ListableStepLocator job) {
            for (String name : job.getStepNames()) {
                if (name.equals(stepName) && job.getStep(name) instanceof AbstractStep step) {
                    step.registerStepExecutionListener(listener);
                }
            }
        }
    }

    /** The step itself, or one of its partitions ({@code write-partner-briefing:GE-en}). */
    private static boolean isOrPartitionOf(String executed, String stepName) {
        return executed.equals(stepName) || executed.startsWith(stepName + ":");
    }

    private record Delay(String stepName, long millis) implements StepExecutionListener {
        @Override
        public void beforeStep(StepExecution stepExecution) {
            if (isOrPartitionOf(stepExecution.getStepName(), stepName)) {
                System.err.println("coopbrief: fault injected: holding step " + stepExecution.getStepName() + " for "
                        + millis + " ms");
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private record Halt(String stepName) implements StepExecutionListener {
        @Override
        public ExitStatus afterStep(StepExecution stepExecution) {
            if (stepExecution.getStepName().equals(stepName)) {
                System.err.println("coopbrief: fault injected: halting in step " + stepName
                        + " after its work, before its end is recorded");
                Runtime.getRuntime().halt(137);
            }
            return null;
        }
    }
}
