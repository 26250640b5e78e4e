package org.coopbrief.pipeline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What identifies a run of the main job: the report period, the as-of date, the languages, the
 * reporter, the partner selection and a revision. Two triggers with the same values are the same
 * run. The input folder and what the user literally asked for ("latest") are recorded, not identifying.
 */
public record RunParameters(String period, LocalDate asOf, List<String> languages, String reporter,
        List<String> partners, long revision, String input, String requestedPeriod) {

    public static final String PERIOD = "period";
    public static final String AS_OF = "as-of";
    public static final String LANG = "lang";
    public static final String REPORTER = "reporter";
    public static final String PARTNERS = "partners";
    public static final String REVISION = "revision";
    public static final String INPUT = "input";
    public static final String REQUESTED_PERIOD = "period.requested";
    public static final String REPORT_LABEL = org.coopbrief.ingest.RunLabel.PARAMETER;

    public RunParameters {
        languages = List.copyOf(languages);
        partners = List.copyOf(partners);
    }

    public RunParameters withRevision(long newRevision) {
        return new RunParameters(period, asOf, languages, reporter, partners, newRevision, input, requestedPeriod);
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(PERIOD, period)
                .addString(AS_OF, asOf.toString())
                .addString(LANG, String.join(",", languages))
                .addString(REPORTER, reporter)
                .addString(PARTNERS, partners.isEmpty() ? "all" : String.join(",", partners))
                .addLong(REVISION, revision)
                .addString(INPUT, input, false)
                .addString(REQUESTED_PERIOD, requestedPeriod, false)
                .addString(REPORT_LABEL, period, false)
                .toJobParameters();
    }

    /** A one-line description for messages: "period 2020, as of 2021-06-30, lang en, revision 0". */
    public String describe() {
        return "period " + period + ", as of " + asOf + ", lang " + String.join(",", languages) + ", reporter " + reporter
                + ", partners " + (partners.isEmpty() ? "all" : String.join(",", partners)) + ", revision " + revision;
    }
}
