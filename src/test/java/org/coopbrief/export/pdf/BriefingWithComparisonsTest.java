package org.coopbrief.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.coopbrief.analysis.Analyses;
import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.chart.Typeface;
import org.coopbrief.dataset.Deadline;
import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.EventType;
import org.coopbrief.dataset.ExchangeRate;
import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.GrowthKind;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.SeedPlace;
import org.coopbrief.dataset.Source;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.dataset.Target;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;
import org.coopbrief.run.ReportSelection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The briefings when the comparisons are there: changes, shares and ranks, a target's status and
 * progress, a data-quality finding. A small dataset and the analysis's report on it, written without Spring.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingWithComparisonsTest {

    private static final List<SeedPlace> SEED = SeedPlace.parseList("B1:527");

    @TempDir
    Path dir;

    private final Typeface typeface = Typeface.liberationSans();
    private Dataset data;
    private AnalysisReport report;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Figure figure(
            String id,
            String reporter,
            String partner,
            Indicator indicator,
            String period,
            String value,
            Qualifier qualifier,
            StatedGrowth growth,
            String source) {
        return new Figure(
                id,
                reporter,
                partner,
                indicator,
                Scope.GOODS,
                null,
                Period.parse(period),
                d(value),
                Unit.USD_M,
                qualifier,
                growth,
                source,
                SEED,
                null,
                null,
                null,
                null,
                null);
    }

    @BeforeAll
    void smallDatasetWithItsComparisons() {
        List<Entity> entities = List.of(
                new Entity("BY", "Belarus", "Беларусь", EntityKind.COUNTRY, null, true),
                new Entity("BY-HM", "Minsk (city)", "Минск", EntityKind.CITY, "BY", true),
                new Entity("AF", "Afghanistan", "Афганистан", EntityKind.COUNTRY, null, true),
                new Entity("GE", "Georgia", "Грузия", EntityKind.COUNTRY, null, true),
                new Entity("KZ", "Kazakhstan", "Казахстан", EntityKind.COUNTRY, null, true));
        // 58 BYN million at 1.9327 BYN per USD is ~30.01: converted, so approximate; 38.7 / 30.01 is +29.0%
        // against a stated 31% (the rounding of 58 and 38.7 allows up to 30.25%): a finding, within ±1.8
        Figure af2017 = new Figure(
                "F2",
                "BY",
                "AF",
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                Period.parse("2017"),
                d("58"),
                Unit.BYN_M,
                Qualifier.EXACT,
                null,
                null,
                SEED,
                null,
                null,
                null,
                null,
                null);
        Figure af2018 = figure(
                "F1",
                "BY",
                "AF",
                Indicator.TURNOVER,
                "2018",
                "38.7",
                Qualifier.EXACT,
                new StatedGrowth(d("31"), "increased by 31%", GrowthKind.PCT, Period.parse("2017")),
                "B1-FN84");
        Figure ge2019 = figure("F3", "BY", "GE", Indicator.TURNOVER, "2019", "100", Qualifier.EXACT, null, "B1-FN43");
        Figure ge2020 = figure("F4", "BY", "GE", Indicator.TURNOVER, "2020", "120", Qualifier.EXACT, null, "B1-FN43");
        // Kazakhstan ahead of Georgia in 2019, behind it in 2020: Georgia moves up one place, with 120 of 200
        Figure kz2019 = figure("F7", "BY", "KZ", Indicator.TURNOVER, "2019", "150", Qualifier.EXACT, null, "B1-FN84");
        Figure kz2020 = figure("F8", "BY", "KZ", Indicator.TURNOVER, "2020", "80", Qualifier.EXACT, null, "B1-FN84");
        Figure minskExports =
                figure("F5", "BY-HM", "GE", Indicator.EXPORTS, "2017", "7.9", Qualifier.EXACT, null, null);
        Figure minskImports =
                figure("F6", "BY-HM", "GE", Indicator.IMPORTS, "2017", "10.9", Qualifier.EXACT, null, null);
        Target target = new Target(
                "T013",
                "BY",
                "GE",
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                null,
                d("200"),
                Unit.USD_M,
                null,
                null,
                Deadline.parse("2020"),
                PartialDate.parse("2017"),
                Qualifier.EXACT,
                "B1-FN43",
                SEED,
                "reach $200 million trade turnover by 2020",
                null,
                null);
        Event roadmap = new Event(
                "E1",
                PartialDate.parse("2020-06-15"),
                EventType.AGREEMENT,
                List.of("BY", "GE"),
                "Tbilisi, Georgia",
                null,
                "Roadmap on trade signed",
                null,
                "B1-FN43",
                SEED,
                null,
                null);
        List<Source> sources = List.of(
                new Source(
                        "B1-FN84",
                        "B1",
                        84,
                        "Belarus and Afghanistan: trade",
                        null,
                        "BelTA",
                        "БелТА",
                        2019,
                        null,
                        SEED),
                new Source(
                        "B1-FN43",
                        "B1",
                        43,
                        "Belarus and Georgia",
                        null,
                        "sputnik-georgia.ru",
                        "«Спутник Грузия»",
                        2019,
                        null,
                        SEED));
        List<Figure> figures = List.of(af2017, af2018, ge2019, ge2020, kz2019, kz2020, minskExports, minskImports);
        data = Dataset.of(entities, figures, List.of(target), List.of(roadmap), sources);
        List<ExchangeRate> rates =
                List.of(new ExchangeRate("BYN", 2017, d("1.9327"), "NBRB, annual average", null, null, null));
        report = Analyses.run(
                entities,
                rates,
                figures,
                List.of(target),
                new ReportSelection(LocalDate.of(2021, 6, 30), Period.parse("2020"), "BY", List.of()));
    }

    private BriefingContext context(Language language) {
        Texts texts = Texts.of(language);
        return new BriefingContext(
                texts,
                new Wording(texts, data.entitiesByCode(), data.figures()),
                data,
                report,
                data.partnersWithData("BY"),
                texts.text("marking.default"),
                new Issue(texts.text("issue.body.default"), "CB-2020-1", LocalDate.of(2021, 7, 1)),
                "coopbrief",
                ZonedDateTime.of(2021, 7, 1, 9, 0, 0, 0, ZoneOffset.UTC),
                typeface,
                0,
                org.coopbrief.analysis.Changes.first("BY"));
    }

    private PdfReadBack overall(Language language) throws Exception {
        return new PdfReadBack(writeOverall(language, "overall-" + language.code() + ".pdf"));
    }

    private Path writeOverall(Language language, String name) throws Exception {
        BriefingContext context = context(language);
        OverallBriefing briefing = new OverallBriefing(context);
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                BriefingPdf pdf = new BriefingPdf(
                        out,
                        new PdfStyle(typeface),
                        context.texts(),
                        context.marking(),
                        context.issue(),
                        briefing.metadata(),
                        true,
                        List.of())) {
            briefing.write(pdf);
        }
        return file;
    }

    private PdfReadBack partner(String code, Language language) throws Exception {
        BriefingContext context = context(language);
        PartnerBriefing briefing = new PartnerBriefing(context, code);
        Path file = dir.resolve(code + "-" + language.code() + ".pdf");
        try (OutputStream out = Files.newOutputStream(file);
                BriefingPdf pdf = new BriefingPdf(
                        out,
                        new PdfStyle(typeface),
                        context.texts(),
                        context.marking(),
                        context.issue(),
                        briefing.metadata(),
                        false,
                        List.of())) {
            briefing.write(pdf);
        }
        return new PdfReadBack(file);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static int page(PdfReadBack pdf, String bookmark) {
        return pdf.bookmarks().stream()
                .filter(b -> b.title().equals(bookmark))
                .findFirst()
                .orElseThrow()
                .page();
    }

    @Test
    void theSummaryWordsComputedChangesAndMarksApproximateOnes() throws Exception {
        try (PdfReadBack pdf = overall(Language.EN)) {
            String summary = oneLine(pdf.text(page(pdf, "Executive summary")));
            assertThat(summary)
                    .contains("Trade with Georgia grew by 20% in 2020 to $120 million.")
                    // 60% would be a share of the two countries with a figure: no share without a world total
                    .doesNotContain("60% of", "of the total over");
            // computed from a level converted from BYN: approximate, so "about"
            assertThat(summary).contains("Trade with Afghanistan grew by about 29% in 2018 to $38.7 million.");
            assertThat(summary).contains("1 target is recorded (Missed: 1).", "1 data-quality finding");
        }
        try (PdfReadBack pdf = overall(Language.RU)) {
            assertThat(oneLine(pdf.text(page(pdf, "Основные выводы"))))
                    .contains(
                            "Грузия: товарооборот за 2020\u00a0г. вырос на 20\u00a0% и составил 120\u00a0млн\u00a0долл.\u00a0США.")
                    .contains(
                            "Афганистан: товарооборот за 2018\u00a0г. вырос примерно на 29\u00a0% и составил 38,7\u00a0млн\u00a0долл.\u00a0США.");
        }
    }

    @Test
    void theRankingShowsChangeAndRankButNoShareWithoutAWorldTotal() throws Exception {
        try (PdfReadBack pdf = overall(Language.EN)) {
            String ranking = oneLine(pdf.text(page(pdf, "Partners by turnover")));
            assertThat(ranking)
                    .containsSubsequence("Countries with a 2020 figure (2)", "1", "Georgia", "120", "+20%", "+1", "[")
                    .contains("No share is shown")
                    .doesNotContain("60%");
        }
    }

    @Test
    void targetsAreColourCodedByStatusAndASingleTargetsProgressIsAFigureLineNotABar() throws Exception {
        try (PdfReadBack pdf = overall(Language.EN)) {
            int page = page(pdf, "Targets");
            String text = oneLine(pdf.text(page));
            assertThat(text).contains("T013", "Georgia", "200 USD million", "120 (2020)", "60%", "Missed");
            // one target: a chart of one bar would say less than its number, so the number is printed
            assertThat(text)
                    .contains("Progress towards the targets (latest actual as % of target): T013 Georgia, 60%")
                    .doesNotContain("% of target 0");
            assertThat(fillColours(pdf, page)).as("the Missed cell's red").contains("0.776 0.157 0.157");
            assertThat(pdf.images(page)).isZero();
            // a chart would add its axis label "% of target": the figure line is the only one
            assertThat(text.split("% of target", -1)).as("no chart drawn").hasSize(2);
        }
        try (PdfReadBack pdf = overall(Language.RU)) {
            assertThat(oneLine(pdf.text(page(pdf, "Цели")))).contains("Не\u00a0достигнута", "60\u00a0%");
        }
    }

    @Test
    void findingsShowBothNumbersAndTheTolerance() throws Exception {
        try (PdfReadBack pdf = overall(Language.EN)) {
            String quality = oneLine(pdf.text(page(pdf, "Data quality")));
            assertThat(quality)
                    .containsSubsequence(
                            "Stated growth against computed growth",
                            "Belarus \u2013 Afghanistan",
                            "Turnover, goods, 2018",
                            "31%",
                            "29%",
                            "\u22122 pp",
                            "\u00B11.8",
                            "F1, F2");
        }
    }

    @Test
    void aPartnersTableShowsPreviousLevelsChangesAndDerivedFlows() throws Exception {
        try (PdfReadBack pdf = partner("GE", Language.EN)) {
            String changes = oneLine(pdf.text(page(pdf, "Year-over-year changes")));
            assertThat(changes)
                    .containsSubsequence(
                            "Belarus", "2020", "Turnover, goods", "USD million", "120", "100 (2019)", "+20", "+20%");
            // Minsk city's 2017 balance, derived from exports 7.9 and imports 10.9
            assertThat(changes).containsSubsequence("Minsk (city)", "2017", "Balance, goods", "~\u22123");
            String targets = oneLine(pdf.text(page(pdf, "Targets")));
            assertThat(targets).contains("T013", "Missed");
            assertThat(pdf.text()).contains("Path to the target", "Target: 200");
            assertThat(pdf.text()).contains("Roadmap on trade signed", "15 June 2020");
        }
    }

    @Test
    void theSameBriefingWrittenTwiceIsTheSameFile() throws Exception {
        // a restarted run must produce what an uninterrupted one does, byte for byte
        Path first = writeOverall(Language.RU, "first.pdf");
        Path second = writeOverall(Language.RU, "second.pdf");
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
        try (PdfReadBack pdf = new PdfReadBack(first)) {
            var info = pdf.document().getDocumentInformation();
            assertThat(info.getCreationDate().toInstant()).isEqualTo(java.time.Instant.parse("2021-07-01T09:00:00Z"));
            assertThat(pdf.document().getDocument().getDocumentID()).isNotNull();
        }
    }

    /** The fill colours set on a page ("r g b" rounded to three places), in drawing order. */
    private static List<String> fillColours(PdfReadBack pdf, int page) throws Exception {
        PDFStreamParser parser = new PDFStreamParser(pdf.document().getPage(page - 1));
        List<Object> tokens = parser.parse();
        List<String> colours = new java.util.ArrayList<>();
        for (int i = 3; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals("rg")) {
                colours.add(String.format(
                        java.util.Locale.ROOT,
                        "%.3f %.3f %.3f",
                        ((COSNumber) tokens.get(i - 3)).floatValue(),
                        ((COSNumber) tokens.get(i - 2)).floatValue(),
                        ((COSNumber) tokens.get(i - 1)).floatValue()));
            }
        }
        return colours;
    }
}
