package org.coopbrief.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The Russian edition of a run on the bundled data ({@code --lang ru}), read back with PDFBox: its
 * words are Russian (at most 1% in Latin letters, URLs aside, in every briefing), the data's
 * Russian texts stand on their pages, and names, counts and numbers follow Russian rules.
 */
@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/russian-edition-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class RussianEditionTest {

    /** The measure: URLs removed, then words of two letters or more; the share written in Latin letters. */
    private static final Pattern URL = Pattern.compile("\\S*(https?://|www\\.)\\S*");

    private static final Pattern WORD = Pattern.compile("[^\\W\\d_]{2,}", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");
    private static final double MOST_LATIN = 0.01;

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    private Path folder;
    private String period;
    private BundledBriefings run;

    @BeforeAll
    void runThePipelineOnTheBundledDataInRussian() throws Exception {
        run = BundledBriefings.run(jobs, pipelineJob, "target/test-reports/russian-edition-test", "ru");
        period = run.period();
        folder = run.folder();
    }

    @AfterAll
    void closeThePdfs() {
        run.close();
    }

    private PdfReadBack open(Path file) {
        return run.open(file);
    }

    private PdfReadBack overall() {
        return open(folder.resolve("coopbrief-briefing-" + period + "-ru.pdf"));
    }

    private PdfReadBack partner(String code) {
        return open(folder.resolve("partners").resolve(code + "-" + period + "-ru.pdf"));
    }

    private List<Path> everyRussianBriefing() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(folder.resolve("coopbrief-briefing-" + period + "-ru.pdf"));
        try (Stream<Path> partners = Files.list(folder.resolve("partners"))) {
            partners.filter(f -> f.getFileName().toString().endsWith("-ru.pdf"))
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    static double latinShare(String text) {
        String t = URL.matcher(text).replaceAll("");
        Matcher words = WORD.matcher(t);
        int all = 0;
        int latin = 0;
        while (words.find()) {
            all++;
            if (LATIN.matcher(words.group()).matches()) {
                latin++;
            }
        }
        return all == 0 ? 0 : (double) latin / all;
    }

    @Test
    void theMeasureCountsLatinWordsOutsideUrls() {
        assertThat(latinShare("Товарооборот вырос, see https://www.belta.by/economics/view/1 там"))
                .isEqualTo(0.25);
        assertThat(latinShare("БелТА www.belta.by 2020 г.")).isZero();
    }

    @Test
    void atMostOnePercentOfTheWordsOfEveryRussianBriefingAreInLatinLetters() throws IOException {
        List<Path> files = everyRussianBriefing();
        assertThat(files).hasSizeGreaterThan(10);
        List<String> tooLatin = new ArrayList<>();
        for (Path file : files) {
            double share = latinShare(open(file).text());
            System.out.printf(Locale.ROOT, "Latin words %5.2f%% %s%n", share * 100, file.getFileName());
            if (share > MOST_LATIN) {
                tooLatin.add(file.getFileName() + String.format(Locale.ROOT, " %.2f%%", share * 100));
            }
        }
        assertThat(tooLatin)
                .as("briefings with more than 1% of their words in Latin letters")
                .isEmpty();
    }

    @Test
    void readerTextNamesNoEntityCodesAndNoFileNames() throws IOException {
        for (Path file : everyRussianBriefing()) {
            String text = open(file).text();
            assertThat(text)
                    .as(file.getFileName().toString())
                    .doesNotContain(".pdf", "rejects.csv", "partners/", "(CO-", "(AF)", "(KZ)", "(GE)", "(RU-STA)");
        }
    }

    @Test
    void theDatasRussianTextsStandOnTheirPagesInGuillemets() {
        PdfReadBack af = partner("AF");
        // T001 (targets.csv text_ru), quoted in «ёлочки», on the targets page
        int targets = bookmarkPage(af, "Цели");
        int timeline = bookmarkPage(af, "Хронология событий");
        assertThat(af.pagesWhere(t -> oneLine(t).contains("\u00ABотгрузить 525 тракторов\u00BB")))
                .isNotEmpty()
                .allMatch(p -> p >= targets && p <= timeline);
        // E0133 (2017-08): its Russian title and place on a page of the timeline
        int sources = bookmarkPage(af, "Источники");
        List<Integer> visit = af.pagesWhere(t -> oneLine(t).contains("Официальный визит в Беларусь Главы"));
        assertThat(visit).isNotEmpty().allMatch(p -> p >= timeline && p <= sources);
        assertThat(af.text(visit.get(0))).contains("Минск,");
        // B1-FN81: its Russian title and publisher on the sources pages
        List<Integer> note = af.pagesWhere(t -> oneLine(t).contains("\u00ABМТЗ намерен расширить"));
        assertThat(note).isNotEmpty().allMatch(p -> p >= sources);
        assertThat(oneLine(af.text(note.get(0))))
                .contains("Сергеева,\u00a0В. \u00ABМТЗ намерен расширить", "БелТА. 2017. Книга 2, сноска 81.");
    }

    @Test
    void thePartnerListIsInRussianAlphabeticalOrder() {
        PdfReadBack pdf = overall();
        List<PdfReadBack.Bookmark> all = pdf.bookmarks();
        int at = all.stream().map(PdfReadBack.Bookmark::title).toList().indexOf("Партнёры");
        List<String> partners = all.subList(at + 1, all.size()).stream()
                .takeWhile(b -> b.level() == 2)
                .map(PdfReadBack.Bookmark::title)
                .filter(title -> !title.equals("Партнёры без отдельной справки"))
                .toList();
        // Акмолинская область before Афганистан (к before ф), the reverse of the English order (Af, Ak)
        assertThat(partners)
                .containsSubsequence(
                        "Акмолинская область",
                        "Афганистан",
                        "Грузия",
                        "Казахстан",
                        "Кыргызстан",
                        "Россия",
                        "Таджикистан",
                        "Узбекистан");
        // the same order by the JDK's own Russian collator, quotation marks aside
        java.text.Collator jdk = java.text.Collator.getInstance(Locale.forLanguageTag("ru"));
        assertThat(partners)
                .isSortedAccordingTo(
                        Comparator.comparing((String name) -> name.replaceAll("[\u00AB\u00BB\"]", ""), jdk::compare));
    }

    @Test
    void countsTakeTheirRussianPluralForms() {
        String text = oneLine(overall().text());
        Matcher counts = Pattern.compile("Всего (\\d+) (число|числа|чисел), (\\d+) (цель|цели|целей)")
                .matcher(text);
        int seen = 0;
        while (counts.find()) {
            seen++;
            assertThat(counts.group(2))
                    .as(counts.group())
                    .isEqualTo(form(Integer.parseInt(counts.group(1)), "число", "числа", "чисел"));
            assertThat(counts.group(4))
                    .as(counts.group())
                    .isEqualTo(form(Integer.parseInt(counts.group(3)), "цель", "цели", "целей"));
        }
        assertThat(seen).as("partner lines with counts").isGreaterThan(10);
    }

    @Test
    void aCountingUnitAgreesWithItsNumber() {
        // T040 (2 companies) and T041 (2 projects), in the UZ briefing and the overall targets table
        for (PdfReadBack pdf : List.of(partner("UZ"), overall())) {
            String text = oneLine(pdf.text());
            assertThat(text).contains("2 компании", "2 проекта").doesNotContain("2 компаний", "2 проектов");
        }
    }

    @Test
    void targetsAreCountedByStatusWithTheStatusAgreeingWithItsNumber() {
        String overall = oneLine(overall().text()).replace('\u00a0', ' ');
        assertThat(overall).contains("4 не достигнуты, 1 под угрозой, 23 без данных, 17 без срока");
        assertThat(overall).doesNotContainPattern("(Не достигнута|Без срока|Нет данных): \\d");
        assertThat(oneLine(partner("KZ").text()).replace('\u00a0', ' '))
                .contains("Записано 8 целей: 1 не достигнута, 4 без данных, 3 без срока.");
    }

    @Test
    void namesAfterANounStandInTheGenitiveAndAQualifierBeforeItsPreposition() {
        String overall = oneLine(overall().text());
        assertThat(overall)
                .contains("Регионы России с данными", "крупнейшим торговым партнёром Беларуси", "с участием Беларуси")
                .doesNotContain("Регионы (Россия)", "участника «Беларусь»", "(участник «");
        String ge = oneLine(partner("GE").text());
        assertThat(ge).contains("вырос примерно с 12,9").doesNotContain(" с примерно", "партнёра «Грузия»");
        // the legend of the latest numbers says what the English says, in words a reader follows
        assertThat(ge).contains("самый широкий ряд торговли самого участника").doesNotContain("самого отчитывающегося");
    }

    /** A preposition and, right after it, a month, quarter or half-year left in the nominative. */
    private static final Pattern PERIOD_IN_THE_NOMINATIVE_AFTER_A_PREPOSITION = Pattern.compile(
            "(?<!\\p{L})(к|с|до|от|в) (январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
                    + "|\\d-й квартал|\\d-е полугодие)(?!\\p{L})",
            Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void aPeriodAfterAPrepositionTakesTheCaseThePrepositionGoverns() throws IOException {
        // RU: January–February 2021 against January–February 2020, in the summary and the table
        String ru = oneLine(partner("RU").text()).replace('\u00a0', ' ');
        assertThat(ru).contains("к январю\u2013февралю 2020 г.").doesNotContain("к январь");
        assertThat(ru).contains("к марту 2020").doesNotContain("к март 2020");
        for (Path file : everyRussianBriefing()) {
            String text = oneLine(open(file).text()).replace('\u00a0', ' ');
            assertThat(PERIOD_IN_THE_NOMINATIVE_AFTER_A_PREPOSITION
                            .matcher(text)
                            .results()
                            .map(m -> m.group()))
                    .as(file.getFileName().toString())
                    .isEmpty();
        }
    }

    @Test
    void aTargetWithoutADeadlineIsWithoutADeadlineEvenWithItsBaselineUnknown() {
        // T018 (KZ): "удвоить экспорт" of 2020, no deadline, the 2020 baseline not in the data
        String row = oneLine(partner("KZ").text()).replace('\u00a0', ' ');
        assertThat(row).containsPattern("T018 «Что касается строительной отрасли,[^\\[]*Без срока");
    }

    @Test
    void theNotesNameTheAuthorOutsideTheTitleRepeatAnIbidAndNumberTheBooksInRussian() throws IOException {
        for (Path file : everyRussianBriefing()) {
            String text = oneLine(open(file).text());
            assertThat(text)
                    .as(file.getFileName().toString())
                    .doesNotContain("Книга B0", "Книга B1", "\u00ABТам же", "\u00ABМатвеев, В.", "(автор: ");
        }
        // GE [7] (B1 footnote 38, "Там же."): the reference of footnote 37 again
        assertThat(oneLine(partner("GE").text()))
                .contains("Матвеев,\u00a0В. \u00ABМАЗ поставит в Грузию самосвалы")
                .containsPattern(
                        "\\[7\\] \u00ABИнтервью Чрезвычайного и Полномочного Посла[^\\[]*Книга 2, сноска 38\\.");
        // KZ [20] (B1 footnote 11, "Там же. С. 13."): footnote 10 with its page
        assertThat(oneLine(partner("KZ").text()))
                .containsPattern(
                        "\\[20\\] \u00ABРазвитие межрегионального[^\\[]*\u00BB\\.[^\\[]*С\\. 13\\. Книга 2, сноска 11\\.");
        assertThat(oneLine(overall().text())).contains("Книга 1: \u00ABСодружество Независимых Государств");
    }

    @Test
    void theSummaryCountsTheFindingsTheDataQualityPageLists() {
        // 4 listed; 2 of them the source's wording or currency does not explain
        assertThat(oneLine(overall().text()))
                .contains("4 замечания к качеству данных (см. раздел «Качество данных»); 2 из них не объясняются");
    }

    @Test
    void russianDashesInitialsAndThousandsFollowRussianTypography() throws IOException {
        for (Path file : everyRussianBriefing()) {
            String text = oneLine(open(file).text());
            assertThat(text)
                    .as(file.getFileName().toString())
                    // a year range takes an en dash, never an em dash
                    .doesNotContainPattern("\\d{4}\\s*\u2014\\s*\\d{4}")
                    // two names are set apart by an em dash, never a spaced en dash
                    .doesNotContainPattern("(Беларусь|Минск) \u2013 \\p{IsCyrillic}")
                    .doesNotContain("млн долларов США", "срок 20", "Премьер-министром");
        }
        assertThat(oneLine(partner("GE").text())).contains("2018\u20132020\u00a0гг.");
        String kz = oneLine(partner("KZ").text());
        // the target charts' deadline, the growth formula's minus sign, an initial kept with its surname
        assertThat(kz)
                .contains("срок \u2014 2021\u00a0г.", "(1/лет) \u2212 1.", "премьер-министром Р.\u00a0Головченко");
        assertThat(oneLine(partner("UZ").text())).contains("1\u00a0000 голов");
    }

    @Test
    void aWordAfterAColonOrInBracketsMidSentenceIsNotCapitalised() {
        String overall = oneLine(overall().text()).replace('\u00a0', ' ');
        assertThat(overall)
                .contains("2019 г. (товарооборот, товары)", "Афганистан: не достигнута (выполнено на 89,5 %)")
                .doesNotContain("(Товарооборот, товары)", "Афганистан: Не достигнута");
        assertThat(oneLine(partner("UZ").text())).contains("Гомельская область: товарооборот");
    }

    /** The Russian rule, written out: 1, 21, 31 (not 11); 2-4, 22-24 (not 12-14); else. */
    private static String form(int n, String one, String few, String many) {
        if (n % 10 == 1 && n % 100 != 11) {
            return one;
        }
        if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
            return few;
        }
        return many;
    }

    @Test
    void russianTypographyKeepsUnitsWithNumbersAndPrintsMinusSigns() throws IOException {
        PdfReadBack pdf = overall();
        String text = pdf.text();
        // "млн долл. США" never breaks, nor leaves its number
        assertThat(text).doesNotContainPattern("млн\\s*\\R\\s*долл").doesNotContainPattern("долл\\.\\s*\\R\\s*США");
        assertThat(text).doesNotContainPattern("\\d\\s*\\R\\s*(млн|млрд) долл");
        assertThat(text).contains("млн\u00a0долл.\u00a0США");
        // a negative number has a true minus sign, never a hyphen
        assertThat(text).contains("\u2212").doesNotContainPattern("(^|[\\s(~])-\\d");
        // years in words carry "г.", the period of the title among them
        assertThat(pdf.text(1)).contains(period + "\u00a0г.");
        // the status words stand on one line in the targets table
        assertThat(text).contains("Не\u00a0достигнута").doesNotContainPattern("Не\\s*\\R\\s*достигнута");
        for (Path file : everyRussianBriefing()) {
            assertThat(open(file).text())
                    .as(file.getFileName().toString())
                    .doesNotContainPattern("(^|[\\s(~])-\\d")
                    .doesNotContainPattern("Не\\s*\\R\\s*достигнута");
        }
    }

    private static int bookmarkPage(PdfReadBack pdf, String title) {
        return pdf.bookmarks().stream()
                .filter(b -> b.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no bookmark " + title + " in " + pdf.bookmarks()))
                .page();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
