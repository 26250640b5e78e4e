package org.coopbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.coopbrief.ingest.TestInputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coopbrief compare}: the partner's table on the terminal, and its exit codes. */
class CompareCommandTest {

    @TempDir
    Path home;

    record Result(int exitCode, String out, String err) {}

    @BeforeEach
    void ownDatabase() {
        System.setProperty("coopbrief.home", home.toString());
        System.setProperty("coopbrief.data-dir", home.resolve("data").toString());
    }

    @AfterEach
    void restoreProperties() {
        System.clearProperty("coopbrief.home");
        System.clearProperty("coopbrief.data-dir");
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private void load() throws Exception {
        Result r = cli(
                "ingest",
                "--input",
                TestInputs.copyFixture(home.resolve("input")).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void printsThePartnersComparisonsAndTargetsAligned() throws Exception {
        load();
        Result r = cli("compare", "--partner", "AF");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Belarus (BY) with Afghanistan (AF)", "as of 31 December 2018; focus period 2018");
        List<String> table = r.out()
                .lines()
                .dropWhile(l -> !l.startsWith("PERIOD"))
                .takeWhile(l -> !l.isBlank())
                .toList();
        assertThat(table).hasSize(3);
        // 2018: 38.7 against 2017 ~29.5 implied by "by 31%" (to three digits): +9.2, +31.2%
        assertThat(table.get(2))
                .matches("\\*2018 +BY +AF +Turnover / goods +38\\.7 +~29\\.5 i +~\\+9\\.2 +~\\+31\\.2% +\\+31\\.0%");
        // right-aligned numbers end under their headers
        int valueEnd = table.get(0).indexOf("VALUE") + "VALUE".length();
        assertThat(table.get(2).indexOf("38.7") + "38.7".length()).isEqualTo(valueEnd - 2);
        int pctEnd = table.get(0).indexOf("PCT CHANGE") + "PCT CHANGE".length();
        assertThat(table.get(2).indexOf("~+31.2%") + "~+31.2%".length()).isEqualTo(pctEnd);
        assertThat(r.out()).contains("TARGETS", "none in the data for this partner");
    }

    @Test
    void includesThePartnersCitiesAndTheReportersRegionsAndShowsTargetStatus() throws Exception {
        load();
        Result r = cli("compare", "--partner", "GE", "--as-of", "2021-12-31");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("2017 +BY-HM +GE +Balance / goods +~21\\.4 d");
        assertThat(r.out()).containsPattern("T001 +BY +Turnover / goods +200\\.0 +2020 +n/a .* No data");
        assertThat(r.out()).contains("DATA QUALITY", "conflict C01");
    }

    @Test
    void printsInRussianWhenAskedWithRussianHeadersNamesAndNumbers() throws Exception {
        load();
        Result r = cli("compare", "--partner", "AF", "--lang", "ru");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains(
                        "Беларусь (BY) \u2014 Афганистан (AF)",
                        "данные на 31\u00a0декабря 2018\u00a0г.; основной период 2018")
                .contains("ЦЕЛИ", "по этому партнёру целей в данных нет")
                .doesNotContain("TARGETS", "PERIOD", "turnover");
        List<String> table = r.out()
                .lines()
                .dropWhile(l -> !l.startsWith("ПЕРИОД"))
                .takeWhile(l -> !l.isBlank())
                .toList();
        assertThat(table.get(0)).contains("ПОКАЗАТЕЛЬ / ОХВАТ", "ЗНАЧЕНИЕ", "ПРЕДЫДУЩЕЕ");
        // the same numbers as in English, with a decimal comma, «п» for implied and a spaced per cent sign
        assertThat(table.get(2))
                .matches(
                        "\\*2018 +BY +AF +Товарооборот / товары +38,7 +~29,5 п +~\\+9,2 +~\\+31,2\u00a0% +\\+31,0\u00a0%");
        assertThat(cli("compare", "--partner", "AF", "--lang", "de").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void anUnknownPartnerIsAUsageError() throws Exception {
        load();
        Result r = cli("compare", "--partner", "XX");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("unknown partner code 'XX'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void malformedOptionsAreUsageErrors() throws Exception {
        assertThat(cli("compare").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli("compare").err()).contains("Missing required option: '--partner=CODE'");
        Result date = cli("compare", "--partner", "GE", "--as-of", "31.12.2020");
        assertThat(date.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(date.err()).contains("'--as-of'", "'31.12.2020' is not a date (expected YYYY-MM-DD)");
        assertThat(cli("compare", "--partner", "GE", "--period", "2020-Q5").err())
                .contains("--period");
        load();
        Result reporter = cli("compare", "--partner", "GE", "--reporter", "ZZ");
        assertThat(reporter.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(reporter.err()).contains("unknown reporter code 'ZZ'");
    }

    @Test
    void withoutLoadedDataItSaysWhatToDo() {
        Result r = cli("compare", "--partner", "GE");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("no data loaded yet", "coopbrief run");
    }

    @Test
    void isListedInTheHelp() {
        assertThat(cli("--help").out()).contains("compare");
        assertThat(cli("compare", "--help").out())
                .contains("--partner=CODE", "--as-of=DATE", "--period=PERIOD", "--reporter=CODE", "--lang=LANG");
    }
}
