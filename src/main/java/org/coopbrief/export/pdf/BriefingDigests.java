package org.coopbrief.export.pdf;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.Changes;
import org.coopbrief.chart.Typeface;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.LoadRecord;
import org.coopbrief.localisation.Language;
import org.coopbrief.system.CoopbriefProperties;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The digest of a run's overall briefing in a language ({@link BriefingDigest}): built from the
 * same context the briefing is written from, so a message and the PDF it carries say the same.
 */
public class BriefingDigests {

    private final DatasetReader reader;
    private final LoadRecord load;
    private final Function<JobParameters, AnalysisReport> reports;
    private final CoopbriefProperties.Briefing properties;
    private final Function<JobInstance, LocalDate> issued;
    private final LongFunction<Changes> changes;

    BriefingDigests(
            DatasetReader reader,
            LoadRecord load,
            Function<JobParameters, AnalysisReport> reports,
            CoopbriefProperties.Briefing properties,
            Function<JobInstance, LocalDate> issued,
            LongFunction<Changes> changes) {
        this.reader = reader;
        this.load = load;
        this.reports = reports;
        this.properties = properties;
        this.issued = issued;
        this.changes = changes;
    }

    public BriefingDigest digest(JobInstance run, JobParameters parameters, Language language) {
        AnalysisReport report = reports.apply(parameters);
        Dataset data = Dataset.read(reader, report);
        List<String> partners = data.ordered(report.briefedPartners());
        BriefingContext context = BriefingContext.of(
                language,
                properties,
                data,
                report,
                partners,
                run.getInstanceId(),
                issued.apply(run),
                report.parameters().asOf().atStartOfDay(ZoneOffset.UTC),
                Typeface.liberationSans(),
                load.rejects(run.getInstanceId()).size(),
                changes.apply(run.getInstanceId()));
        var texts = context.texts();
        return new BriefingDigest(
                language,
                new OverallBriefing(context).metadata().title(),
                context.marking(),
                context.issue().reference(),
                context.issue().issuingBody(),
                texts.period(report.parameters().focus()),
                texts.date(report.parameters().asOf()),
                new SummarySentences(context).summary().headline(),
                new KeyFigures(context)
                        .figures().stream()
                                .map(f -> new BriefingDigest.KeyFigure(f.label(), f.value()))
                                .toList(),
                texts.text("key.heading"),
                // what changed since the previous briefing of the series, as the briefing words it
                context.changes().points(language));
    }
}
