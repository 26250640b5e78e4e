package org.coopbrief.export.pdf;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.Changes;
import org.coopbrief.chart.Typeface;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.LoadRecord;
import org.coopbrief.localisation.Language;
import org.coopbrief.run.RunFolders;
import org.coopbrief.run.RunParameters;
import org.coopbrief.system.CoopbriefProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the PDF briefings of a run into its report folder: the overall briefing and one per
 * partner the analysis gives one (a dated trade figure or a target), in each language asked for. Every file is written under a temporary name
 * and moved into place when complete.
 */
class WriteBriefings implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(WriteBriefings.class);

    private final DatasetReader reader;
    private final LoadRecord load;
    private final Function<JobParameters, AnalysisReport> reports;
    private final RunFolders folders;
    private final CoopbriefProperties.Briefing properties;
    private final Function<JobInstance, LocalDate> issued;
    private final LongFunction<Changes> changes;

    /**
     * @param issued  the day a run was issued: when its first execution was created
     * @param changes what is new in a run since the previous briefing of its series
     */
    WriteBriefings(
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

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var step = chunkContext.getStepContext().getStepExecution();
        JobParameters parameters = step.getJobExecution().getJobParameters();
        long run = step.getJobExecution().getJobInstance().getInstanceId();
        RunParameters runParameters = RunParameters.of(parameters);
        List<Language> languages = runParameters.languages();
        Path folder = folders.runFolder(runParameters.label(), run);

        Dataset data = Dataset.read(reader);
        AnalysisReport report = reports.apply(parameters);
        // who gets a briefing is the analysis's decision; the others are listed in the overall briefing
        List<String> partners = data.ordered(report.briefedPartners());
        Typeface typeface = Typeface.liberationSans();
        // dated by the run's as-of date, not the clock: the same run (restarted, or run again) gives the same files
        ZonedDateTime created = report.parameters().asOf().atStartOfDay(ZoneOffset.UTC);
        Map<String, Figure> figures =
                data.figures().stream().collect(Collectors.toMap(Figure::id, Function.identity()));
        LocalDate dateOfIssue = issued.apply(step.getJobExecution().getJobInstance());
        Changes news = changes.apply(run);
        int written = 0;
        for (Language language : languages) {
            BriefingContext context = BriefingContext.of(
                    language,
                    properties,
                    data,
                    report,
                    partners,
                    run,
                    dateOfIssue,
                    figures,
                    created,
                    typeface,
                    load.rejects(run).size(),
                    news);
            BriefingPdf.Metadata metadata = new OverallBriefing(context).metadata();
            // the contents print the page of each section: a first pass lays the briefing out to learn them
            List<BriefingPdf.Section> sections = render(
                    OutputStream.nullOutputStream(),
                    typeface,
                    context,
                    metadata,
                    true,
                    List.of(),
                    new OverallBriefing(context)::write);
            write(
                    folder.resolve(context.overallFileName()),
                    typeface,
                    context,
                    metadata,
                    true,
                    sections,
                    new OverallBriefing(context)::write);
            written++;
            Path partnerFolder = folder.resolve(BriefingContext.PARTNERS_FOLDER);
            Files.createDirectories(partnerFolder);
            for (String partner : partners) {
                PartnerBriefing briefing = new PartnerBriefing(context, partner);
                write(
                        partnerFolder.resolve(context.partnerFileName(partner)),
                        typeface,
                        context,
                        briefing.metadata(),
                        false,
                        List.of(),
                        briefing::write);
                written++;
            }
            log.info(
                    "briefings ({}): {} and {} partner briefings in {}",
                    language.code(),
                    context.overallFileName(),
                    partners.size(),
                    folder);
        }
        contribution.incrementWriteCount(written);
        return RepeatStatus.FINISHED;
    }

    private interface Content {
        void write(BriefingPdf pdf);
    }

    private void write(
            Path target,
            Typeface typeface,
            BriefingContext context,
            BriefingPdf.Metadata metadata,
            boolean titlePage,
            List<BriefingPdf.Section> contents,
            Content content) {
        folders.writeAtomically(target, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                render(out, typeface, context, metadata, titlePage, contents, content);
            }
        });
    }

    /** Writes one PDF; returns its sections with the pages they landed on. */
    private static List<BriefingPdf.Section> render(
            OutputStream out,
            Typeface typeface,
            BriefingContext context,
            BriefingPdf.Metadata metadata,
            boolean titlePage,
            List<BriefingPdf.Section> contents,
            Content content) {
        BriefingPdf pdf = new BriefingPdf(
                out,
                new PdfStyle(typeface),
                context.texts(),
                context.marking(),
                context.issue(),
                metadata,
                titlePage,
                contents);
        try (pdf) {
            content.write(pdf);
        }
        return pdf.sections();
    }
}
