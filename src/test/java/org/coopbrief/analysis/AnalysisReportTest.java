package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.coopbrief.analysis.TestData.d;
import static org.coopbrief.analysis.TestData.fig;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.coopbrief.run.ReportSelection;
import org.junit.jupiter.api.Test;

/**
 * The rules the exports read from a report rather than work out: the CAGR shown beside a
 * comparison, a figure's value in USD million, which levels are derived. Pure: no Spring.
 */
class AnalysisReportTest {

    private static AnalysisReport run(TestData.F... figures) {
        AnalysisInput in =
                new AnalysisInput(TestData.entities(), TestData.RUB_RATES, TestData.figures(figures), List.of());
        return Analysis.run(in, new ReportSelection(LocalDate.of(2021, 12, 31), Period.year(2020), "BY", List.of()));
    }

    private static ComparisonRow row(
            AnalysisReport report, String partner, String indicator, String scope, String item, String period) {
        return report.comparisons().stream()
                .filter(r -> r.partner().equals(partner)
                        && r.indicator() == Indicator.parse(indicator)
                        && r.scope() == Scope.parse(scope)
                        && java.util.Objects.equals(r.item(), item)
                        && r.period().equals(Period.parse(period)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + partner + " " + indicator + " " + period));
    }

    // --- the CAGR beside a comparison

    @Test
    void theCagrBesideAComparisonIsOverTheLongestSpanOfItsSeriesEndingInItsPeriod() {
        // Tajikistan (B0:7828): 111.7 in 2020, "5.5 times" since 2016 (implied 20.31), about 40 in 2018, 50 in 2019
        AnalysisReport report = run(
                fig("F1", "TJ", "turnover", "2018", "40").q("about"),
                fig("F2", "TJ", "turnover", "2019", "50"),
                fig("F3", "TJ", "turnover", "2020", "111.7").growth("450", "5.5 times", "times", "2016"));
        LongestGrowth growth = report.longestGrowth();

        GrowthRow in2020 = growth.endingAt(row(report, "TJ", "turnover", "goods", null, "2020"));
        assertThat(in2020.startPeriod())
                .as("2016 > 2020 rather than 2018 > 2020")
                .isEqualTo(Period.year(2016));
        assertThat(in2020.years()).isEqualTo(4);
        // 2016 ~ 111.7 / 5.5 ~ 20.3 (three significant digits): (111.7 / 20.3)^(1/4) - 1 = 53.16 % a year
        assertThat(in2020.cagrPct().doubleValue()).isCloseTo(53.1579, within(1e-3));
        assertThat(in2020.startOrigin()).isEqualTo(Origin.IMPLIED);
        assertThat(growth.endingAt(row(report, "TJ", "turnover", "goods", null, "2019"))
                        .startPeriod())
                .isEqualTo(Period.year(2016));
        assertThat(growth.endingAt(row(report, "TJ", "turnover", "goods", null, "2018"))
                        .years())
                .isEqualTo(2);
        assertThat(growth.endingAt(row(report, "TJ", "turnover", "goods", null, "2016")))
                .as("no annual level two years before")
                .isNull();
    }

    @Test
    void theSpanIsOfTheSameSeriesOnly() {
        AnalysisReport report = run(
                fig("F1", "TJ", "turnover", "2018", "40"),
                fig("F2", "TJ", "turnover", "2020", "111.7"),
                fig("F3", "TJ", "turnover", "2012", "5").scope("goods_services"),
                fig("F4", "TJ", "turnover", "2020", "150").scope("goods_services"),
                fig("F5", "TJ", "turnover", "2010", "1").item("butter"),
                fig("F6", "TJ", "turnover", "2020", "2").item("butter"),
                fig("F7", "TJ", "exports", "2014", "10"));
        LongestGrowth growth = report.longestGrowth();
        assertThat(growth.endingAt(row(report, "TJ", "turnover", "goods", null, "2020"))
                        .startPeriod())
                .as("not the goods-and-services series, nor butter")
                .isEqualTo(Period.year(2018));
        assertThat(growth.endingAt(row(report, "TJ", "turnover", "goods_services", null, "2020"))
                        .startPeriod())
                .isEqualTo(Period.year(2012));
        GrowthRow butter = growth.endingAt(row(report, "TJ", "turnover", "goods", "butter", "2020"));
        assertThat(butter.startPeriod()).isEqualTo(Period.year(2010));
        assertThat(butter.item()).isEqualTo("butter");
    }

    @Test
    void aSpanWithoutACagrIsPassedOverForAShorterOneWithOne() {
        // a balance of -2 in 2014 has no CAGR to 2018; 1 in 2016 to 4 in 2018 has: (4 / 1)^(1/2) - 1 = 100 %
        AnalysisReport report = run(
                fig("F1", "KZ", "balance", "2014", "-2"),
                fig("F2", "KZ", "balance", "2016", "1"),
                fig("F3", "KZ", "balance", "2018", "4"));
        assertThat(report.growth())
                .filteredOn(g -> g.startPeriod().equals(Period.year(2014)))
                .hasSize(2)
                .allSatisfy(g -> assertThat(g.cagrPct()).isNull());
        GrowthRow in2018 = report.longestGrowth().endingAt(row(report, "KZ", "balance", "goods", null, "2018"));
        assertThat(in2018.startPeriod()).isEqualTo(Period.year(2016));
        assertThat(in2018.cagrPct()).isEqualByComparingTo("100");
    }

    @Test
    void aRowWithoutALevelOrWithAnotherUnitHasNoCagr() {
        GrowthRow usd = growth(Unit.USD_M, 2016, 2020, "10");
        AnalysisReport report = report(
                List.of(
                        comparison(null, 2020),
                        comparison(level(Unit.T, 2020), 2020),
                        comparison(level(Unit.USD_M, 2020), 2020)),
                List.of(usd));
        LongestGrowth growth = report.longestGrowth();
        assertThat(growth.endingAt(report.comparisons().get(0)))
                .as("growth only")
                .isNull();
        assertThat(growth.endingAt(report.comparisons().get(1))).as("tonnes").isNull();
        assertThat(growth.endingAt(report.comparisons().get(2))).isSameAs(usd);
    }

    @Test
    void ofTwoEquallyLongSpansTheFirstListedIsShown() {
        GrowthRow first = growth(Unit.USD_M, 2016, 2020, "10");
        GrowthRow second = growth(Unit.USD_M, 2016, 2020, "20");
        GrowthRow shorter = growth(Unit.USD_M, 2017, 2020, "30");
        AnalysisReport report =
                report(List.of(comparison(level(Unit.USD_M, 2020), 2020)), List.of(shorter, first, second));
        assertThat(report.longestGrowth().endingAt(report.comparisons().get(0))).isSameAs(first);
    }

    // --- a figure's value in USD million

    @Test
    void aFigureTheComparisonsRestOnHasItsNormalisedLevel() {
        AnalysisReport report = run(
                fig("F1", "RU-STA", "turnover", "2013", "6.7").unit("RUB_B"),
                fig("F2", "AF", "turnover", "2018", "38.7"),
                fig("F3", "GE", "exports", "2019", "500").unit("USD_K"),
                fig("F4", "GE", "exports", "2017", "7.9").reporter("BY-HM"),
                fig("F5", "GE", "imports", "2017", "10.9").reporter("BY-HM"));
        UsdByFigure usd = report.usdByFigure();
        // Stavropol Krai (B1:209): 6.7 billion roubles at 31.85 RUB per USD (2013) = 210.36 USD million
        assertThat(usd.usdMillion("F1", d("6.7"), Unit.RUB_B, Period.year(2013)).doubleValue())
                .isCloseTo(210.3611, within(5e-5));
        assertThat(usd.usdMillion("F2", d("38.7"), Unit.USD_M, Period.year(2018)))
                .isEqualByComparingTo("38.7");
        assertThat(usd.usdMillion("F3", d("500"), Unit.USD_K, Period.year(2019)))
                .isEqualByComparingTo("0.5");
        // the derived balance rests on both; each keeps its own printed level
        assertThat(usd.usdMillion("F4", d("7.9"), Unit.USD_M, Period.year(2017)))
                .isEqualByComparingTo("7.9");
        assertThat(usd.usdMillion("F5", d("10.9"), Unit.USD_M, Period.year(2017)))
                .isEqualByComparingTo("10.9");
    }

    @Test
    void aFigureOutsideTheComparisonsIsOnlyRescaledWhenInUsDollars() {
        AnalysisReport report = run(fig("F1", "AF", "turnover", "2018", "38.7"));
        UsdByFigure usd = report.usdByFigure();
        // an undated number, another reporter's, a version a conflict left out: never compared
        assertThat(usd.usdMillion("F8", d("1.2"), Unit.USD_B, Period.parse("undated")))
                .isEqualByComparingTo("1200");
        assertThat(usd.usdMillion("F9", d("300"), Unit.USD_M, Period.year(2019)))
                .isEqualByComparingTo("300");
        assertThat(usd.usdMillion("F10", d("750"), Unit.USD_K, Period.year(2019)))
                .isEqualByComparingTo("0.75");
        assertThat(usd.usdMillion("F11", d("6.7"), Unit.RUB_B, Period.parse("undated")))
                .as("no rate applied")
                .isNull();
        assertThat(usd.usdMillion("F12", d("40"), Unit.T, Period.year(2019)))
                .as("not money")
                .isNull();
        assertThat(usd.usdMillion("F13", d("5"), Unit.PERCENT, Period.year(2019)))
                .isNull();
    }

    @Test
    void aFigureWithoutAValueUnitOrPeriodHasNoUsdValue() {
        UsdByFigure usd = run(fig("F1", "AF", "turnover", "2018", "38.7")).usdByFigure();
        assertThat(usd.usdMillion("F1", null, Unit.USD_M, Period.year(2018))).isNull();
        assertThat(usd.usdMillion("F1", d("38.7"), null, Period.year(2018))).isNull();
        assertThat(usd.usdMillion("F1", d("38.7"), Unit.USD_M, null)).isNull();
    }

    @Test
    void onlyAReportedUsdLevelOfOneFigureStandsForThatFigure() {
        Level implied = new Level(
                "BY",
                "UZ",
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                Period.year(2018),
                d("159.33"),
                Unit.USD_M,
                d("0.1"),
                Origin.IMPLIED,
                true,
                d("239"),
                Unit.USD_M,
                Qualifier.EXACT,
                Reason.of(Reason.Code.TEXT, "239 / 1.5"),
                List.of("F1"));
        Level tonnes = new Level(
                "BY",
                "UZ",
                Indicator.EXPORTS,
                Scope.GOODS,
                null,
                Period.year(2018),
                d("40"),
                Unit.T,
                d("0.5"),
                Origin.REPORTED,
                false,
                d("40"),
                Unit.T,
                Qualifier.EXACT,
                Reason.of(Reason.Code.TEXT, "printed"),
                List.of("F2"));
        UsdByFigure usd = report(List.of(comparison(implied, 2018), comparison(tonnes, 2018)), List.of())
                .usdByFigure();
        assertThat(usd.usdMillion("F1", d("239"), Unit.USD_M, Period.year(2019)))
                .as("the figure's own value, not the implied")
                .isEqualByComparingTo("239");
        assertThat(usd.usdMillion("F2", d("40"), Unit.T, Period.year(2018))).isNull();
    }

    // --- derived levels

    @Test
    void derivedLevelsAreTheComparisonLevelsNotReadInTheBooks() {
        AnalysisReport report = run(
                fig("F1", "AF", "turnover", "2018", "38.7").growth("31", "by 31%", "pct", "2017"),
                fig("F2", "GE", "exports", "2017", "7.9").reporter("BY-HM"),
                fig("F3", "GE", "imports", "2017", "10.9").reporter("BY-HM"));
        List<Level> derived = report.derivedLevels();
        assertThat(derived)
                .extracting(l -> l.partner() + " " + l.indicator().code() + " "
                        + l.period().code() + " " + l.origin().code())
                .containsExactly("AF turnover 2017 implied", "GE turnover 2017 derived", "GE balance 2017 derived");
        assertThat(derived).allSatisfy(l -> assertThat(l.approximate()).isTrue());
        Level balance = derived.get(2);
        assertThat(balance.amount()).isEqualByComparingTo("-3.0");
        assertThat(balance.figureIds()).containsExactlyInAnyOrder("F2", "F3");
        assertThat(report.comparisons())
                .filteredOn(r -> r.value() != null && r.value().origin() == Origin.REPORTED)
                .hasSize(3);
    }

    // --- hand-built rows

    private static AnalysisReport report(List<ComparisonRow> comparisons, List<GrowthRow> growth) {
        return new AnalysisReport(
                new ReportSelection(LocalDate.of(2021, 12, 31), Period.year(2020), "BY", List.of()),
                comparisons,
                List.of(),
                growth,
                List.of(),
                List.of(),
                Map.of(),
                Map.of());
    }

    private static Level level(Unit unit, int year) {
        return new Level(
                "BY",
                "TJ",
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                Period.year(year),
                d("100"),
                unit,
                d("0.05"),
                Origin.REPORTED,
                false,
                d("100"),
                unit,
                Qualifier.EXACT,
                Reason.of(Reason.Code.TEXT, "printed"),
                List.of("F" + year));
    }

    private static ComparisonRow comparison(Level level, int year) {
        return new ComparisonRow(
                "BY",
                "TJ",
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                Period.year(year),
                level,
                null,
                null,
                null,
                year == 2020);
    }

    private static GrowthRow growth(Unit unit, int from, int to, String cagrPct) {
        return new GrowthRow(
                "BY",
                "TJ",
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                unit,
                Period.year(from),
                d("50"),
                Origin.REPORTED,
                Period.year(to),
                d("100"),
                Origin.REPORTED,
                to - from,
                d("100"),
                d(cagrPct),
                false,
                false);
    }
}
