package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.coopbrief.analysis.TestData.fig;
import static org.coopbrief.analysis.TestData.target;

import java.time.LocalDate;

import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.junit.jupiter.api.Test;

class TargetEvaluatorTest {

    private static final org.coopbrief.localisation.Texts EN =
            org.coopbrief.localisation.Texts.of(org.coopbrief.localisation.Language.EN);

    private static TargetRow evaluate(String asOf, TestData.T target, TestData.F... figures) {
        return new TargetEvaluator(new UsdNormaliser(TestData.RUB_RATES), LocalDate.parse(asOf))
                .evaluate(target.build(), TestData.pool(figures));
    }

    @Test
    void achievedWhenAFullYearUpToTheDeadlineReachedTheTarget() {
        TargetRow r = evaluate(
                "2021-12-31",
                target("T1", "KZ", "turnover", "1", "2020", "2017-11").unit("USD_B"),
                fig("F1", "KZ", "turnover", "2019", "1050"),
                fig("F2", "KZ", "turnover", "2020", "847.9"));
        assertThat(r.status()).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(r.targetAmount()).as("1 USD_B in USD million").isEqualByComparingTo("1000");
        assertThat(r.explanation().in(EN)).startsWith("reached in 2019: 1,050");
        assertThat(r.actual().period().code())
                .as("the actual shown is still the latest")
                .isEqualTo("2020");
    }

    @Test
    void missedWhenTheDeadlinePassedWithoutReachingIt() {
        // Kazakhstan: one billion by 2019..2020 (counts at 2020); 2020 actual 847.9
        TargetRow r = evaluate(
                "2021-12-31",
                target("T1", "KZ", "turnover", "1", "2019..2020", "2017-11").unit("USD_B"),
                fig("F1", "KZ", "turnover", "2020", "847.9"));
        assertThat(r.status()).isEqualTo(TargetStatus.MISSED);
        assertThat(r.attainmentPct()).isEqualByComparingTo("84.79");
        assertThat(r.gap()).isEqualByComparingTo("152.1");
        assertThat(r.requiredGrowthPct()).as("no year left").isNull();
    }

    @Test
    void aDeadlineRangeCountsAtItsLastYear() {
        TargetRow r = evaluate(
                "2021-06-30",
                target("T1", "UZ", "turnover", "1000", "2020..2021", "2018-09"),
                fig("F1", "UZ", "turnover", "2018", "500"),
                fig("F2", "UZ", "turnover", "2020", "800"));
        assertThat(r.status()).as("2020 has ended but 2021 has not").isNotEqualTo(TargetStatus.MISSED);
        // (1000 / 800)^(1/(2021 - 2020)) - 1
        assertThat(r.requiredGrowthPct()).isEqualByComparingTo("25");
    }

    @Test
    void onTrackWhenGrowthSinceTheTargetWasSetIsEnough() {
        // set in 2018 at 500; 800 in 2020: 26.49% a year since; 1000 needs 11.80% a year to 2022
        TargetRow r = evaluate(
                "2021-06-30",
                target("T1", "UZ", "turnover", "1000", "2022", "2018-09"),
                fig("F1", "UZ", "turnover", "2018", "500"),
                fig("F2", "UZ", "turnover", "2020", "800"));
        assertThat(r.status()).isEqualTo(TargetStatus.ON_TRACK);
        assertThat(r.growthSinceSetPct().doubleValue()).isCloseTo(26.4911, within(1e-4));
        assertThat(r.requiredGrowthPct().doubleValue()).isCloseTo(11.8034, within(1e-4));
    }

    @Test
    void atRiskWhenGrowthSinceTheTargetWasSetFallsShort() {
        // Uzbekistan: 239 / 1.5 = 159.33, ~159 (implied) in 2018, more than 280 in 2020, one billion by 2021..2022
        TargetRow r = evaluate(
                "2021-12-31",
                target("T1", "UZ", "turnover", "1", "2021..2022", "2018-09").unit("USD_B"),
                fig("F1", "UZ", "turnover", "2019", "239").growth("50", "increased 1.5 times", "times", "2018"),
                fig("F2", "UZ", "turnover", "2020", "280").q("more_than"));
        assertThat(r.status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(r.requiredGrowthPct().doubleValue()).isCloseTo(88.9822, within(1e-4));
        assertThat(r.growthSinceSetPct().doubleValue()).isCloseTo((Math.sqrt(280 / 159.0) - 1) * 100, within(1e-3));
        assertThat(r.approximate()).isTrue();
    }

    @Test
    void atRiskWhenNoGrowthSinceTheTargetWasSetCanBeMeasured() {
        TargetRow r = evaluate(
                "2021-06-30",
                target("T1", "UZ", "turnover", "1000", "2022", "2020-09"),
                fig("F1", "UZ", "turnover", "2020", "800"));
        assertThat(r.status()).isEqualTo(TargetStatus.AT_RISK);
        assertThat(r.growthSinceSetPct()).isNull();
        assertThat(r.explanation().in(EN)).contains("no actual since the target was set");
    }

    @Test
    void openWithoutADeadline() {
        TargetRow r = evaluate(
                "2021-12-31",
                target("T1", "KZ", "turnover", "966.8", null, "2017"),
                fig("F1", "KZ", "turnover", "2020", "847.9"));
        assertThat(r.status()).isEqualTo(TargetStatus.OPEN);
        assertThat(r.attainmentPct()).isEqualByComparingTo("87.7017");
        assertThat(r.requiredGrowthPct()).isNull();
    }

    @Test
    void aGoodsTargetWithOnlyAGoodsAndServicesActualIsComparedApproximately() {
        // Georgia: $200 million (goods, by convention) by 2020; the only actual is 2017's $112 million of
        // goods and services: shown against it, marked approximate, and not reached (goods are a part of it)
        TargetRow r = evaluate(
                "2021-12-31",
                target("T1", "GE", "turnover", "200", "2020", null),
                fig("F1", "GE", "turnover", "2017", "112").scope("goods_services"));
        assertThat(r.comparability()).isEqualTo(Comparability.APPROXIMATE_SCOPE);
        assertThat(r.actualScope()).isEqualTo(Scope.GOODS_SERVICES);
        assertThat(r.actual().amount()).isEqualByComparingTo("112");
        assertThat(r.attainmentPct()).isEqualByComparingTo("56");
        assertThat(r.status()).isEqualTo(TargetStatus.MISSED);
        assertThat(r.approximate()).isTrue();
        assertThat(r.explanation().in(EN)).contains("approximate: a wider scope than the target’s");
    }

    @Test
    void aWiderScopeAtOrAboveAGoodsTargetDecidesNothing() {
        TargetRow r = evaluate(
                "2021-12-31",
                target("T1", "GE", "turnover", "100", "2020", null),
                fig("F1", "GE", "turnover", "2017", "112").scope("goods_services"));
        assertThat(r.comparability()).isEqualTo(Comparability.APPROXIMATE_SCOPE);
        assertThat(r.status()).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void noDataWhenNoActualOfTheSameScopeAndUnitExists() {
        // a goods-and-services target is never measured by goods, nor by transport services
        TargetRow r = evaluate(
                "2021-12-31",
                target("T1", "GE", "turnover", "200", "2020", null).scope("goods_services"),
                fig("F1", "GE", "turnover", "2017", "112"),
                fig("F2", "GE", "turnover", "2018", "16.4").scope("transport_services"));
        assertThat(r.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(r.actual()).isNull();
        assertThat(r.comparability()).isEqualTo(Comparability.SAME);
        assertThat(r.explanation().in(EN)).contains("2017: 112 USD million", "2018: 16.4 USD million");
    }

    @Test
    void aTargetCountingAnItemIsNeverMeasuredByTheWhole() {
        // Uzbekistan: "at least two joint research laboratories"; the data has 15 joint projects (2019)
        TargetRow r = evaluate(
                "2021-12-31",
                target("T1", "UZ", "projects", "2", null, "2019-04")
                        .unit("PROJECTS")
                        .scope("na")
                        .item("joint research laboratories")
                        .q("at_least"),
                fig("F1", "UZ", "projects", "2019", "15").unit("PROJECTS").scope("na"));
        assertThat(r.actual()).isNull();
        assertThat(r.attainmentPct()).isNull();
        assertThat(r.status()).isEqualTo(TargetStatus.OPEN);
        assertThat(r.explanation().in(EN)).contains("not compared, another scope or unit", "2019: 15 projects");
    }

    @Test
    void aTargetWordedAsAPastRecordIsComparedOnlyWithLaterActuals() {
        // Tatarstan: "restore the record level of two billion dollars achieved in 2012" (1 x 2012)
        TargetRow r = evaluate(
                "2021-12-31",
                target("T1", "RU-TA", "turnover", null, null, "2017").baseline("1", "2012"),
                fig("F1", "RU-TA", "turnover", "2012", "2").unit("USD_B"),
                fig("F2", "RU-TA", "turnover", "2021-01..02", "175").q("almost"));
        assertThat(r.targetAmount()).isEqualByComparingTo("2000");
        assertThat(r.actual()).isNull();
        assertThat(r.attainmentPct()).isNull();
        assertThat(r.partial().period().code()).isEqualTo("2021-01..02");
        assertThat(r.status()).isEqualTo(TargetStatus.OPEN);
    }

    @Test
    void aBaselineRelativeTargetResolvesOnceTheBaselineIsKnown() {
        // "120% of 2020 exports", 2020 exports 289.9 (±0.05): 347.88 ± 0.06, to the precision of its inputs 347.9; only
        // later actuals count
        TargetRow r = evaluate(
                "2022-12-31",
                target("T1", "KZ", "exports", null, "2021", "2021-06")
                        .scope("agrifood")
                        .baseline("1.2", "2020"),
                fig("F1", "KZ", "exports", "2020", "289.9").scope("agrifood"),
                fig("F2", "KZ", "exports", "2021", "350").scope("agrifood"));
        assertThat(r.targetAmount()).isEqualByComparingTo("347.9");
        assertThat(r.unit()).isEqualTo(Unit.USD_M);
        assertThat(r.targetBasis().in(EN)).startsWith("1.2 × exports 2020 (289.9");
        assertThat(r.status()).isEqualTo(TargetStatus.ACHIEVED);
    }

    @Test
    void aBaselineRelativeTargetHasNoValueWhileTheBaselineIsUnknown() {
        TargetRow r = evaluate(
                "2021-12-31",
                target("T1", "KZ", "exports", null, "2021", "2021-06").baseline("2", "2020"),
                fig("F1", "KZ", "exports", "2019", "100"));
        assertThat(r.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(r.targetAmount()).isNull();
        assertThat(r.explanation().in(EN)).contains("the baseline (exports, 2020) is not in the data");
    }

    @Test
    void aTargetWithoutADeadlineIsOpenEvenWhileItsBaselineIsUnknown() {
        // T018: "double the exports" of 2020, no deadline printed
        TargetRow r = evaluate(
                "2021-12-31",
                target("T1", "KZ", "exports", null, null, "2021-06").baseline("2", "2020"),
                fig("F1", "KZ", "exports", "2019", "100"));
        assertThat(r.status()).isEqualTo(TargetStatus.OPEN);
        assertThat(r.targetAmount()).isNull();
        assertThat(r.explanation().in(EN)).contains("the baseline (exports, 2020) is not in the data");
    }

    @Test
    void aReturnToARecordIsTheRecordItselfAndTheRecordYearDoesNotCount() {
        TargetRow r = evaluate(
                "2021-12-31",
                target("T1", "KZ", "turnover", null, null, "2017").baseline("1", "2014"),
                fig("F1", "KZ", "turnover", "2014", "966.8"),
                fig("F2", "KZ", "turnover", "2020", "847.9"));
        assertThat(r.targetAmount()).isEqualByComparingTo("966.8");
        assertThat(r.actual().period().code()).isEqualTo("2020");
        assertThat(r.status()).isEqualTo(TargetStatus.OPEN);
    }

    @Test
    void aPartialYearIsShownButDecidesNothing() {
        TargetRow r = evaluate(
                "2021-06-30",
                target("T1", "UZ", "turnover", "60", "2021", "2020"),
                fig("F1", "UZ", "turnover", "2020", "40"),
                fig("F2", "UZ", "turnover", "2021-Q1", "67.5"));
        assertThat(r.partial().period().code()).isEqualTo("2021-Q1");
        assertThat(r.partial().amount()).isEqualByComparingTo("67.5");
        assertThat(r.status())
                .as("67.5 in one quarter does not make 2021 achieved")
                .isNotEqualTo(TargetStatus.ACHIEVED);
        assertThat(r.actual().period().code()).isEqualTo("2020");
    }

    @Test
    void aPartialYearAfterTheDeadlineDoesNotMissItEither() {
        TargetRow r = evaluate(
                "2021-03-31",
                target("T1", "UZ", "turnover", "60", "2020", "2019"),
                fig("F1", "UZ", "turnover", "2021-Q1", "10"));
        assertThat(r.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(r.partial()).isNotNull();
    }

    @Test
    void actualsAfterTheAsOfDateAreNotKnownYet() {
        TargetRow r = evaluate(
                "2020-06-30",
                target("T1", "KZ", "turnover", "1000", "2020", "2017"),
                fig("F1", "KZ", "turnover", "2019", "900"),
                fig("F2", "KZ", "turnover", "2020", "1100"));
        assertThat(r.actual().period().code()).isEqualTo("2019");
        assertThat(r.status()).isNotIn(TargetStatus.ACHIEVED, TargetStatus.MISSED);
    }

    @Test
    void physicalTargetsCompareInTheirOwnUnit() {
        TargetRow r = evaluate(
                "2018-12-31",
                target("T1", "AF", "shipments", "525", "2017", "2017")
                        .unit("UNITS")
                        .scope("na"),
                fig("F1", "AF", "shipments", "2016", "470").unit("UNITS").scope("na"),
                fig("F2", "AF", "shipments", "2017-01..08", "300")
                        .unit("UNITS")
                        .scope("na")
                        .q("about"));
        assertThat(r.unit()).isEqualTo(Unit.UNITS);
        assertThat(r.status()).isEqualTo(TargetStatus.MISSED);
        assertThat(r.attainmentPct()).isEqualByComparingTo("89.5238");
        assertThat(r.partial().approximate()).isTrue();
    }

    @Test
    void aRoubleTargetIsConvertedAtItsDeadlineYearsRate() {
        TargetRow r = evaluate(
                "2015-12-31",
                target("T1", "RU-STA", "turnover", "10", "2014", "2013").unit("RUB_B"),
                fig("F1", "RU-STA", "turnover", "2014", "12").unit("RUB_B"));
        assertThat(r.targetAmount().doubleValue()).isCloseTo(10000 / 38.42, within(1e-5));
        assertThat(r.targetApproximate()).isTrue();
        assertThat(r.status()).isEqualTo(TargetStatus.ACHIEVED);
    }

    @Test
    void theProgressChartShowsDeadlineTargetsOnlyAndStopsABarAtItsLimitSaidSo() {
        // 15 of a target of 2 by 2020: 750%, drawn to 200% and marked beyond it, so bar and label agree
        TargetRow far = evaluate(
                "2021-12-31",
                target("T1", "UZ", "projects", "2", "2020", "2019")
                        .unit("PROJECTS")
                        .scope("na"),
                fig("F1", "UZ", "projects", "2019", "15").unit("PROJECTS").scope("na"));
        assertThat(far.attainmentPct()).isEqualByComparingTo("750");
        assertThat(far.charted()).isTrue();
        assertThat(far.chartedAttainmentPct()).isEqualByComparingTo("200");
        assertThat(far.beyondChart()).isTrue();
        // no deadline: listed with its attainment, never charted among the deadline targets
        TargetRow open = evaluate(
                "2021-12-31",
                target("T1", "KZ", "turnover", "966.8", null, "2017"),
                fig("F1", "KZ", "turnover", "2020", "847.9"));
        assertThat(open.attainmentPct()).isNotNull();
        assertThat(open.charted()).isFalse();
        assertThat(open.beyondChart()).isFalse();
    }
}
