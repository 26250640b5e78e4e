package org.coopbrief.export.pdf;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.Changes;
import org.coopbrief.analysis.EventWindow;
import org.coopbrief.analysis.PartnerTimeline;
import org.coopbrief.analysis.PartnerTimelines;
import org.coopbrief.chart.ChartTheme;
import org.coopbrief.chart.Typeface;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;
import org.coopbrief.run.ReportSelection;
import org.coopbrief.system.CoopbriefProperties;

/**
 * Everything one language's briefings are written from: the analysis's report, the dataset for what it cites,
 * and what is new since the previous briefing of the series.
 */
record BriefingContext(
        Texts texts,
        Wording wording,
        Dataset data,
        AnalysisReport report,
        List<String> partners,
        String marking,
        Issue issue,
        String author,
        ZonedDateTime created,
        Typeface typeface,
        int rejects,
        Changes changes,
        PartnerTimelines timelines) {

    BriefingContext {
        partners = List.copyOf(partners);
    }

    /** A context whose partners' timelines are indexed from its dataset's events. */
    BriefingContext(
            Texts texts,
            Wording wording,
            Dataset data,
            AnalysisReport report,
            List<String> partners,
            String marking,
            Issue issue,
            String author,
            ZonedDateTime created,
            Typeface typeface,
            int rejects,
            Changes changes) {
        this(
                texts,
                wording,
                data,
                report,
                partners,
                marking,
                issue,
                author,
                created,
                typeface,
                rejects,
                changes,
                new PartnerTimelines(report.parameters().asOf(), data.entities(), data.events()));
    }

    /** One language's context, as the briefings of a run are written (and their digest for the messages). */
    static BriefingContext of(
            Language language,
            CoopbriefProperties.Briefing properties,
            Dataset data,
            AnalysisReport report,
            List<String> partners,
            long run,
            LocalDate dateOfIssue,
            ZonedDateTime created,
            Typeface typeface,
            int rejects,
            Changes news) {
        Texts texts = Texts.of(language);
        String marking = properties.marking().isEmpty() ? texts.text("marking.default") : properties.marking();
        Issue issue = new Issue(
                properties.issuingBody(language).orElse(texts.text("issue.body.default")),
                properties
                        .referenceTemplate()
                        .expand(
                                report.parameters().focus().code(),
                                run,
                                report.parameters().reporter(),
                                language.code()),
                dateOfIssue);
        return new BriefingContext(
                texts,
                new Wording(texts, data.entitiesByCode(), data.figures()),
                data,
                report,
                partners,
                marking,
                issue,
                properties.author(),
                created,
                typeface,
                rejects,
                news);
    }

    /** What the comparisons were computed for: as-of date, focus period, reporter. */
    ReportSelection parameters() {
        return report.parameters();
    }

    String reporterName() {
        return wording.name(parameters().reporter());
    }

    /** The reporter's name after a noun ("партнёром Беларуси"). */
    String reporterNameOf() {
        return wording.nameOf(parameters().reporter());
    }

    /** A partner's events as every briefing counts them: its own and its regions', cities' and companies', up to the as-of date. */
    PartnerTimeline timeline(String partner) {
        return timelines.of(partner);
    }

    /** The events the briefings report (the window, its count, the list shown): decided in the analysis. */
    EventWindow events() {
        return EventWindow.of(parameters(), data.entities(), data.events());
    }

    /**
     * The partners with numbers but without a briefing of their own (no dated trade figure, no
     * target), in the selection; never the world, whose totals are the reporter's key figures.
     */
    List<String> withoutBriefing() {
        List<String> selected = parameters().partners();
        var entities = data.entitiesByCode();
        return data.partnersWithData(parameters().reporter()).stream()
                .filter(p -> !partners.contains(p)
                        && (selected.isEmpty() || selected.contains(p))
                        && (!entities.containsKey(p) || entities.get(p).kind() != EntityKind.WORLD))
                .toList();
    }

    ChartTheme chartTheme() {
        return new ChartTheme(typeface, texts);
    }

    /** {@code coopbrief-briefing-2020-en.pdf}. */
    String overallFileName() {
        return "coopbrief-briefing-" + parameters().focus().code() + "-"
                + texts.language().code() + ".pdf";
    }

    /** {@code GE-2020-en.pdf}, inside {@link #PARTNERS_FOLDER}. */
    String partnerFileName(String partner) {
        return partner + "-" + parameters().focus().code() + "-"
                + texts.language().code() + ".pdf";
    }

    static final String PARTNERS_FOLDER = "partners";

    static String anchor(String partner) {
        return "partner-" + partner;
    }
}
