package org.coopbrief.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2018,YEAR,2018-01-01,2018-12-31",
        "2021-Q1,QUARTER,2021-01-01,2021-03-31",
        "2017-H2,HALF,2017-07-01,2017-12-31",
        "2018-07,MONTH,2018-07-01,2018-07-31",
        "2018-01..07,MONTHS,2018-01-01,2018-07-31",
        "2011..2017,YEARS,2011-01-01,2017-12-31"
    })
    void parsesEveryShapeAndWritesItBack(String text, Period.Kind kind, LocalDate start, LocalDate end) {
        Period p = Period.parse(text);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.code()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        "2018-13",
        "2018-Q5",
        "2018-H3",
        "2018-07..03",
        "2018-01..12",
        "2017..2011",
        "18",
        "1850",
        "January 2018",
        "2018-1"
    })
    void rejectsMalformedPeriodsWithAReason(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text.substring(0, 2));
    }

    @Test
    void comparesAPartialYearWithTheSameMonthsOneYearEarlier() {
        assertThat(Period.parse("2018-01..07").previousComparable()).contains(Period.parse("2017-01..07"));
        assertThat(Period.parse("2021-Q1").previousComparable()).contains(Period.parse("2020-Q1"));
        assertThat(Period.parse("2018").previousComparable()).contains(Period.parse("2017"));
    }

    @Test
    void undatedAndMultiYearPeriodsHaveNoComparablePeriod() {
        assertThat(Period.parse("undated").previousComparable()).isEmpty();
        assertThat(Period.parse("2011..2017").previousComparable()).isEmpty();
        assertThat(Period.UNDATED.isDated()).isFalse();
    }

    @Test
    void onlyCalendarYearsAreFullYears() {
        assertThat(Period.parse("2018").isFullYear()).isTrue();
        assertThat(Period.parse("2018-H1").isFullYear()).isFalse();
        assertThat(Period.parse("2018-01..11").isFullYear()).isFalse();
    }

    @Test
    void ordersByEndThenLongestFirst() {
        assertThat(Period.parse("2017").compareTo(Period.parse("2018-Q1"))).isNegative();
        assertThat(Period.parse("2018").compareTo(Period.parse("2018-Q4"))).isNegative();
        assertThat(Period.UNDATED.compareTo(Period.parse("2000"))).isNegative();
    }
}
