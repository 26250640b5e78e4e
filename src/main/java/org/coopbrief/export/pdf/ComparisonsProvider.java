package org.coopbrief.export.pdf;

import org.springframework.batch.core.job.parameters.JobParameters;

/** Hands the briefings the comparisons of the run. */
@FunctionalInterface
interface ComparisonsProvider {

    Comparisons load(Dataset data, JobParameters parameters);
}
