package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.coopbrief.analysis.TestData.d;
import static org.coopbrief.analysis.TestData.fig;

import java.util.List;

import org.junit.jupiter.api.Test;

class CagrTest {

    @Test
    void compoundsTheGrowthOverTheYears() {
        // Tajikistan, about 40 in 2018 to 111.7 in 2020: (111.7 / 40)^(1/2) - 1
        assertThat(Cagr.pct(d("40"), d("111.7"), 2).doubleValue()).isCloseTo(67.1077, within(1e-4));
        assertThat(Cagr.pct(d("100"), d("100"), 5)).isEqualByComparingTo("0");
        assertThat(Cagr.pct(d("200"), d("100"), 1)).isEqualByComparingTo("-50");
    }

    @Test
    void isNotAvailableForAZeroOrNegativeLevelOrNoYears() {
        assertThat(Cagr.pct(d("0"), d("10"), 3)).isNull();
        assertThat(Cagr.pct(d("-3"), d("10"), 3)).isNull();
        assertThat(Cagr.pct(d("10"), d("-1"), 3)).isNull();
        assertThat(Cagr.pct(d("10"), d("20"), 0)).isNull();
    }

    @Test
    void pairsOnlyFullYearsAtLeastTwoYearsApart() {
        LevelPool pool = TestData.pool(
                fig("F1", "TJ", "turnover", "2018", "40").q("about"),
                fig("F2", "TJ", "turnover", "2019", "50"),
                fig("F3", "TJ", "turnover", "2020-H1", "60"),
                fig("F4", "TJ", "turnover", "2020", "111.7").growth("450", "5.5 times", "times", "2016"));
        List<GrowthRow> rows = Cagr.rows(pool);
        assertThat(rows)
                .extracting(r -> r.startPeriod().code() + ">" + r.endPeriod().code())
                .containsExactlyInAnyOrder("2016>2018", "2016>2019", "2016>2020", "2018>2020");
        GrowthRow fromImplied = rows.stream()
                .filter(r -> r.startPeriod().code().equals("2016")
                        && r.endPeriod().code().equals("2020"))
                .findFirst()
                .orElseThrow();
        // x5.5 over four years from 2016 ~ 111.7 / 5.5 = 20.3 (three significant digits):
        // (111.7 / 20.3)^(1/4) - 1 = 53.16%, total +450.25%
        assertThat(fromImplied.cagrPct().doubleValue()).isCloseTo(53.1579, within(1e-3));
        assertThat(fromImplied.totalPct().doubleValue()).isCloseTo(450.2463, within(1e-3));
        assertThat(fromImplied.startOrigin()).isEqualTo(Origin.IMPLIED);
        assertThat(fromImplied.approximate()).isTrue();
    }

    @Test
    void eachEndCarriesItsOwnApproximationAndTheChangeIsApproximateWhenEitherIs() {
        LevelPool pool = TestData.pool(
                fig("F1", "KZ", "turnover", "2014", "966.8"),
                fig("F2", "KZ", "turnover", "2016", "420").q("about"),
                fig("F3", "KZ", "turnover", "2020", "847.9"));
        List<GrowthRow> rows = Cagr.rows(pool);
        GrowthRow toAbout = rows.stream()
                .filter(r -> r.startPeriod().code().equals("2014")
                        && r.endPeriod().code().equals("2016"))
                .findFirst()
                .orElseThrow();
        assertThat(toAbout.startApproximate()).isFalse();
        assertThat(toAbout.endApproximate()).isTrue();
        assertThat(toAbout.approximate()).isTrue();
        GrowthRow exact = rows.stream()
                .filter(r -> r.startPeriod().code().equals("2014")
                        && r.endPeriod().code().equals("2020"))
                .findFirst()
                .orElseThrow();
        assertThat(exact.startApproximate() || exact.endApproximate() || exact.approximate())
                .isFalse();
    }
}
