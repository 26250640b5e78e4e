package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopbrief.analysis.TestData.fig;
import static org.coopbrief.analysis.TestData.usd;

import java.util.List;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.junit.jupiter.api.Test;

class FlowDeriverTest {

    private static Level flow(LevelPool pool, String partner, String indicator, String period) {
        return pool.get(usd(partner, indicator), Period.parse(period));
    }

    private static List<FlowRow> rows(LevelPool pool) {
        return new FlowDeriver()
                .rows(pool.all().stream()
                        .filter(l -> l.origin() != Origin.IMPLIED)
                        .toList());
    }

    @Test
    void derivesTurnoverBalanceAndCoverageFromExportsAndImports() {
        // Minsk city-Georgia 2017: exports 7.9, imports 10.9
        LevelPool pool = TestData.pool(
                fig("F1", "GE", "exports", "2017", "7.9").reporter("BY-HM"),
                fig("F2", "GE", "imports", "2017", "10.9").reporter("BY-HM"));
        Level balance = pool.get(
                SeriesKey.whole("BY-HM", "GE", Indicator.BALANCE, Scope.GOODS, Unit.USD_M), Period.parse("2017"));
        assertThat(balance.amount()).isEqualByComparingTo("-3.0");
        assertThat(balance.origin()).isEqualTo(Origin.DERIVED);
        assertThat(balance.approximate()).as("derived, even from exact inputs").isTrue();
        assertThat(balance.tolerance()).isEqualByComparingTo("0.1");
        assertThat(balance.basis().in(org.coopbrief.localisation.Texts.of(org.coopbrief.localisation.Language.EN)))
                .isEqualTo("balance = exports 7.9 \u2212 imports 10.9");
        assertThat(balance.basis().in(org.coopbrief.localisation.Texts.of(org.coopbrief.localisation.Language.RU)))
                .isEqualTo("сальдо = экспорт 7,9 \u2212 импорт 10,9");
        assertThat(balance.figureIds()).containsExactly("F1", "F2");
        FlowRow row = rows(pool).get(0);
        assertThat(row.turnover()).isEqualByComparingTo("18.8");
        assertThat(row.derived()).containsExactlyInAnyOrder(Indicator.TURNOVER, Indicator.BALANCE);
        assertThat(row.coveragePct()).isEqualByComparingTo("72.4771");
    }

    @Test
    void derivesExportsAndImportsFromTurnoverAndBalance() {
        // Afghanistan 2018: turnover 38.7, surplus 38.1
        LevelPool pool =
                TestData.pool(fig("F1", "AF", "turnover", "2018", "38.7"), fig("F2", "AF", "balance", "2018", "38.1"));
        assertThat(flow(pool, "AF", "exports", "2018").amount()).isEqualByComparingTo("38.4");
        assertThat(flow(pool, "AF", "imports", "2018").amount()).isEqualByComparingTo("0.3");
        assertThat(flow(pool, "AF", "imports", "2018").tolerance()).isEqualByComparingTo("0.05");
    }

    @Test
    void derivesTheMissingFlowFromTurnoverAndOneSide() {
        LevelPool pool = TestData.pool(
                fig("F1", "UZ", "turnover", "2020", "280").q("more_than"),
                fig("F2", "UZ", "exports", "2020", "237").q("more_than"));
        Level imports = flow(pool, "UZ", "imports", "2020");
        assertThat(imports.amount()).isEqualByComparingTo("43");
        assertThat(imports.approximate()).as("built on 'more than' numbers").isTrue();
        assertThat(flow(pool, "UZ", "balance", "2020").amount()).isEqualByComparingTo("194");
        assertThat(rows(pool).get(0).coveragePct()).isEqualByComparingTo("551.1628");
        assertThat(rows(pool).get(0).coverageApproximate()).isTrue();
    }

    @Test
    void derivesImportsAndTurnoverFromExportsAndBalance() {
        // Tajikistan 2020: exports almost 110, surplus 107.5
        LevelPool pool = TestData.pool(
                fig("F1", "TJ", "exports", "2020", "110").q("almost"), fig("F2", "TJ", "balance", "2020", "107.5"));
        assertThat(flow(pool, "TJ", "imports", "2020").amount()).isEqualByComparingTo("2.5");
        // 110 ± 0.5 + 2.5 ± 0.55 = 112.5 ± 1.05: to the unit its inputs allow
        assertThat(flow(pool, "TJ", "turnover", "2020").amount()).isEqualByComparingTo("113");
    }

    @Test
    void neverReplacesAReportedFlow() {
        LevelPool pool = TestData.pool(
                fig("F1", "GE", "turnover", "2017", "19"),
                fig("F2", "GE", "exports", "2017", "7.9"),
                fig("F3", "GE", "imports", "2017", "10.9"));
        Level turnover = flow(pool, "GE", "turnover", "2017");
        assertThat(turnover.origin()).isEqualTo(Origin.REPORTED);
        assertThat(turnover.amount()).isEqualByComparingTo("19");
        assertThat(flow(pool, "GE", "balance", "2017").origin()).isEqualTo(Origin.DERIVED);
    }

    @Test
    void derivesNothingImpossible() {
        // exports larger than turnover would make imports negative
        LevelPool pool =
                TestData.pool(fig("F1", "GE", "turnover", "2017", "10"), fig("F2", "GE", "exports", "2017", "12"));
        assertThat(flow(pool, "GE", "imports", "2017")).isNull();
        assertThat(flow(pool, "GE", "balance", "2017")).isNull();
    }

    @Test
    void neverMixesScopesOrPeriods() {
        LevelPool pool = TestData.pool(
                fig("F1", "GE", "exports", "2017", "7.9"),
                fig("F2", "GE", "imports", "2017", "10.9").scope("goods_services"),
                fig("F3", "GE", "imports", "2018", "11"));
        assertThat(flow(pool, "GE", "turnover", "2017")).isNull();
        assertThat(flow(pool, "GE", "turnover", "2018")).isNull();
    }

    @Test
    void coverageIsNotAvailableWithoutImports() {
        LevelPool pool =
                TestData.pool(fig("F1", "GE", "exports", "2017", "5"), fig("F2", "GE", "imports", "2017", "0"));
        assertThat(rows(pool).get(0).coveragePct()).isNull();
        assertThat(rows(pool).get(0).balance()).isEqualByComparingTo("5");
    }

    @Test
    void derivesFromConvertedRoubleFlowsInUsd() {
        LevelPool pool = TestData.pool(
                fig("F1", "RU-STA", "exports", "2013", "4").unit("RUB_B"),
                fig("F2", "RU-STA", "imports", "2013", "2.7").unit("RUB_B"));
        Level turnover = flow(pool, "RU-STA", "turnover", "2013");
        // 6.7 billion roubles (4 ± 0.5 + 2.7 ± 0.05) at 31.85: 210.36 ± 17.3 million dollars, so 210
        assertThat(turnover.amount()).isEqualByComparingTo("210");
        assertThat(turnover.tolerance().doubleValue()).isGreaterThan(550 / 31.85);
        assertThat(turnover.approximate())
                .as("converted at an annual average rate")
                .isTrue();
    }
}
