package org.coopbrief.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
 * The partner briefings of a run on the bundled data, read back with PDFBox: what the reader sees
 * first (a summary paragraph, then the latest numbers, trade first) and how the pages fall (no
 * row split across pages, no heading at the foot of a page, no page with a line or two).
 */
@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/partner-pages-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class PartnerPagesTest {

    /** Below the running head and above the page number: the content area of an A4 page, in points from the top. */
    private static final float CONTENT_TOP = 55;

    private static final float CONTENT_BOTTOM = 842 - 50;

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    private Path folder;
    private String period;
    private BundledBriefings run;

    @BeforeAll
    void runThePipelineOnTheBundledDataInBothLanguages() throws Exception {
        run = BundledBriefings.run(jobs, pipelineJob, "target/test-reports/partner-pages-test", "en,ru");
        period = run.period();
        folder = run.folder();
    }

    @AfterAll
    void closeThePdfs() {
        run.close();
    }

    private PdfReadBack partner(String code, String lang) {
        return run.partner(code, lang);
    }

    private List<PdfReadBack> allPartnerBriefings() throws IOException {
        return run.partnerFiles().stream().map(run::open).toList();
    }

    /** The text lines of the briefing, page after page, top to bottom, with no-break spaces as spaces. */
    private static List<String> lines(PdfReadBack pdf) {
        return PageLines.of(pdf.document()).stream()
                .flatMap(List::stream)
                .map(l -> l.text().replace('\u00a0', ' ').strip())
                .filter(l -> !l.isEmpty())
                .toList();
    }

    /** The lines of the "latest numbers" section: from its heading to the next section's. */
    private static List<String> latestSection(PdfReadBack pdf, String heading, String next) {
        List<String> lines = lines(pdf);
        int from = lines.indexOf(heading);
        int to = lines.indexOf(next);
        assertThat(from).as(heading).isNotNegative();
        assertThat(to).as(next).isGreaterThan(from);
        return lines.subList(from + 1, to);
    }

    private static int firstIndex(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndex(List<String> lines, String contains) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(contains)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void georgiasFirstNumbersTableShowsItsGoodsAndServicesTurnoverOf112Million() {
        PdfReadBack georgia = partner("GE", "en");
        List<String> all = lines(georgia);
        assertThat(all.indexOf("Latest numbers"))
                .as("the latest numbers come before every other table")
                .isLessThan(all.indexOf("Year-over-year changes"))
                .isLessThan(all.indexOf("Targets"));
        List<String> latest = latestSection(georgia, "Latest numbers", "Trade series");
        assertThat(latest.subList(0, 3))
                .as("header, first group, first row")
                .containsSubsequence(
                        "Trade: latest full year", "2017 Turnover, goods and services USD million 112 n/a");
        assertThat(latestSection(partner("GE", "ru"), "Последние данные", "Динамика торговли"))
                .contains("2017 Товарооборот, товары и услуги млн долл. США 112 н/д");
    }

    @Test
    void tradeRowsComeFirstThenTheLatestPartialPeriodThenOtherIndicators() {
        List<String> georgia = latestSection(partner("GE", "en"), "Latest numbers", "Trade series");
        int others = georgia.indexOf("Other indicators");
        assertThat(others).isPositive();
        for (String trade : List.of("Turnover", "Exports", "Imports", "Balance")) {
            assertThat(lastIndex(georgia, trade)).as(trade).isLessThan(others);
        }
        assertThat(firstIndex(georgia, "Mar 2019 Agreements")).isGreaterThan(others);

        List<String> uzbekistan = latestSection(partner("UZ", "en"), "Latest numbers", "Trade series");
        int year = uzbekistan.indexOf("Trade: latest full year");
        int partial = uzbekistan.indexOf("Trade: latest partial period");
        assertThat(year).isNotNegative().isLessThan(partial);
        assertThat(uzbekistan.subList(year + 1, partial))
                .anyMatch(l -> l.startsWith("2020 Turnover, goods"))
                .anyMatch(l -> l.startsWith("2020 Exports, goods"));
        assertThat(uzbekistan.get(partial + 1)).startsWith("Q1 2021 Turnover, goods USD million 67.5");
    }

    @Test
    void anUndatedNumberIsShownAsUndated() {
        assertThat(latestSection(partner("GE", "en"), "Latest numbers", "Trade series"))
                .contains("undated Projects projects 6 n/a [6]");
        assertThat(latestSection(partner("GE", "ru"), "Последние данные", "Динамика торговли"))
                .anyMatch(l -> l.startsWith("без даты Проекты"));
    }

    @Test
    void theOpeningSentenceSaysAboutWhereTheTablesMarkAnApproximateChange() {
        String en = partner("UZ", "en").text(1).replace('\u00a0', ' ').replace("\n", " ");
        assertThat(en).contains("more than $280 million in 2020, about +17.2% on 2019.");
        String ru = partner("UZ", "ru").text(1).replace('\u00a0', ' ').replace("\n", " ");
        assertThat(ru).contains("примерно +17,2 %").doesNotContain("~+17,2 % к");
    }

    @Test
    void theBriefingOpensWithASummaryParagraphBeforeTheCharts() {
        PdfReadBack en = partner("GE", "en");
        String page = en.text(1).replace('\u00a0', ' ').replace("\n", " ");
        int summary = page.indexOf("Turnover of Belarus with Georgia (goods and services): $112 million in 2017");
        assertThat(summary).isPositive();
        assertThat(page.indexOf("2 targets are recorded: missed: 1, open: 1.")).isGreaterThan(summary);
        assertThat(page.indexOf("Latest event (")).isGreaterThan(summary);
        assertThat(summary).isLessThan(page.indexOf("Latest numbers"));
        assertThat(en.text().indexOf("Trade series"))
                .as("the charts are under this heading")
                .isGreaterThan(en.text().indexOf("Latest event ("));

        PdfReadBack ru = partner("GE", "ru");
        String pageRu = ru.text(1).replace('\u00a0', ' ').replace("\n", " ");
        int summaryRu =
                pageRu.indexOf("Товарооборот (товары и услуги), Беларусь \u2014 Грузия: 112 млн долл. США за 2017 г.");
        assertThat(summaryRu).isPositive();
        assertThat(pageRu.indexOf("Записаны 2 цели: 1 не достигнута, 1 без срока."))
                .isGreaterThan(summaryRu);
        assertThat(pageRu.indexOf("Последнее событие (")).isGreaterThan(summaryRu);
        assertThat(ru.text().indexOf("Динамика торговли"))
                .isGreaterThan(ru.text().indexOf("Последнее событие ("));
    }

    @Test
    void noTableRowIsSplitAcrossPages() throws IOException {
        for (PdfReadBack pdf : allPartnerBriefings()) {
            List<List<PageLines.Line>> pages = PageLines.of(pdf.document());
            for (int p = 0; p < pages.size(); p++) {
                List<PageLines.Line> lines = pages.get(p);
                for (int i = 0; i + 1 < lines.size(); i++) {
                    PageLines.Line line = lines.get(i);
                    if (isTableHeader(line.text())) {
                        // a row carried over from the page before would start in a later column
                        assertThat(lines.get(i + 1).x())
                                .as(pdf.document().getDocumentInformation().getTitle() + ", page " + (p + 1)
                                        + ": the row under " + line.text() + " is "
                                        + lines.get(i + 1).text())
                                .isLessThan(line.x() + 5);
                    }
                }
            }
        }
    }

    private static boolean isTableHeader(String text) {
        return (text.endsWith("Src.") || text.endsWith("Ист."))
                && Stream.of("Period", "Date", "ID", "Период", "Дата").anyMatch(text::startsWith);
    }

    @Test
    void noPageEndsWithAHeadingAndNoPageHoldsOnlyALineOrTwo() throws IOException {
        for (PdfReadBack pdf : allPartnerBriefings()) {
            String title = pdf.document().getDocumentInformation().getTitle();
            List<List<PageLines.Line>> pages = PageLines.of(pdf.document());
            for (int p = 0; p < pages.size(); p++) {
                List<PageLines.Line> content = pages.get(p).stream()
                        .filter(l -> l.y() > CONTENT_TOP && l.y() < CONTENT_BOTTOM)
                        .toList();
                assertThat(content).as(title + ", page " + (p + 1)).hasSizeGreaterThanOrEqualTo(3);
            }
            for (PdfReadBack.Bookmark b : pdf.bookmarks()) {
                List<PageLines.Line> content = pages.get(b.page() - 1).stream()
                        .filter(l -> l.y() > CONTENT_TOP && l.y() < CONTENT_BOTTOM)
                        .toList();
                int at = -1;
                for (int i = 0; i < content.size(); i++) {
                    if (content.get(i).text().replace('\u00a0', ' ').equals(b.title())) {
                        at = i;
                    }
                }
                assertThat(at)
                        .as(title + ": heading " + b.title() + " on page " + b.page())
                        .isNotNegative();
                assertThat(content.size() - at - 1)
                        .as(title + ": lines under the heading " + b.title() + " on page " + b.page())
                        .isGreaterThanOrEqualTo(2);
            }
        }
    }
}
