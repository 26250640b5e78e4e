package org.coopbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopbrief.export.pdf.PdfReadBack;
import org.coopbrief.ingest.TestInputs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of one series on fixtures that differ by one new figure (which also moves a target from NO
 * DATA to AT RISK), one revised value and one new event: the second run's briefings, workbooks and
 * {@code compare --since} list exactly those four changes, from what the first run saw.
 */
class WhatsNewTest {

    @TempDir
    static Path home;

    static Path input;
    static long first;
    static long second;

    record Result(int exitCode, String out, String err) {}

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void twoRunsOfOneSeries() throws IOException {
        System.setProperty("coopbrief.home", home.toString());
        System.setProperty("coopbrief.data-dir", home.resolve("data").toString());
        input = TestInputs.copyFixture(home.resolve("input"));
        Result one = cli("run", "--input", input.toString(), "--lang", "en,ru");
        assertThat(one.exitCode()).as(one.err()).isZero();
        first = onlyRun();

        // one new figure (Belarus-Georgia turnover 2017: the target T001 now has an actual), one revised value
        TestInputs.appendLine(
                input.resolve("figures.csv"), "F0007,BY,GE,turnover,goods,,,2017,150,USD_M,,,,,,,,B1:301,,,");
        Path figures = input.resolve("figures.csv");
        Files.writeString(
                figures,
                Files.readString(figures)
                        .replace(
                                "F0002,BY-HM,GE,exports,goods,,,2017,24.5,",
                                "F0002,BY-HM,GE,exports,goods,,,2017,25.5,"));
        // one new event
        TestInputs.appendLine(
                input.resolve("events.csv"),
                "E0004,2018-10-02,visit,BY;GE,Tbilisi,Тбилиси,Official visit to Georgia,Официальный визит в Грузию,,B1:331,,");
        // the same parameters: the run is complete until --rerun asks for a new revision
        assertThat(cli("run", "--input", input.toString(), "--lang", "en,ru").exitCode())
                .isEqualTo(ExitCode.NOTHING_TO_DO);
        Result rerun = cli("run", "--input", input.toString(), "--lang", "en,ru", "--rerun");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        List<Long> runs = runs();
        assertThat(runs).hasSize(2);
        second = runs.get(1);
    }

    @AfterAll
    static void restoreProperties() {
        System.clearProperty("coopbrief.home");
        System.clearProperty("coopbrief.data-dir");
    }

    private static List<Long> runs() throws IOException {
        try (Stream<Path> dirs = Files.list(home.resolve("reports/2018"))) {
            return dirs.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d+"))
                    .map(Long::parseLong)
                    .sorted()
                    .toList();
        }
    }

    private static long onlyRun() throws IOException {
        List<Long> runs = runs();
        assertThat(runs).hasSize(1);
        return runs.get(0);
    }

    private static Path folder(long run) {
        return home.resolve("reports/2018").resolve(Long.toString(run));
    }

    /** The text of a briefing from a heading (the section, not its line in the contents) to the next one given (or the end). */
    private static String between(Path pdf, String from, String to) {
        PdfReadBack read = new PdfReadBack(pdf);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= read.pageCount(); page++) {
            all.append(read.text(page));
        }
        String text = all.toString().replace('\u00a0', ' ');
        // the last occurrence: the contents on the cover name the section first
        int start = text.lastIndexOf(from);
        assertThat(start).as("'" + from + "' in " + pdf).isNotNegative();
        int end = to == null ? text.length() : text.indexOf(to, start + from.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The points of a list: each starts with a bullet and ends with a full stop; a point wrapped over lines is joined. */
    private static List<String> points(String section) {
        List<String> points = new ArrayList<>();
        for (String line : section.split("\\R")) {
            if (line.startsWith("\u2022")) {
                points.add(line.substring(1).strip());
            } else if (!points.isEmpty()
                    && !line.isBlank()
                    && !points.get(points.size() - 1).endsWith(".")) {
                points.set(points.size() - 1, points.get(points.size() - 1) + " " + line.strip());
            }
        }
        return points;
    }

    @Test
    void theFirstBriefingOfTheSeriesSaysSo() {
        String en =
                between(folder(first).resolve("coopbrief-briefing-2018-en.pdf"), "What’s new", "Partners by turnover");
        assertThat(en).contains("This is the first briefing of this series");
        assertThat(points(en)).isEmpty();
        String ru = between(
                folder(first).resolve("coopbrief-briefing-2018-ru.pdf"), "Что нового", "Партнёры по товарообороту");
        assertThat(ru).contains("Это первая справка этой серии");
    }

    @Test
    void theOverallBriefingListsExactlyTheFourChanges() {
        String en = between(
                folder(second).resolve("coopbrief-briefing-2018-en.pdf"),
                "What’s new since the briefing of",
                "Partners by turnover");
        assertThat(en).contains("(run " + first + ", data as of 31 December 2018): 4 changes.");
        List<String> points = points(en);
        assertThat(points)
                .containsExactly(
                        "New figure: Georgia, Turnover, goods, 2017: 150 USD million.",
                        "Revised: Minsk (city) with Georgia, Exports, goods, 2017: about 25.5 USD million (was about"
                                + " 24.5 USD million).",
                        "Target for Georgia: “reach $200 million trade turnover by 2020” is now At risk (was No data).",
                        "New event: 2 October 2018, Visit, “Official visit to Georgia” (Belarus, Georgia).");

        String ru = between(
                folder(second).resolve("coopbrief-briefing-2018-ru.pdf"),
                "Что нового со справки от",
                "Партнёры по товарообороту");
        assertThat(ru).contains("4 изменения");
        assertThat(points(ru)).hasSize(4);
        assertThat(ru.replaceAll("\\s+", " "))
                .contains("Официальный визит в Грузию", "теперь «Под угрозой» (было «Нет данных»)");
        assertThat(ru).doesNotContainPattern("[A-Za-z]{3,}");
    }

    @Test
    void thePartnerBriefingListsItsOwnChanges() {
        String ge =
                between(folder(second).resolve("partners/GE-2018-en.pdf"), "What’s new since the briefing of", null);
        assertThat(points(ge.substring(0, ge.indexOf("Latest")))).hasSize(4);
        String af = new PdfReadBack(folder(second).resolve("partners/AF-2018-en.pdf")).text(1);
        assertThat(af.replace('\u00a0', ' ')).contains("Nothing new for this partner since the briefing of");
    }

    @Test
    void theWorkbooksHaveAChangesSheetWithOneTypedRowPerChange() throws IOException {
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook wb =
                new XSSFWorkbook(Files.newInputStream(folder(second).resolve("coopbrief-2018.xlsx")))) {
            Sheet changes = wb.getSheet("Changes");
            assertThat(wb.getSheetIndex(changes)).isEqualTo(1);
            assertThat(format.formatCellValue(changes.getRow(0).getCell(0))).isEqualTo("Change");
            assertThat(changes.getLastRowNum()).isEqualTo(4);
            List<String> kinds = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                kinds.add(changes.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(kinds).containsExactly("new_figure", "revised_figure", "target_status", "new_event");
            Row revised = changes.getRow(2);
            assertThat(revised.getCell(2).getStringCellValue()).isEqualTo("F0002");
            assertThat(revised.getCell(3).getStringCellValue()).isEqualTo("BY-HM");
            assertThat(revised.getCell(4).getStringCellValue()).isEqualTo("GE");
            assertThat(revised.getCell(10).getNumericCellValue()).isEqualTo(24.5);
            assertThat(revised.getCell(12).getStringCellValue()).isEqualTo("about");
            assertThat(revised.getCell(13).getNumericCellValue()).isEqualTo(25.5);
            assertThat(revised.getCell(19).getNumericCellValue()).isEqualTo((double) first);
            Row status = changes.getRow(3);
            assertThat(status.getCell(16).getStringCellValue()).isEqualTo("No data");
            assertThat(status.getCell(17).getStringCellValue()).isEqualTo("At risk");
            Cell date = changes.getRow(4).getCell(9);
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).hasToString("2018-10-02");
            assertThat(changes.getRow(4).getCell(4).getStringCellValue()).isEqualTo("BY;GE");
        }
        try (XSSFWorkbook wb =
                new XSSFWorkbook(Files.newInputStream(folder(second).resolve("coopbrief-2018-ru.xlsx")))) {
            Sheet changes = wb.getSheet("Изменения");
            assertThat(changes.getLastRowNum()).isEqualTo(4);
            assertThat(changes.getRow(3).getCell(17).getStringCellValue()).isEqualTo("Под угрозой");
            assertThat(changes.getRow(4).getCell(21).getStringCellValue()).contains("Официальный визит в Грузию");
        }
        try (XSSFWorkbook wb =
                new XSSFWorkbook(Files.newInputStream(folder(first).resolve("coopbrief-2018.xlsx")))) {
            assertThat(wb.getSheet("Changes").getLastRowNum())
                    .as("the first briefing lists nothing")
                    .isZero();
        }
    }

    @Test
    void compareSinceListsTheChangesSinceThatRun() {
        Result r = cli("compare", "--partner", "GE", "--since", Long.toString(first));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out()
                .lines()
                .dropWhile(l -> !l.startsWith("CHANGES SINCE RUN " + first))
                .filter(l -> l.startsWith("  - "))
                .toList();
        assertThat(lines)
                .containsExactly(
                        "  - New figure: Georgia, Turnover, goods, 2017: 150 USD million.",
                        "  - Revised: Minsk (city) with Georgia, Exports, goods, 2017: about 25.5 USD million (was"
                                + " about 24.5 USD million).",
                        "  - Target for Georgia: “reach $200 million trade turnover by 2020” is now At risk (was No"
                                + " data).",
                        "  - New event: 2 October 2018, Visit, “Official visit to Georgia” (Belarus, Georgia).");
        Result none = cli("compare", "--partner", "AF", "--since", Long.toString(second));
        assertThat(none.out()).contains("Nothing has changed since the briefing of");
    }

    @Test
    void compareSinceAnUnknownRunIsAUsageError() {
        Result r = cli("compare", "--partner", "GE", "--since", "999");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--since 999");
    }
}
