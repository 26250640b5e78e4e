package org.coopbrief.export.pdf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.Changes;
import org.coopbrief.chart.Typeface;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.LoadRecord;
import org.coopbrief.localisation.Language;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.CoopbriefProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * What every briefing of a run is written from (the dataset, the analysis's report, who gets a
 * briefing, each language's texts and issue), read once per job execution and shared by the
 * partitions that write the briefings in parallel. A worker in another process (remote
 * partitioning) reads its own copy from the same database. Only the latest job execution is kept.
 */
final class BriefingSources {

    private final DatasetReader reader;
    private final LoadRecord load;
    private final Function<JobParameters, AnalysisReport> reports;
    private final RunFolders folders;
    private final CoopbriefProperties.Briefing properties;
    private final Function<JobInstance, LocalDate> issued;
    private final LongFunction<Changes> changes;

    private @Nullable Long cachedFor;
    private @Nullable Run cached;

    /**
     * @param issued  the day a run was issued: when its first execution was created
     * @param changes what is new in a run since the previous briefing of its series
     */
    BriefingSources(
            DatasetReader reader,
            LoadRecord load,
            Function<JobParameters, AnalysisReport> reports,
            RunFolders folders,
            CoopbriefProperties.Briefing properties,
            Function<JobInstance, LocalDate> issued,
            LongFunction<Changes> changes) {
        this.reader = reader;
        this.load = load;
        this.reports = reports;
        this.folders = folders;
        this.properties = properties;
        this.issued = issued;
        this.changes = changes;
    }

    /** One run's briefings: where they go, who gets one, and each language's context. */
    record Run(Path folder, List<Language> languages, List<String> partners, Map<Language, BriefingContext> contexts) {

        BriefingContext context(Language language) {
            BriefingContext context = contexts.get(language);
            if (context == null) {
                throw new IllegalArgumentException("language " + language.code() + " is not among the run's");
            }
            return context;
        }

        Path partnerFolder() {
            return folder.resolve(BriefingContext.PARTNERS_FOLDER);
        }
    }

    synchronized Run of(JobExecution job) {
        if (cached == null || cachedFor == null || cachedFor != job.getId()) {
            cached = read(job);
            cachedFor = job.getId();
        }
        return cached;
    }

    /** Frees the run's data once its briefings are written. */
    synchronized void release(JobExecution job) {
        if (cachedFor != null && cachedFor == job.getId()) {
            cached = null;
            cachedFor = null;
        }
    }

    private Run read(JobExecution job) {
        JobParameters parameters = job.getJobParameters();
        long run = job.getJobInstance().getInstanceId();
        RunParameters runParameters = RunParameters.of(parameters);
        Path folder = folders.runFolder(runParameters.label(), run);

        AnalysisReport report = reports.apply(parameters);
        Dataset data = Dataset.read(reader, report);
        // who gets a briefing is the analysis's decision; the others are listed in the overall briefing
        List<String> partners = data.ordered(report.briefedPartners());
        Typeface typeface = Typeface.liberationSans();
        // dated by the run's as-of date, not the clock: the same run (restarted, or run again) gives the same files
        ZonedDateTime created = report.parameters().asOf().atStartOfDay(ZoneOffset.UTC);
        LocalDate dateOfIssue = issued.apply(job.getJobInstance());
        int rejects = load.rejects(run).size();
        Changes news = changes.apply(run);
        Map<Language, BriefingContext> contexts = new EnumMap<>(Language.class);
        for (Language language : runParameters.languages()) {
            contexts.put(
                    language,
                    BriefingContext.of(
                            language,
                            properties,
                            data,
                            report,
                            partners,
                            run,
                            dateOfIssue,
                            created,
                            typeface,
                            rejects,
                            news));
        }
        return new Run(folder, runParameters.languages(), partners, contexts);
    }
}
