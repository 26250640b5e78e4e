package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopbrief.analysis.TestData.fig;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Unit;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final org.coopbrief.localisation.Texts EN =
            org.coopbrief.localisation.Texts.of(org.coopbrief.localisation.Language.EN);

    private static final org.coopbrief.localisation.Texts RU =
            org.coopbrief.localisation.Texts.of(org.coopbrief.localisation.Language.RU);

    private final Reconciler reconciler = new Reconciler();
    private final ReportedLevels reported = new ReportedLevels(new UsdNormaliser(TestData.RUB_RATES));

    private List<FindingRow> growth(TestData.F... fs) {
        List<Figure> figures = TestData.figures(fs);
        Map<ReportedLevels.FigureKey, Figure> chosen = ReportedLevels.chooseVersions(figures);
        LevelPool pool = TestData.pool(figures, TestData.RUB_RATES);
        return reconciler.growth(YearOverYear.rows(pool, chosen, null), pool, chosen);
    }

    private List<FindingRow> flows(TestData.F... fs) {
        List<Figure> figures = TestData.figures(fs);
        return reconciler.flows(
                figures.stream().map(reported::level).filter(Objects::nonNull).toList());
    }

    @Test
    void aStatedGrowthWithinTheRoundingOfTheLevelsIsNoFinding() {
        // 38.7 against "almost 30": at least +26.7%, "by 31%" is 30.5..31.5
        assertThat(growth(
                        fig("F1", "AF", "turnover", "2017", "30").q("almost"),
                        fig("F2", "AF", "turnover", "2018", "38.7").growth("31", "increased by 31%", "pct", "2017")))
                .isEmpty();
        // Uzbekistan: 239 and "more than 280", "by another 17 percent": 280 / 239 = +17.15%
        assertThat(growth(
                        fig("F1", "UZ", "turnover", "2019", "239"),
                        fig("F2", "UZ", "turnover", "2020", "280")
                                .q("more_than")
                                .growth("17", "by another 17 percent", "pct", "2019")))
                .isEmpty();
    }

    @Test
    void aStatedGrowthBeyondRoundingIsAFindingWithBothNumbersAndTheTolerance() {
        // EAEU-Vietnam: 5.6 billion in 2017 "a 36% increase" on 4.3 billion: 5.6 / 4.3 = +30.23%
        List<FindingRow> f = growth(
                fig("F1", "VN", "turnover", "2016", "4.3").unit("USD_B"),
                fig("F2", "VN", "turnover", "2017", "5.6").unit("USD_B").growth("36", "a 36% increase", "pct", "2016"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FindingKind.STATED_GROWTH);
            assertThat(x.firstAmount()).isEqualByComparingTo("36");
            assertThat(x.secondAmount()).isEqualByComparingTo("30.2326");
            assertThat(x.difference()).isEqualByComparingTo("-5.7674");
            // 30.2326% may be as high as 5650 / 4250 - 1 = 32.9412%, 36% as low as 35.5%: apart by up to 2.7086 + 0.5
            assertThat(x.tolerance()).isEqualByComparingTo("3.2086");
            assertThat(x.unit()).isEqualTo(Unit.PERCENT);
            assertThat(x.toleranceBasis().in(EN)).contains("35.5..36.5%", "half a unit of the last printed digit");
            assertThat(x.toleranceBasis().in(RU)).contains("от 35,5 до 36,5\u00a0%", "половина единицы последнего");
            assertThat(x.firstLabel().in(EN)).isEqualTo("stated 'a 36% increase' (36%) on 2016");
            assertThat(x.firstLabel().in(RU)).isEqualTo("заявленный рост 36\u00a0% (база \u2014 2016\u00a0г.)");
            assertThat(x.figureIds()).containsExactly("F2", "F1");
            assertThat(x.withinTolerance()).isFalse();
        });
    }

    @Test
    void aOneSidedStatedGrowthBesideADifferentChangeIsAFindingTheWordsReconcile() {
        // Uzbekistan agri-food 2020: 35 to 73 is +108.6% shown beside "more than doubled" (+100%)
        assertThat(growth(
                        fig("F1", "UZ", "exports", "2019", "35"),
                        fig("F2", "UZ", "exports", "2020", "73").growth("100", "more than doubled", "times", "2019")))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.secondAmount()).isEqualByComparingTo("108.5714");
                    assertThat(x.withinTolerance())
                            .as("'more than' makes +108.6% consistent")
                            .isTrue();
                    assertThat(x.message().in(EN)).contains("the words make the stated growth 99.5 or more%");
                });
        // "more than doubled" but 35 to 60: +71%, which no reading of the words allows
        assertThat(growth(
                        fig("F1", "UZ", "exports", "2019", "35"),
                        fig("F2", "UZ", "exports", "2020", "60").growth("100", "more than doubled", "times", "2019")))
                .singleElement()
                .satisfies(x -> assertThat(x.withinTolerance()).isFalse());
    }

    @Test
    void aRoubleGrowthBesideTheDollarChangeIsAFindingTheCurrencyExplains() {
        // Stavropol 2013: 6.7 bn RUB "increased by half"; 2012 implied 4.47 bn RUB, so +50% in roubles
        // but +46.1% in dollars (31.09 then 31.85 RUB per USD), as the table shows
        assertThat(growth(fig("F1", "RU-STA", "turnover", "2013", "6.7")
                        .unit("RUB_B")
                        .growth("50", "increased by half", "pct", "2012")))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.kind()).isEqualTo(FindingKind.STATED_GROWTH);
                    assertThat(x.firstAmount()).isEqualByComparingTo("50");
                    assertThat(x.secondAmount()).isBetween(new BigDecimal("45.5"), new BigDecimal("46.5"));
                    assertThat(x.withinTolerance()).isTrue();
                    assertThat(x.message().in(EN)).contains("move of the exchange rate between 2012 and 2013");
                });
        // 4 bn and 6 bn RUB: the printed rounding (±0.5 bn) covers the 2.4% move of the rate
        assertThat(growth(
                        fig("F1", "RU-STA", "turnover", "2012", "4").unit("RUB_B"),
                        fig("F2", "RU-STA", "turnover", "2013", "6")
                                .unit("RUB_B")
                                .growth("50", "increased by half", "pct", "2012")))
                .isEmpty();
    }

    @Test
    void aStatedGrowthIsCheckedAgainstALevelImpliedByAnotherFigure() {
        // Irkutsk: 115 in 2015; 2016 "dropped by almost half" (no level); 284 in 2019 "more than
        // quadrupled" on 2016 implies 2016 ~71: the table shows -38.3% beside the stated -50%
        assertThat(growth(
                        fig("F1", "RU-IRK", "turnover", "2015", "115"),
                        fig("F2", "RU-IRK", "turnover", "2016", null)
                                .growth("-50", "dropped by almost half", "pct", "2015"),
                        fig("F3", "RU-IRK", "turnover", "2019", "284")
                                .growth("300", "more than quadrupled", "times", "2016")))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.figureIds()).containsExactly("F2", "F3", "F1");
                    assertThat(x.period().code()).isEqualTo("2016");
                    assertThat(x.secondAmount()).isEqualByComparingTo("-38.2609");
                    assertThat(x.secondLabel().in(EN)).isEqualTo("computed from 71 (2016, implied) and 115 (2015)");
                    assertThat(x.secondLabel().in(RU))
                            .isEqualTo("рассчитано по 71 (2016\u00a0г., подразумеваемое) и 115 (2015\u00a0г.)");
                    assertThat(x.withinTolerance()).isFalse();
                });
    }

    @Test
    void anImpliedBaseIsNeverCheckedAgainstTheGrowthThatImpliedIt() {
        assertThat(growth(fig("F1", "AF", "turnover", "2018", "38.7").growth("31", "by 31%", "pct", "2017")))
                .isEmpty();
        // Georgia cargo: 94,000 t "10.6% more" implies ~85,000 t, and the two agree
        assertThat(growth(fig("F1", "GE", "cargo", "2018", "94000")
                        .unit("T")
                        .scope("na")
                        .growth("10.6", "10.6% more", "pct", "2017")))
                .isEmpty();
    }

    @Test
    void exportsPlusImportsAgainstTurnover() {
        // EAEU-Vietnam 2017: 5.6 billion against 2.3 + 3.7 = 6.0 billion
        List<FindingRow> f = flows(
                fig("F1", "VN", "turnover", "2017", "5.6").unit("USD_B"),
                fig("F2", "VN", "exports", "2017", "2.3").unit("USD_B"),
                fig("F3", "VN", "imports", "2017", "3.7").unit("USD_B"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FindingKind.FLOW_SUM);
            assertThat(x.firstAmount()).isEqualByComparingTo("5600");
            assertThat(x.secondAmount()).isEqualByComparingTo("6000");
            assertThat(x.secondLabel().in(EN)).isEqualTo("exports 2,300 + imports 3,700");
            assertThat(x.secondLabel().in(RU)).isEqualTo("экспорт 2\u00a0300 + импорт 3\u00a0700");
            assertThat(x.difference()).isEqualByComparingTo("400");
            // ±50 on each printed billion-to-one-decimal: 50 + 50 + 50
            assertThat(x.tolerance()).isEqualByComparingTo("150");
        });
        // Minsk city-Georgia 2017: 18.8 = 7.9 + 10.9
        assertThat(flows(
                        fig("F1", "GE", "turnover", "2017", "18.8"),
                        fig("F2", "GE", "exports", "2017", "7.9"),
                        fig("F3", "GE", "imports", "2017", "10.9")))
                .isEmpty();
    }

    @Test
    void turnoverAgainstWhatExportsAndTheBalanceImply() {
        // Uzbekistan 2021-Q1: 67.5 against 2 x 58.7 - 49.8 = 67.6: within rounding (±0.05 + 2 x 0.05 + 0.05)
        assertThat(flows(
                        fig("F1", "UZ", "turnover", "2021-Q1", "67.5"),
                        fig("F2", "UZ", "exports", "2021-Q1", "58.7"),
                        fig("F3", "UZ", "balance", "2021-Q1", "49.8")))
                .isEmpty();
        assertThat(flows(
                        fig("F1", "UZ", "turnover", "2021-Q1", "67.5"),
                        fig("F2", "UZ", "exports", "2021-Q1", "58.7"),
                        fig("F3", "UZ", "balance", "2021-Q1", "45")))
                .singleElement()
                .satisfies(
                        x -> assertThat(x.secondLabel().in(EN)).isEqualTo("2 \u00d7 exports 58.7 \u2212 balance 45"));
    }

    @Test
    void balanceAgainstExportsMinusImports() {
        List<FindingRow> f = flows(
                fig("F1", "GE", "exports", "2017", "7.9"),
                fig("F2", "GE", "imports", "2017", "10.9"),
                fig("F3", "GE", "balance", "2017", "-2"));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FindingKind.FLOW_BALANCE);
            assertThat(x.secondAmount()).isEqualByComparingTo("-3");
        });
    }

    @Test
    void exportsLargerThanTurnoverIsAFinding() {
        assertThat(flows(fig("F1", "GE", "turnover", "2017", "10"), fig("F2", "GE", "exports", "2017", "12")))
                .singleElement()
                .satisfies(x -> assertThat(x.kind()).isEqualTo(FindingKind.FLOW_SUM));
        assertThat(flows(
                        fig("F1", "GE", "turnover", "2017", "10"),
                        fig("F2", "GE", "exports", "2017", "12").q("almost")))
                .isEmpty();
    }

    @Test
    void conflictingVersionsShowBothNumbersAndTheOneUsed() {
        // Kazakhstan agri-food exports 2020: 289.9 (cited) and "over $300 million"
        List<Figure> figures = TestData.figures(
                fig("F1", "KZ", "exports", "2020", "289.9").scope("agrifood").conflict("C01"),
                fig("F2", "KZ", "exports", "2020", "300")
                        .scope("agrifood")
                        .q("more_than")
                        .conflict("C01"));
        Map<ReportedLevels.FigureKey, Figure> chosen = ReportedLevels.chooseVersions(figures);
        List<FindingRow> f = reconciler.conflicts(figures, chosen, reported);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FindingKind.CONFLICT);
            assertThat(x.firstAmount()).isEqualByComparingTo("289.9");
            assertThat(x.secondAmount()).isEqualByComparingTo("300");
            assertThat(x.withinTolerance()).as("289.95 is below 299.5").isFalse();
            assertThat(x.message().in(EN)).contains("F1 is used", "differ beyond rounding");
            assertThat(x.approximate()).isTrue();
        });
    }

    @Test
    void theVersionRulePrefersExactThenCitedThenFirst() {
        List<Figure> figures = TestData.figures(
                fig("F1", "GE", "turnover", "2018-01..07", "61").q("about").conflict("C01"),
                fig("F2", "GE", "turnover", "2018-01..07", "60.2").uncited().conflict("C01"),
                fig("F3", "GE", "turnover", "2018-01..07", "60.4").conflict("C01"));
        assertThat(ReportedLevels.chooseVersions(figures).values())
                .extracting(Figure::id)
                .containsExactly("F3");
        List<FindingRow> f = reconciler.conflicts(figures, ReportedLevels.chooseVersions(figures), reported);
        assertThat(f).extracting(FindingRow::findingId).containsExactly("conflict:C01:F3+F1", "conflict:C01:F3+F2");
    }
}
