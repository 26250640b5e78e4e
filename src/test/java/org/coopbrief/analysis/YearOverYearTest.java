package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.coopbrief.analysis.TestData.fig;
import static org.coopbrief.analysis.TestData.usd;

import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.junit.jupiter.api.Test;

class YearOverYearTest {

    private static Change change(LevelPool pool, String partner, String indicator, String period) {
        return YearOverYear.change(pool.get(usd(partner, indicator), Period.parse(period)), pool);
    }

    @Test
    void comparesAYearWithThePreviousYear() {
        LevelPool pool =
                TestData.pool(fig("F1", "AF", "turnover", "2017", "30"), fig("F2", "AF", "turnover", "2018", "38.7"));
        Change c = change(pool, "AF", "turnover", "2018");
        assertThat(c.previousPeriod()).isEqualTo(Period.parse("2017"));
        assertThat(c.absolute()).isEqualByComparingTo("8.7");
        assertThat(c.percent()).isEqualByComparingTo("29.0000");
        assertThat(c.approximate()).isFalse();
    }

    @Test
    void comparesAPartOfAYearWithTheSameMonthsOneYearEarlier() {
        LevelPool pool = TestData.pool(
                fig("F1", "GE", "turnover", "2017-01..07", "50"),
                fig("F2", "GE", "turnover", "2018-01..07", "60"),
                fig("F3", "GE", "turnover", "2020-Q1", "10"),
                fig("F4", "GE", "turnover", "2021-Q1", "12.5"));
        assertThat(change(pool, "GE", "turnover", "2018-01..07").percent()).isEqualByComparingTo("20");
        assertThat(change(pool, "GE", "turnover", "2021-Q1").percent()).isEqualByComparingTo("25");
    }

    @Test
    void neverComparesAPartialYearWithAFullYearNorAnnualisesIt() {
        LevelPool pool = TestData.pool(
                fig("F1", "GE", "turnover", "2017", "100"),
                fig("F2", "GE", "turnover", "2018-01..07", "60"),
                fig("F3", "GE", "turnover", "2019", "120"),
                fig("F4", "GE", "turnover", "2018-H1", "55"));
        assertThat(change(pool, "GE", "turnover", "2018-01..07")).isNull();
        assertThat(change(pool, "GE", "turnover", "2018-H1")).isNull();
        assertThat(change(pool, "GE", "turnover", "2019"))
                .as("2018 is only known in part")
                .isNull();
    }

    @Test
    void percentIsNotAvailableWhenThePreviousLevelIsZeroOrNegative() {
        LevelPool pool = TestData.pool(
                fig("F1", "GE", "balance", "2016", "-5"),
                fig("F2", "GE", "balance", "2017", "-3"),
                fig("F3", "GE", "exports", "2016", "0"),
                fig("F4", "GE", "exports", "2017", "4"));
        Change balance = change(pool, "GE", "balance", "2017");
        assertThat(balance.absolute()).isEqualByComparingTo("2");
        assertThat(balance.percent()).as("n/a, never 0 or infinity").isNull();
        Change fromZero = change(pool, "GE", "exports", "2017");
        assertThat(fromZero.absolute()).isEqualByComparingTo("4");
        assertThat(fromZero.percent()).isNull();
    }

    @Test
    void noChangeWithoutAPreviousLevel() {
        LevelPool pool = TestData.pool(fig("F1", "GE", "turnover", "2018", "10"));
        assertThat(change(pool, "GE", "turnover", "2018")).isNull();
    }

    @Test
    void aChangeBuiltOnAnApproximateNumberIsApproximate() {
        // "almost $30 million" in 2017, 38.7 in 2018
        LevelPool pool = TestData.pool(
                fig("F1", "AF", "turnover", "2017", "30").q("almost"), fig("F2", "AF", "turnover", "2018", "38.7"));
        Change c = change(pool, "AF", "turnover", "2018");
        assertThat(c.approximate()).isTrue();
        assertThat(c.previousApproximate()).isTrue();
        assertThat(c.percent()).isEqualByComparingTo("29");
    }

    @Test
    void impliesThePreviousLevelFromTheStatedGrowthMarkedAsSuch() {
        // "increased by 31% to $38.7 million": 2017 ~ 38.7 / 1.31 = 29.5420, shown to the three
        // significant digits its inputs allow: ~29.5, and the change is computed from what is shown
        LevelPool pool =
                TestData.pool(fig("F1", "AF", "turnover", "2018", "38.7").growth("31", "by 31%", "pct", "2017"));
        Level implied = pool.get(usd("AF", "turnover"), Period.parse("2017"));
        assertThat(implied.origin()).isEqualTo(Origin.IMPLIED);
        assertThat(implied.approximate()).isTrue();
        assertThat(implied.amount()).isEqualByComparingTo("29.5");
        assertThat(implied.basis().in(org.coopbrief.localisation.Texts.of(org.coopbrief.localisation.Language.EN)))
                .contains("by 31%", "38.7 / 1.31", "to 3 significant digits");
        assertThat(implied.basis().in(org.coopbrief.localisation.Texts.of(org.coopbrief.localisation.Language.RU)))
                .contains("следует из 38,7", "38,7 / 1,31", "3 значащих цифр");
        Change c = change(pool, "AF", "turnover", "2018");
        assertThat(c.previousOrigin()).isEqualTo(Origin.IMPLIED);
        assertThat(c.percent()).isEqualByComparingTo("31.1864");
        assertThat(c.approximate()).isTrue();
    }

    @Test
    void anImpliedLevelHasThePrecisionItsInputsAllow() {
        // Georgia cargo 2018: 94,000 t "10.6% more" than 2017: 84,990.96 t, shown as ~85,000 t
        LevelPool pool = TestData.pool(fig("F1", "GE", "cargo", "2018", "94000")
                .unit("T")
                .scope("na")
                .growth("10.6", "10.6% more", "pct", "2017"));
        Level y2017 =
                pool.get(new SeriesKey("BY", "GE", Indicator.CARGO, Scope.NA, null, Unit.T), Period.parse("2017"));
        assertThat(y2017.amount()).isEqualByComparingTo("85000");
        assertThat(y2017.tolerance().doubleValue())
                .as("the rounding is in the tolerance")
                .isGreaterThan(9);
    }

    @Test
    void anImpliedLevelNeverOverridesAReportedOne() {
        LevelPool pool = TestData.pool(
                fig("F1", "AF", "turnover", "2017", "30").q("almost"),
                fig("F2", "AF", "turnover", "2018", "38.7").growth("31", "by 31%", "pct", "2017"));
        Level y2017 = pool.get(usd("AF", "turnover"), Period.parse("2017"));
        assertThat(y2017.origin()).isEqualTo(Origin.REPORTED);
        assertThat(y2017.amount()).isEqualByComparingTo("30");
    }

    @Test
    void aGrowthOverSeveralYearsImpliesTheLevelOfItsBaseYear() {
        // Tajikistan: "Since 2016 ... grown 5.5 times, reaching $111.7 million in 2020": 2016 ~ 111.7 / 5.5
        // = 20.309, to three significant digits ("5.5" has two, at least three are kept)
        LevelPool pool = TestData.pool(
                fig("F1", "TJ", "turnover", "2020", "111.7").growth("450", "grown 5.5 times", "times", "2016"));
        assertThat(pool.get(usd("TJ", "turnover"), Period.parse("2016"))
                        .amount()
                        .doubleValue())
                .isCloseTo(20.3, within(1e-9));
        assertThat(pool.get(usd("TJ", "turnover"), Period.parse("2019"))).isNull();
    }

    @Test
    void aFigureWithOnlyAGrowthRateGivesARowWithoutALevel() {
        List<Figure> figures = TestData.figures(
                fig("F1", "KZ", "exports", "2018-01..09", null).growth("52.4", "by 52.4%", "pct", "2017-01..09"));
        LevelPool pool = TestData.pool(figures, TestData.RUB_RATES);
        List<ComparisonRow> rows =
                YearOverYear.rows(pool, ReportedLevels.chooseVersions(figures), Period.parse("2018"));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.value()).isNull();
            assertThat(r.change()).isNull();
            assertThat(r.stated().percent()).isEqualByComparingTo("52.4");
        });
    }

    @Test
    void rowsCarryTheStatedGrowthAndMarkTheFocusPeriod() {
        List<Figure> figures =
                TestData.figures(fig("F1", "AF", "turnover", "2018", "38.7").growth("31", "by 31%", "pct", "2017"));
        Map<ReportedLevels.FigureKey, Figure> chosen = ReportedLevels.chooseVersions(figures);
        List<ComparisonRow> rows =
                YearOverYear.rows(TestData.pool(figures, TestData.RUB_RATES), chosen, Period.parse("2018"));
        assertThat(rows)
                .extracting(r -> r.period().code(), ComparisonRow::focus, r -> r.stated() != null)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2017", false, false),
                        org.assertj.core.groups.Tuple.tuple("2018", true, true));
    }

    @Test
    void multiYearTotalsHaveNoYearOverYearChange() {
        LevelPool pool = TestData.pool(
                fig("F1", "GE", "turnover", "2011..2017", "700"), fig("F2", "GE", "turnover", "2010..2016", "600"));
        assertThat(change(pool, "GE", "turnover", "2011..2017")).isNull();
    }

    @Test
    void roubleFiguresAreComparedInUsdAtEachYearsRate() {
        // 2013: 6.7 bn RUB "increased by half" on 2012. The implied 2012 level is 4.467 bn RUB, ~4.47 to three
        // significant digits, at the 2012 rate: 143.78, shown as ~144.
        LevelPool pool = TestData.pool(fig("F1", "RU-STA", "turnover", "2013", "6.7")
                .unit("RUB_B")
                .growth("50", "increased by half", "pct", "2012"));
        Level y2012 = pool.get(usd("RU-STA", "turnover"), Period.parse("2012"));
        assertThat(y2012.amount()).isEqualByComparingTo("144");
        assertThat(y2012.originalAmount()).isEqualByComparingTo("4.47");
        Change c = change(pool, "RU-STA", "turnover", "2013");
        // in dollars the growth is smaller than the 50% in roubles: the rouble fell from 31.09 to 31.85
        assertThat(c.percent().doubleValue()).isCloseTo((6700 / 31.85) / 144 * 100 - 100, within(1e-3));
    }
}
