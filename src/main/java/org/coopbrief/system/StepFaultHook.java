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
            String halt = properties.getObject().fault().haltInStep().strip();
            if (!halt.isEmpty()) {
                register(bean, new Halt(halt));
            }
        }
        return bean;
    }

    /** Steps that are beans, and the steps a job builds inside its flows (they are not beans). */
    private static void register(Object bean, Halt halt) {
        if (bean instanceof AbstractStep step) {
            step.registerStepExecutionListener(halt);
        } else if (bean instanceof ListableStepLocator job) {
            for (String name : job.getStepNames()) {
                if (name.equals(halt.stepName()) && job.getStep(name) instanceof AbstractStep step) {
                    step.registerStepExecutionListener(halt);
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
