package org.coopbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopbrief.ingest.TestInputs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an operator uses it: output and exit codes, with a database of its own. */
class CliTest {

    @TempDir
    static Path home;

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {}

    @BeforeAll
    static void ownDatabaseAndReportsFolder() {
        System.setProperty("coopbrief.home", home.toString());
        System.setProperty("coopbrief.data-dir", home.resolve("data").toString());
    }

    @AfterAll
    static void restoreProperties() {
        System.clearProperty("coopbrief.home");
        System.clearProperty("coopbrief.data-dir");
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static long executionId(Result r) {
        Matcher m = Pattern.compile("execution (\\d+):").matcher(r.out());
        assertThat(m.find()).as("execution id in: " + r.out()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        Result r = cli("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("run", "ingest", "history", "restart", "3  another run is in progress");
        assertThat(cli("ingest", "--help").out()).contains("--input=DIR");
    }

    @Test
    void usageErrorsPrintTheUsageAndExit2() {
        Result none = cli();
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).contains("Usage: coopbrief");
        Result unknown = cli("ingest", "--bogus");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--bogus'", "Usage: coopbrief ingest");
        assertThat(cli("restart", "notanumber").exitCode()).isEqualTo(2);
        assertThat(cli("restart", "987654").err()).contains("no job execution with id 987654");
    }

    @Test
    void aCleanIngestExits0AndShowsTheCountsInHistory() throws Exception {
        Result r = cli("ingest", "--input", TestInputs.copyFixture(dir).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("COMPLETED").containsPattern("figures\\.csv +read +6 +loaded +6 +rejected +0");
        long id = executionId(r);

        Result history = cli("history");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out())
                .containsPattern(
                        "(?m)^" + id + " +ingest +COMPLETED .* +21 +0  input=" + Pattern.quote(dir.toString()));
    }

    @Test
    void aRejectedRowIsPrintedWithFileLineAndFieldAndExits4() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        int line = TestInputs.appendLine(
                input.resolve("figures.csv"), "F0100,BY,AF,exports,goods,,,2019,12..5,USD_M,,,,,,,,B1:520,,,");
        Result r = cli("ingest", "--input", input.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.COMPLETED_WITH_REJECTS);
        assertThat(r.err())
                .contains("rejected " + input.resolve("figures.csv") + ":" + line
                        + ": field 'value': '12..5' is not a decimal number");
        Path report = home.resolve("reports/ingest");
        assertThat(Files.walk(report).filter(p -> p.endsWith("rejects.csv")).map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }))
                .anyMatch(text -> text.contains("," + line + ",\"value\",\"12..5\""));
    }

    @Test
    void aFailedJobExits1AndCanBeRestartedOnceFixed() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        String good = Files.readString(input.resolve("targets.csv"));
        Files.writeString(input.resolve("targets.csv"), "id,reporter\n");

        Result failed = cli("run", "--input", input.toString());
        assertThat(failed.exitCode()).isEqualTo(ExitCode.JOB_FAILED);
        assertThat(failed.err())
                .contains(input.resolve("targets.csv") + ":1: header does not match", "coopbrief restart ");

        Files.writeString(input.resolve("targets.csv"), good);
        Result restarted = cli("restart", Long.toString(executionId(failed)));
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("COMPLETED").containsPattern("targets\\.csv +read +2 +loaded +2");

        Result again = cli("restart", Long.toString(executionId(failed)));
        assertThat(again.exitCode()).isEqualTo(ExitCode.NOTHING_TO_DO);
    }

    @Test
    void aBriefingSettingThatCannotBeUsedExits2BeforeTheDatabaseOrAReportIsTouched() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        Path data = dir.resolve("data");
        Path reports = dir.resolve("reports");
        System.setProperty("coopbrief.data-dir", data.toString());
        System.setProperty("coopbrief.reports-dir", reports.toString());
        try {
            System.setProperty("coopbrief.briefing.reference", "CB-{year}-{run}");
            Result reference = cli("run", "--input", input.toString());
            assertThat(reference.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(reference.err())
                    .contains("coopbrief.briefing.reference", "unknown placeholder {year}", "{period}, {run}");
            System.clearProperty("coopbrief.briefing.reference");

            System.setProperty("coopbrief.briefing.issuing-body.de", "Auswärtiges Amt");
            Result language = cli("run", "--input", input.toString());
            assertThat(language.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(language.err()).contains("coopbrief.briefing.issuing-body.de", "'de' is not a language");
            assertThat(data).as("no database opened").doesNotExist();
            assertThat(reports).as("no report folder made").doesNotExist();
        } finally {
            System.clearProperty("coopbrief.briefing.reference");
            System.clearProperty("coopbrief.briefing.issuing-body.de");
            System.setProperty("coopbrief.data-dir", home.resolve("data").toString());
            System.clearProperty("coopbrief.reports-dir");
        }
    }

    @Test
    void runValuesThatDoNotFitTheInputExit2BeforeAnythingIsTouched() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        assertThat(cli("ingest", "--input", input.toString()).exitCode()).isZero();
        String before = cli("history", "-n", "50").out();
        assertThat(before).as("positive control: the load is in the history").contains(" ingest ");

        Result partner = cli("run", "--input", input.toString(), "--partners", "XX");
        assertThat(partner.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(partner.err()).contains("unknown partner code 'XX'", input.toString());
        Result period = cli("run", "--input", input.toString(), "--period", "2030");
        assertThat(period.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(period.err()).contains("--period 2030:", "has no figure of BY");
        Result asOf = cli("run", "--input", input.toString(), "--as-of", "1990-01-01");
        assertThat(asOf.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(asOf.err()).contains("--as-of 1990-01-01 is before every figure");
        Result lang = cli("run", "--input", input.toString(), "--lang", "en,de");
        assertThat(lang.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(lang.err()).contains("'de' is not a language");

        assertThat(cli("history", "-n", "50").out()).as("no new execution").isEqualTo(before);
    }

    @Test
    void latestFollowsTheSeriesAndAnAdHocSelectionGetsItsFolderButMovesNoLink() throws Exception {
        // an as-of date of its own, so that no other test's run has these parameters
        Path input = TestInputs.copyFixture(dir);
        Result series = cli("run", "--input", input.toString(), "--as-of", "2019-06-30", "--rerun");
        assertThat(series.exitCode()).as(series.err()).isZero();
        Path seriesFolder = reportsFolder(series);
        Path latest = seriesFolder.resolveSibling("latest");
        assertThat(latest.toRealPath()).isEqualTo(seriesFolder.toRealPath());

        Result adHoc = cli(
                "run",
                "--input",
                input.toString(),
                "--as-of",
                "2019-06-30",
                "--partners",
                "GE",
                "--lang",
                "ru",
                "--rerun");
        assertThat(adHoc.exitCode()).as(adHoc.err()).isZero();
        Path adHocFolder = reportsFolder(adHoc);
        assertThat(adHocFolder.resolve("manifest.json"))
                .as("the ad-hoc run is complete")
                .exists();
        assertThat(adHocFolder.getParent()).isEqualTo(seriesFolder.getParent());
        assertThat(latest.toRealPath())
                .as("latest still points at the series run")
                .isEqualTo(seriesFolder.toRealPath());

        // the default languages spelled out are still the series
        Result explicit = cli(
                "run",
                "--input",
                input.toString(),
                "--as-of",
                "2019-06-30",
                "--lang",
                "en",
                "--partners",
                "all",
                "--rerun");
        assertThat(explicit.exitCode()).as(explicit.err()).isZero();
        assertThat(latest.toRealPath()).isEqualTo(reportsFolder(explicit).toRealPath());
    }

    private static Path reportsFolder(Result r) {
        Matcher m = Pattern.compile("reports: (\\S+)").matcher(r.out());
        assertThat(m.find()).as("reports folder in: " + r.out()).isTrue();
        return Path.of(m.group(1));
    }
}
