package org.coopbrief.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coopbrief.CoopbriefTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The briefings as a ministry files them, from one run of the pipeline on the bundled data in
 * English and Russian with an issuing body and a reference template configured: the cover says who
 * issued the briefing, under which reference and when; its contents give each section's page; a
 * partner briefing carries the same issue in its header; and each conforms to PDF/A-1b, as
 * veraPDF, the reference validator, checks it.
 */
@CoopbriefTest(
        properties = {
            "coopbrief.reports-dir=target/test-reports/published-briefings-test",
            "coopbrief.briefing.issuing-body.en=Ministry of Foreign Affairs of the Republic of Belarus",
            "coopbrief.briefing.issuing-body.ru=Министерство иностранных дел Республики Беларусь",
            "coopbrief.briefing.reference=MFA/{reporter}-{period}/{run}"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class PublishedBriefingsTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    private Path folder;
    private String period;
    private long run;
    private LocalDate created;
    private BundledBriefings bundled;

    @BeforeAll
    void runThePipelineOnTheBundledDataInBothLanguages() throws Exception {
        bundled = BundledBriefings.run(jobs, pipelineJob, "target/test-reports/published-briefings-test", "en,ru");
        period = bundled.period();
        folder = bundled.folder();
        this.run = bundled.execution().getJobInstance().getInstanceId();
        created = bundled.execution().getCreateTime().toLocalDate();
    }

    @AfterAll
    void closeThePdfs() {
        bundled.close();
    }

    private PdfReadBack overall(String lang) {
        return open(folder.resolve("coopbrief-briefing-" + period + "-" + lang + ".pdf"));
    }

    private PdfReadBack partner(String code, String lang) {
        return open(folder.resolve("partners").resolve(code + "-" + period + "-" + lang + ".pdf"));
    }

    private PdfReadBack open(Path file) {
        return bundled.open(file);
    }

    private String reference() {
        return "MFA/BY-" + period + "/" + run;
    }

    /** The day the run was started, as an English briefing prints it (not the data's as-of date). */
    private String issuedInEnglish() {
        return created.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    @Test
    void theCoverShowsTheIssuingBodyTheReferenceFromTheTemplateTheDateOfIssueAndTheMarking() {
        List<String> en = lines(overall("en"), 1);
        assertThat(en.get(0))
                .as("first line: issuing body and marking")
                .isEqualTo("Ministry of Foreign Affairs of the Republic of Belarus For official use");
        assertThat(en)
                .contains(
                        "Reference no. " + reference(),
                        "Date of issue " + issuedInEnglish(),
                        "Focus period " + period,
                        "Language English");
        assertThat(en).anyMatch(line -> line.matches("Data as of \\d{1,2} \\p{L}+ \\d{4}"));
        List<String> ru = lines(overall("ru"), 1);
        // the Russian name takes two lines beside the marking; in the order of the page's content it reads whole
        assertThat(overall("ru").text(1).replaceAll("\\s*\\R\\s*", " "))
                .contains("Министерство иностранных дел Республики Беларусь Для служебного пользования");
        assertThat(ru).contains("Номер документа " + reference());
    }

    @Test
    void theContentsNameEverySectionWithThePageItsTitleIsOnAndLinkThere() throws IOException {
        for (String lang : List.of("en", "ru")) {
            PdfReadBack pdf = overall(lang);
            List<String> cover = lines(pdf, 1);
            String heading = lang.equals("en") ? "Contents" : "Содержание";
            // the large heading reads with a stray space after its first letter when sorted by position
            int at = cover.stream().map(l -> l.replace(" ", "")).toList().indexOf(heading);
            assertThat(at).as(lang + ": the contents' heading on the cover").isPositive();
            // up to the footer, the page's last line
            List<String> entries = cover.subList(at + 1, cover.size() - 1).stream()
                    .takeWhile(line -> line.matches(".+ \\d+"))
                    .toList();
            List<PdfReadBack.Bookmark> sections =
                    pdf.bookmarks().stream().filter(b -> b.level() == 1).toList();
            assertThat(entries).as(lang + " contents").hasSizeGreaterThanOrEqualTo(8);
            assertThat(entries.stream().map(e -> e.substring(0, e.lastIndexOf(' '))))
                    .as(lang + ": the contents name the sections, in order")
                    .containsExactlyElementsOf(
                            sections.stream().map(PdfReadBack.Bookmark::title).toList());
            for (int i = 0; i < entries.size(); i++) {
                String entry = entries.get(i);
                String title = entry.substring(0, entry.lastIndexOf(' '));
                int printed = Integer.parseInt(entry.substring(entry.lastIndexOf(' ') + 1));
                assertThat(lines(pdf.text(printed)))
                        .as(lang + ": page " + printed + " holds the heading '" + title + "'")
                        .contains(title);
                assertThat(printed)
                        .as(lang + ": where the heading '" + title + "' landed (its bookmark)")
                        .isEqualTo(sections.get(i).page());
            }
            List<Integer> linked = new ArrayList<>();
            for (PDAnnotation a : pdf.document().getPage(0).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
                    PDPageDestination target = goTo.getDestination() instanceof PDNamedDestination named
                            ? pdf.document().getDocumentCatalog().findNamedDestinationPage(named)
                            : (PDPageDestination) goTo.getDestination();
                    linked.add(pdf.document().getPages().indexOf(target.getPage()) + 1);
                }
            }
            assertThat(linked)
                    .as(lang + ": each title and each page number links to its section")
                    .hasSize(2 * sections.size())
                    .containsAll(
                            sections.stream().map(PdfReadBack.Bookmark::page).toList());
        }
    }

    @Test
    void aPartnerBriefingsHeaderCarriesTheSameIssueAndEveryPageTheReference() {
        PdfReadBack kazakhstan = partner("KZ", "en");
        assertThat(lines(kazakhstan, 1).get(0))
                .isEqualTo("Ministry of Foreign Affairs of the Republic of Belarus Ref. " + reference()
                        + " \u00b7 issued " + issuedInEnglish());
        assertThat(kazakhstan.pageCount()).isGreaterThan(1);
        for (int page = 1; page <= kazakhstan.pageCount(); page++) {
            assertThat(lines(kazakhstan, page))
                    .as("page " + page + ": the footer")
                    .last()
                    .isEqualTo("Ref. " + reference() + " Page " + page + " of " + kazakhstan.pageCount());
        }
        assertThat(kazakhstan.text(2))
                .as("the issue line is on the first page only")
                .doesNotContain("Ministry");
        assertThat(lines(partner("GE", "ru"), 1).get(0))
                .startsWith("Министерство иностранных дел Республики Беларусь \u2116\u00a0" + reference());
    }

    @Test
    void theOverallAndThreePartnerBriefingsInEachLanguageBreakNoRuleOfPdfA1b() {
        Map<String, List<String>> failed = new LinkedHashMap<>();
        for (String lang : List.of("en", "ru")) {
            List<Path> files = Stream.concat(
                            Stream.of(folder.resolve("coopbrief-briefing-" + period + "-" + lang + ".pdf")),
                            Stream.of("KZ", "GE", "UZ")
                                    .map(p ->
                                            folder.resolve("partners").resolve(p + "-" + period + "-" + lang + ".pdf")))
                    .toList();
            for (Path file : files) {
                assertThat(file).exists();
                List<String> rules = PdfAValidation.failedRules(file);
                if (!rules.isEmpty()) {
                    failed.put(folder.relativize(file).toString(), rules);
                }
            }
        }
        assertThat(failed)
                .as("failed PDF/A-1b rules (clause-test: description)")
                .isEmpty();
    }

    /** A page's lines from top to bottom, as a reader sees them (page decorations are drawn last). */
    private static List<String> lines(PdfReadBack pdf, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return lines(stripper.getText(pdf.document()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
