package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopbrief.analysis.TestData.fig;
import static org.coopbrief.analysis.TestData.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.GrowthKind;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.run.ReportSelection;
import org.junit.jupiter.api.Test;

/** The partner ranking the report decides, and the rows that make up a partner's series. */
class RankingTest {

    private static AnalysisReport run(TestData.F... figures) {
        return run(TestData.entities(), figures);
    }

    private static AnalysisReport run(List<Entity> entities, TestData.F... figures) {
        AnalysisInput in = new AnalysisInput(
                entities,
                TestData.RUB_RATES,
                TestData.figures(figures),
                List.of(target("T1", "KZ", "turnover", "1000", "2022", "2018").build()));
        return Analysis.run(in, new ReportSelection(LocalDate.of(2021, 3, 31), Period.year(2020), "BY", List.of()));
    }

    private static List<String> partners(List<RankedRow> ranking) {
        return ranking.stream().map(RankedRow::partner).toList();
    }

    @Test
    void groupsOfPeersLargestFirstAndByRankWithin() {
        AnalysisReport report = run(
                fig("F1", "UZ", "turnover", "2020", "280"),
                fig("F2", "KZ", "turnover", "2020", "847.9"),
                fig("F3", "TJ", "turnover", "2020", "111.7"),
                fig("F4", "RU-TA", "turnover", "2020", "560"),
                fig("F5", "RU-STA", "turnover", "2020", "140"),
                fig("F6", "RU-TA", "turnover", "2021", "900"));
        List<RankedRow> ranking = report.ranking();
        // countries (largest 847.9) before the regions of Russia (largest 560), each by rank
        assertThat(partners(ranking)).containsExactly("KZ", "UZ", "TJ", "RU-TA", "RU-STA");
        assertThat(ranking).extracting(RankedRow::rank).containsExactly(1, 2, 3, 1, 2);
        assertThat(ranking.get(0).group()).isEqualTo(new PeerGroup(Peers.COUNTRIES, 3, false));
        assertThat(ranking.get(3).group()).isEqualTo(new PeerGroup(new Peers(EntityKind.REGION, "RU"), 2, false));
        assertThat(ranking.get(3).group().kind()).isEqualTo(EntityKind.REGION);
        assertThat(ranking.get(3).group().parent()).isEqualTo("RU");
        RankedRow kz = ranking.get(0);
        assertThat(kz.turnover()).isEqualByComparingTo("847.9");
        assertThat(kz.row().period()).isEqualTo(Period.year(2020));
        assertThat(kz.row().standing().sharePct()).isEqualByComparingTo("68.4011");
    }

    @Test
    void aShareOfTheWorldTotalIsSaidSo() {
        AnalysisReport report = run(
                fig("F1", "KZ", "turnover", "2020", "847.9"),
                fig("F2", "UZ", "turnover", "2020", "280"),
                fig("F3", "WORLD", "turnover", "2020", "60000"));
        assertThat(report.ranking()).extracting(RankedRow::group).containsOnly(new PeerGroup(Peers.COUNTRIES, 2, true));
    }

    @Test
    void onlyTheReportersOwnRankedWholeTurnoverInTheFocusPeriod() {
        AnalysisReport report = run(
                fig("F1", "KZ", "turnover", "2020", "847.9"),
                fig("F2", "UZ", "turnover", "2020", "280"),
                // another reporter (Minsk city, inside Belarus), parts of a whole, exports, another period
                fig("F3", "KZ", "turnover", "2020", "90").reporter("BY-HM"),
                fig("F4", "UZ", "turnover", "2020", "60").reporter("BY-HM"),
                fig("F5", "KZ", "turnover", "2020", "20").item("butter"),
                fig("F6", "UZ", "turnover", "2020", "10").item("butter"),
                fig("F7", "KZ", "exports", "2020", "500"),
                fig("F8", "UZ", "exports", "2020", "200"),
                fig("F9", "TJ", "turnover", "2019", "111.7"),
                fig("F10", "GE", "turnover", "2019", "100"));
        List<RankedRow> ranking = report.ranking();
        assertThat(partners(ranking)).containsExactly("KZ", "UZ");
        assertThat(ranking).allSatisfy(r -> {
            assertThat(r.row().reporter()).isEqualTo("BY");
            assertThat(r.row().item()).isNull();
            assertThat(r.row().indicator()).isEqualTo(Indicator.TURNOVER);
            assertThat(r.row().focus()).isTrue();
        });
    }

    @Test
    void theScopeCoveringMostPartnersIsRankedGoodsOnATie() {
        AnalysisReport services = run(
                fig("F1", "KZ", "turnover", "2020", "847.9"),
                fig("F2", "UZ", "turnover", "2020", "280"),
                fig("F3", "KZ", "turnover", "2020", "50").scope("services"),
                fig("F4", "UZ", "turnover", "2020", "40").scope("services"),
                fig("F5", "TJ", "turnover", "2020", "30").scope("services"));
        assertThat(services.ranking()).extracting(r -> r.row().scope()).containsOnly(Scope.SERVICES);
        assertThat(partners(services.ranking())).containsExactly("KZ", "UZ", "TJ");

        AnalysisReport tie = run(
                fig("F1", "KZ", "turnover", "2020", "847.9"),
                fig("F2", "UZ", "turnover", "2020", "280"),
                fig("F3", "KZ", "turnover", "2020", "50").scope("services"),
                fig("F4", "UZ", "turnover", "2020", "40").scope("services"));
        assertThat(tie.ranking()).extracting(r -> r.row().scope()).containsOnly(Scope.GOODS);
    }

    @Test
    void noRankedPartnerNoRanking() {
        assertThat(run(fig("F1", "KZ", "turnover", "2020", "847.9")).ranking()).isEmpty();
        assertThat(run(fig("F1", "KZ", "turnover", "2019", "847.9"), fig("F2", "UZ", "turnover", "2019", "280"))
                        .ranking())
                .as("ranked, but not in the focus period")
                .isEmpty();
    }

    @Test
    void theReportKnowsWhereTheEntitiesItMentionsSit() {
        AnalysisReport report =
                run(fig("F1", "RU-STA", "turnover", "2020", "140"), fig("F2", "KZ", "turnover", "2020", "80"));
        assertThat(report.entities())
                .containsEntry("RU-STA", new EntityRef(EntityKind.REGION, "RU"))
                .containsEntry("KZ", new EntityRef(EntityKind.COUNTRY, null))
                .containsEntry("BY", new EntityRef(EntityKind.COUNTRY, null))
                .doesNotContainKey("TJ");
        assertThat(report.entities().keySet()).isEqualTo(report.names().keySet());
    }

    @Test
    void aPartnersRowsAreItsWholeFiguresOfEveryReporter() {
        AnalysisReport report = run(
                fig("F1", "KZ", "turnover", "2019", "700"),
                fig("F2", "KZ", "turnover", "2020", "847.9"),
                fig("F3", "KZ", "turnover", "2020", "20").item("butter"),
                fig("F4", "KZ", "exports", "2020", "90").reporter("BY-HM"),
                fig("F5", "KZ", "turnover", "2017", "500"),
                fig("F6", "KZ", "turnover", "2018", "10").item("butter"),
                fig("F7", "KZ", "turnover", "2016", "5").item("butter"),
                fig("F8", "UZ", "turnover", "2020", "280"));
        List<ComparisonRow> rows = report.partnerRows("KZ");
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.partner()).isEqualTo("KZ");
            assertThat(r.item()).isNull();
        });
        assertThat(rows).extracting(ComparisonRow::reporter).contains("BY", "BY-HM");
        List<ComparisonRow> whole = new ArrayList<>(report.comparisons());
        whole.removeIf(r -> !r.partner().equals("KZ") || r.item() != null);
        assertThat(rows).as("in the report's order").isEqualTo(whole);
        assertThat(report.partnerGrowth("KZ"))
                .isNotEmpty()
                .allSatisfy(g -> assertThat(g.item()).isNull());
        assertThat(report.growth()).anySatisfy(g -> assertThat(g.item()).isEqualTo("butter"));
    }

    @Test
    void aRowsPercentChangeIsTheComputedOneElseTheStatedOneAgainstThePreviousPeriod() {
        AnalysisReport report = run(
                fig("F1", "KZ", "turnover", "2019", "700").q("about"),
                fig("F2", "KZ", "turnover", "2020", "847.9"),
                fig("F3", "UZ", "turnover", "2020", "280").growth("17", "by 17%", "pct", "2019"),
                fig("F4", "TJ", "turnover", "2020", "111.7").growth("40", "by 40%", "pct", "2017"));
        ComparisonRow.PercentChange kz = row(report, "KZ", "2020").percentChange();
        assertThat(kz.percent())
                .isEqualByComparingTo(row(report, "KZ", "2020").change().percent());
        assertThat(kz.approximate()).as("from 'about 700'").isTrue();
        assertThat(kz.stated()).isFalse();
        ComparisonRow uz = row(report, "UZ", "2020");
        assertThat(uz.percentChange())
                .as("its previous level is implied, the change computed from it")
                .isEqualTo(new ComparisonRow.PercentChange(
                        uz.change().percent(), uz.change().approximate(), false, false));
        assertThat(row(report, "TJ", "2020").percentChange())
                .as("stated against 2017, not the previous year")
                .isNull();
    }

    @Test
    void aStatedGrowthStandsInWhenNoChangeIsComputed() {
        // the books give only a growth rate for 2020: no level, so no computed change
        StatedGrowth stated = new StatedGrowth(new BigDecimal("17"), "by 17%", GrowthKind.PCT, Period.year(2019));
        ComparisonRow growthOnly = new ComparisonRow(
                "BY", "UZ", Indicator.TURNOVER, Scope.GOODS, null, Period.year(2020), null, null, stated, null, true);
        assertThat(growthOnly.percentChange())
                .isEqualTo(new ComparisonRow.PercentChange(new BigDecimal("17"), false, true, true));
        assertThat(growthOnly.amount()).isNull();
        assertThat(growthOnly.levelApproximate()).isFalse();
        ComparisonRow againstOlder = new ComparisonRow(
                "BY",
                "UZ",
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                Period.year(2020),
                null,
                null,
                new StatedGrowth(new BigDecimal("40"), "by 40%", GrowthKind.PCT, Period.year(2017)),
                null,
                true);
        assertThat(againstOlder.percentChange()).isNull();
    }

    private static ComparisonRow row(AnalysisReport report, String partner, String period) {
        return report.comparisons().stream()
                .filter(r -> r.partner().equals(partner)
                        && r.reporter().equals("BY")
                        && r.indicator() == Indicator.TURNOVER
                        && r.item() == null
                        && r.period().equals(Period.parse(period)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void withoutAWorldTotalNoShareIsPrintableAndTheLargerPartnersLeftOutAreNamed() {
        AnalysisReport report = run(
                fig("F1", "KZ", "turnover", "2020", "847.9"),
                fig("F2", "UZ", "turnover", "2020", "280"),
                fig("F3", "TJ", "turnover", "2020", "111.7"),
                // Russia: no 2020 figure, a larger one for Jan-Feb 2021 (goods and services) and for 2019
                fig("F4", "RU", "turnover", "2019", "33000"),
                fig("F5", "RU", "turnover", "2021-01..02", "5300").scope("goods_services"),
                // Georgia: smaller than the smallest ranked, not named
                fig("F6", "GE", "turnover", "2019", "100"),
                // a region is not a country's peer
                fig("F7", "RU-STA", "turnover", "2019", "140"));
        List<RankedRow> ranking = report.ranking();
        assertThat(ranking).allSatisfy(r -> {
            assertThat(r.row().standing().sharePct())
                    .as("kept in the results, labelled")
                    .isNotNull();
            assertThat(r.row().standing().printableShare()).isNull();
        });
        PeerGroup countries = ranking.get(0).group();
        assertThat(countries.leftOut()).extracting(LeftOut::partner).containsExactly("RU");
        LeftOut russia = countries.leftOut().get(0);
        assertThat(russia.turnover()).isEqualByComparingTo("5300");
        assertThat(russia.period()).isEqualTo(Period.parse("2021-01..02"));
        assertThat(russia.scope()).isEqualTo(Scope.GOODS_SERVICES);
    }

    @Test
    void aShareOfTheWorldTotalIsPrintable() {
        AnalysisReport report = run(
                fig("F1", "KZ", "turnover", "2020", "847.9"),
                fig("F2", "UZ", "turnover", "2020", "280"),
                fig("F3", "WORLD", "turnover", "2020", "60000"));
        assertThat(report.ranking())
                .allSatisfy(r -> assertThat(r.row().standing().printableShare()).isNotNull());
        assertThat(report.ranking().get(0).row().standing().printableShare()).isEqualByComparingTo("1.4132");
    }

    @Test
    void aPartOfTheFocusPeriodDoesNotStandForALeftOutPartner() {
        AnalysisReport leningrad = run(
                List.of(
                        TestData.entity("BY", EntityKind.COUNTRY, null),
                        TestData.entity("RU", EntityKind.COUNTRY, null),
                        TestData.entity("RU-STA", EntityKind.REGION, "RU"),
                        TestData.entity("RU-TA", EntityKind.REGION, "RU"),
                        TestData.entity("RU-LEN", EntityKind.REGION, "RU")),
                fig("F1", "RU-STA", "turnover", "2020", "57.5"),
                fig("F2", "RU-TA", "turnover", "2020", "12.2"),
                fig("F3", "RU-LEN", "turnover", "2019", "600"),
                fig("F4", "RU-LEN", "turnover", "2020-H1", "280"));
        List<LeftOut> left = leningrad.ranking().get(0).group().leftOut();
        assertThat(left).extracting(LeftOut::partner).containsExactly("RU-LEN");
        assertThat(left.get(0).period()).isEqualTo(Period.year(2019));
        assertThat(left.get(0).turnover()).isEqualByComparingTo("600");
    }

    @Test
    void aPartnerGetsABriefingForADatedTradeFigureOrATargetButNeverTheWorld() {
        AnalysisReport report = run(
                fig("F1", "UZ", "turnover", "2020", "280"),
                fig("F2", "TJ", "contracts", "2019", "14").unit("UNITS"),
                fig("F3", "WORLD", "exports", "2020", "29000"),
                fig("F4", "GE", "imports", "2017", "40").reporter("BY-HM"));
        // KZ: the target only (see run); TJ: a count of contracts only; GE: a trade figure of Minsk city
        assertThat(report.briefedPartners()).containsExactly("GE", "KZ", "UZ");
        assertThat(report.worldTotals()).extracting(ComparisonRow::partner).containsExactly("WORLD");
    }
}
