package org.coopbrief.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.coopbrief.dataset.Period;
import org.coopbrief.ingest.TestInputs;
import org.coopbrief.localisation.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParameters;

class RunRequestTest {

    @TempDir
    Path dir;

    @Test
    void latestIsTheLatestYearWithATradeFigureOfTheReporterAndIsRecordedAsAsked() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        // the fixture's latest full-year trade figure of BY is 2018 (Afghanistan); 2018-01..07 is part of a year
        RunParameters p = TestRuns.resolve(input, "latest", null, "en,ru", "BY", "GE, AF");

        assertThat(p.selection().focus()).isEqualTo(Period.year(2018));
        assertThat(p.requestedPeriod()).isEqualTo("latest");
        assertThat(p.selection().asOf())
                .as("end of the latest period in the input")
                .isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(p.languages()).containsExactly(Language.EN, Language.RU);
        assertThat(p.selection().partners()).containsExactly("AF", "GE");
        JobParameters job = p.toJobParameters();
        assertThat(job.getString(RunParameters.PERIOD)).isEqualTo("2018");
        assertThat(job.getLocalDate(RunParameters.AS_OF)).as("typed").isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(job.getParameter(RunParameters.REQUESTED_PERIOD).identifying())
                .isFalse();
        assertThat(job.getParameter(RunParameters.PARTNERS).identifying()).isTrue();
    }

    @Test
    void theJobParametersReadBackAsTheSameValue() throws Exception {
        RunParameters p = TestRuns.resolve(TestInputs.copyFixture(dir), "2017", "2018-06-30", "ru", "BY", "GE")
                .withRevision(3);
        assertThat(RunParameters.of(p.toJobParameters())).isEqualTo(p);
        RunParameters all = TestRuns.resolve(TestInputs.copyFixture(dir.resolve("b")), null, null, null, null, null);
        assertThat(RunParameters.of(all.toJobParameters())).isEqualTo(all);
        assertThat(all.selection().partners()).isEmpty();
        assertThat(all.languages()).containsExactly(Language.EN);
    }

    @Test
    void previousYearAndExplicitValues() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        assertThat(TestRuns.resolve(input, "previous-year", null, null, "BY", null)
                        .selection()
                        .focus())
                .isEqualTo(Period.year(2017));
        RunParameters explicit = TestRuns.resolve(input, "2013", "2014-06-30", "ru", "BY", "all");
        assertThat(explicit.selection().focus()).isEqualTo(Period.year(2013));
        assertThat(explicit.selection().asOf()).isEqualTo(LocalDate.of(2014, 6, 30));
        assertThat(explicit.selection().partners()).isEmpty();
        assertThat(explicit.languages()).isEqualTo(List.of(Language.RU));
    }

    @Test
    void latestLooksOnlyAtYearsEndingByTheAsOfDate() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        assertThat(TestRuns.resolve(input, "latest", "2018-06-30", null, "BY", null)
                        .selection()
                        .focus())
                .as("2018 ends after the as-of date")
                .isEqualTo(Period.year(2013));
    }

    @Test
    void valuesThatDoNotFitTheInputAreRefusedNamingTheValue() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        assertThatThrownBy(() -> TestRuns.resolve(input, "2030", null, null, "BY", null))
                .hasMessageStartingWith("--period 2030: the input " + input + " has no figure of BY");
        assertThatThrownBy(() -> TestRuns.resolve(input, "2018-Q1", null, null, "BY", null))
                .hasMessage("--period must be a year (2020), latest or previous-year, not '2018-Q1'");
        assertThatThrownBy(() -> TestRuns.resolve(input, "latest", null, null, "BY", "XX,GE,YY"))
                .hasMessageStartingWith("unknown partner codes 'XX', 'YY': not an entity of the input " + input);
        assertThatThrownBy(() -> TestRuns.resolve(input, "latest", null, null, "ZZ", null))
                .hasMessageStartingWith("unknown reporter code 'ZZ'");
        assertThatThrownBy(() -> TestRuns.resolve(input, "latest", null, null, "GE", null))
                .hasMessageContaining("has no full-year trade figure of GE");
        assertThatThrownBy(() -> TestRuns.resolve(input, "2013", "2000-01-01", null, "BY", null))
                .hasMessageStartingWith("--as-of 2000-01-01 is before every figure in the input");
        assertThatThrownBy(() -> TestRuns.resolve(dir.resolve("missing"), "latest", null, null, "BY", null))
                .hasMessageContaining("entities.csv: cannot be read");
    }

    @Test
    void periodsParseAsAskedForAndPrintAsWritten() {
        assertThat(RequestedPeriod.parse(" latest ")).isEqualTo(RequestedPeriod.LATEST);
        assertThat(RequestedPeriod.parse("previous-year")).hasToString("previous-year");
        assertThat(RequestedPeriod.parse("2021-Q1").period()).isEqualTo(Period.parse("2021-Q1"));
        assertThatThrownBy(() -> RequestedPeriod.parse("last"))
                .hasMessageStartingWith("--period: ")
                .hasMessageEndingWith(", latest or previous-year");
    }
}
