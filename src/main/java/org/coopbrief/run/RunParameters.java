package org.coopbrief.run;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.coopbrief.dataset.Period;
import org.coopbrief.localisation.Language;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What identifies a run of the main job: the report selection (period, as-of date, reporter,
 * partners), the languages and a revision. Two triggers with the same values are the same run.
 * The input folder and what the user literally asked for ("latest") are recorded, not
 * identifying. Built once from the command line or a schedule ({@link RunRequest}), and read
 * back once from the job's parameters ({@link #of(JobParameters)}); the job-parameter names live here.
 */
public record RunParameters(
        ReportSelection selection, List<Language> languages, long revision, Path input, String requestedPeriod) {

    public static final String PERIOD = "period";
    public static final String AS_OF = "as-of";
    public static final String LANG = "lang";
    public static final String REPORTER = "reporter";
    public static final String PARTNERS = "partners";
    public static final String REVISION = "revision";
    /** Absolute path of the folder holding the input files; every job that loads has it. */
    public static final String INPUT = "input";

    public static final String REQUESTED_PERIOD = "period.requested";
    /** The reports sub-folder a run writes into: the period, or {@link RunFolders#INGEST_LABEL}. */
    public static final String REPORT_LABEL = "report.label";

    public static final String[] IDENTIFYING = {PERIOD, AS_OF, LANG, REPORTER, PARTNERS, REVISION, INPUT, REPORT_LABEL};
    /** What the run does with its files: {@link DeliveryMode} (not identifying: a dry run and a send are one run). */
    public static final String DELIVER = "deliver";

    public static final String[] OPTIONAL = {REQUESTED_PERIOD, DELIVER};

    public RunParameters {
        languages = List.copyOf(languages);
    }

    public RunParameters withRevision(long newRevision) {
        return new RunParameters(selection, languages, newRevision, input, requestedPeriod);
    }

    /**
     * Whether this run belongs to the series that {@code reports/<period>/latest} follows: the default
     * reporter, all partners, and the configured languages (in any order). Any other selection is an
     * ad-hoc run: it gets its folder, but moves no link.
     */
    public boolean inSeries(List<Language> seriesLanguages) {
        return selection.reporter().equals(ReportSelection.DEFAULT_REPORTER)
                && selection.partners().isEmpty()
                && Set.copyOf(languages).equals(Set.copyOf(seriesLanguages));
    }

    /**
     * The series this run belongs to, as text: its reporter, partner selection and languages (in code
     * order). A run says what is new since the previous complete run of the same series (README,
     * "What's new"); the period and the as-of date move from one briefing of a series to the next.
     */
    public String series() {
        return "reporter=" + selection.reporter() + ";partners="
                + (selection.partners().isEmpty() ? "*" : String.join(",", selection.partners())) + ";lang="
                + languages.stream().map(Language::code).sorted().distinct().collect(Collectors.joining(","));
    }

    /** The reports sub-folder: the focus period's code. */
    public String label() {
        return selection.focus().code();
    }

    public JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(PERIOD, selection.focus().code())
                .addLocalDate(AS_OF, selection.asOf())
                .addString(LANG, languages.stream().map(Language::code).collect(Collectors.joining(",")))
                .addString(REPORTER, selection.reporter())
                .addString(PARTNERS, selection.partners().isEmpty() ? "all" : String.join(",", selection.partners()))
                .addLong(REVISION, revision)
                .addString(INPUT, input.toString(), false)
                .addString(REQUESTED_PERIOD, requestedPeriod, false)
                .addString(REPORT_LABEL, label(), false)
                .toJobParameters();
    }

    /** The job parameters with the delivery mode recorded. */
    public JobParameters toJobParameters(DeliveryMode delivery) {
        return new JobParametersBuilder(toJobParameters())
                .addString(DELIVER, delivery.code(), false)
                .toJobParameters();
    }

    /** The run's parameters as {@link #toJobParameters()} wrote them. */
    public static RunParameters of(JobParameters p) {
        String partners = p.getString(PARTNERS);
        Long revision = p.getLong(REVISION);
        return new RunParameters(
                new ReportSelection(
                        p.getLocalDate(AS_OF),
                        Period.parse(p.getString(PERIOD)),
                        p.getString(REPORTER),
                        partners == null || partners.equals("all") ? List.of() : Arrays.asList(partners.split(","))),
                Language.parseList(p.getString(LANG)),
                revision == null ? 0 : revision,
                input(p),
                p.getString(REQUESTED_PERIOD));
    }

    /** The input folder of any job that loads (the main job and the ingest job). */
    public static Path input(JobParameters p) {
        String dir = p.getString(INPUT);
        if (dir == null) {
            throw new IllegalStateException("job parameter '" + INPUT + "' is missing");
        }
        return Path.of(dir);
    }

    /** The report label of any job's parameters (the ingest job's is {@link RunFolders#INGEST_LABEL}). */
    public static String label(JobParameters p) {
        return p.getString(REPORT_LABEL, RunFolders.INGEST_LABEL);
    }

    /** A one-line description for messages: "period 2020, as of 2021-06-30, lang en, ..., revision 0". */
    public String describe() {
        return "period " + selection.focus().code() + ", as of " + selection.asOf() + ", lang "
                + languages.stream().map(Language::code).collect(Collectors.joining(",")) + ", reporter "
                + selection.reporter() + ", partners "
                + (selection.partners().isEmpty() ? "all" : String.join(",", selection.partners())) + ", revision "
                + revision;
    }
}
