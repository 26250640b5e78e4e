package org.coopbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.coopbrief.ingest.TestInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunParameterResolverTest {

    @TempDir
    Path dir;

    @Test
    void latestIsTheLatestYearWithATradeFigureOfTheReporterAndIsRecordedAsAsked() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        // the fixture's latest full-year trade figure of BY is 2018 (Afghanistan); 2018-01..07 is part of a year
        RunParameters p = RunParameterResolver.resolve(input, "latest", null, "en,ru", "BY", "GE, AF");

        assertThat(p.period()).isEqualTo("2018");
        assertThat(p.requestedPeriod()).isEqualTo("latest");
        assertThat(p.asOf()).as("end of the latest period in the input").isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(p.languages()).containsExactly("en", "ru");
        assertThat(p.partners()).containsExactly("AF", "GE");
        assertThat(p.toJobParameters().getString(RunParameters.PERIOD)).isEqualTo("2018");
        assertThat(p.toJobParameters().getParameter(RunParameters.REQUESTED_PERIOD).identifying()).isFalse();
        assertThat(p.toJobParameters().getParameter(RunParameters.PARTNERS).identifying()).isTrue();
    }

    @Test
    void previousYearAndExplicitValues() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        assertThat(RunParameterResolver.resolve(input, "previous-year", null, null, "BY", null).period()).isEqualTo("2017");
        RunParameters explicit = RunParameterResolver.resolve(input, "2013", "2014-06-30", "ru", "BY", "all");
        assertThat(explicit.period()).isEqualTo("2013");
        assertThat(explicit.asOf()).isEqualTo(LocalDate.of(2014, 6, 30));
        assertThat(explicit.partners()).isEmpty();
        assertThat(explicit.languages()).isEqualTo(List.of("ru"));
    }

    @Test
    void badValuesAreUsageErrorsWithTheOption() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        assertThatThrownBy(() -> RunParameterResolver.resolve(input, "last", null, null, "BY", null))
                .hasMessage("--period must be a year (2020), latest or previous-year, not 'last'");
        assertThatThrownBy(() -> RunParameterResolver.resolve(input, "2018", "30.06.2018", null, "BY", null))
                .hasMessage("--as-of must be a date like 2021-06-30, not '30.06.2018'");
        assertThatThrownBy(() -> RunParameterResolver.resolve(input, "2018", null, "de", "BY", null))
                .hasMessage("--lang must be en, ru or en,ru, not 'de'");
        assertThatThrownBy(() -> RunParameterResolver.resolve(input, "latest", null, null, "ZZ", null))
                .hasMessageContaining("has no full-year trade figure of ZZ");
        assertThatThrownBy(() -> RunParameterResolver.resolve(dir.resolve("missing"), "latest", null, null, "BY", null))
                .hasMessageContaining("figures.csv: cannot be read");
    }
}
