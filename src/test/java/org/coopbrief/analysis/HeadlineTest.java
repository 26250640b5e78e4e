package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopbrief.analysis.TestData.fig;

import java.time.LocalDate;
import java.util.List;

import org.coopbrief.dataset.Figure;
import org.coopbrief.run.ReportSelection;
import org.coopbrief.run.RequestedPeriod;
import org.coopbrief.run.SelectionRule;
import org.junit.jupiter.api.Test;

class HeadlineTest {

    private static final List<Figure> FIGURES = TestData.figures(
            // Georgia as the books print it: one wide figure (2017), a narrower, later one, counts, an undated one
            fig("G1", "GE", "turnover", "2017", "112").scope("goods_services"),
            fig("G2", "GE", "turnover", "2018", "16.4")
                    .scope("transport_services")
                    .growth("27.6", "by 27.6%", "pct", "2017"),
            fig("G3", "GE", "agreements", "2019-03", "15").scope("na").unit("UNITS"),
            fig("G4", "GE", "contracts", "2019-03", "13").scope("na").unit("UNITS"),
            fig("G5", "GE", "projects", "undated", "6").scope("na").unit("PROJECTS"),
            fig("G6", "GE", "exports", "2017", "7.9").reporter("BY-HM"),
            fig("G7", "GE", "exports", "2020", null).reporter("BY-HM").growth("20", "by 20%", "pct", "2019"),
            // Uzbekistan: two full years, a later quarter, an earlier partial period
            fig("U1", "UZ", "turnover", "2019", "239"),
            fig("U2", "UZ", "turnover", "2020", "280"),
            fig("U3", "UZ", "exports", "2020", "237"),
            fig("U4", "UZ", "turnover", "2021-Q1", "67.5"),
            fig("U5", "UZ", "exports", "2021-Q1", "58.7"),
            fig("U6", "UZ", "turnover", "2020-01..06", "120"),
            fig("U7", "UZ", "exports", "2020", "73").scope("agrifood"),
            // Russia: only a partial period from the reporter itself
            fig("R1", "RU", "turnover", "2021-01..02", "5300").scope("goods_services"),
            fig("R2", "RU", "exports", "2020", "43").reporter("BY-HM"));

    private static AnalysisReport report() {
        AnalysisInput in = new AnalysisInput(TestData.entities(), TestData.RUB_RATES, FIGURES, List.of());
        ReportSelection selection = SelectionRule.resolve(
                RequestedPeriod.parse("2020"),
                LocalDate.of(2021, 12, 31),
                "BY",
                List.of(),
                in.facts(),
                "the test data");
        return Analysis.run(in, selection);
    }

    private static List<String> lines(String partner) {
        return report().partnerHeadline(partner).stream()
                .map(h -> h.part() + " " + h.row().reporter() + " "
                        + h.row().indicator().code() + " " + h.row().scope().code() + " "
                        + h.row().period().code())
                .toList();
    }

    @Test
    void theWidestTradeSeriesOfTheReporterComesFirstBeforeCountsOfAgreements() {
        assertThat(lines("GE"))
                .containsExactly(
                        "LATEST_YEAR BY turnover goods_services 2017",
                        "OTHER_TRADE BY turnover transport_services 2018",
                        "OTHER_TRADE BY-HM exports goods 2017",
                        "OTHER BY contracts na 2019-03",
                        "OTHER BY agreements na 2019-03",
                        "OTHER BY projects na undated");
    }

    @Test
    void theLatestFullYearComesWithItsFlowsThenTheLatestPartialPeriodAfterIt() {
        List<HeadlineRow> uz = report().partnerHeadline("UZ");
        assertThat(lines("UZ"))
                .containsExactly(
                        "LATEST_YEAR BY turnover goods 2020",
                        "LATEST_YEAR BY exports goods 2020",
                        "LATEST_YEAR BY imports goods 2020",
                        "LATEST_YEAR BY balance goods 2020",
                        "LATEST_PARTIAL BY turnover goods 2021-Q1",
                        "LATEST_PARTIAL BY exports goods 2021-Q1",
                        "LATEST_PARTIAL BY imports goods 2021-Q1",
                        "LATEST_PARTIAL BY balance goods 2021-Q1",
                        "OTHER_TRADE BY exports agrifood 2020");
        assertThat(uz.get(0).row().amount()).isEqualByComparingTo("280");
        assertThat(uz.get(0).row().change().percent())
                .as("the change is the headline's too")
                .isNotNull();
    }

    @Test
    void withoutAFullYearThePartialPeriodIsTheHeadline() {
        assertThat(lines("RU"))
                .containsExactly(
                        "LATEST_PARTIAL BY turnover goods_services 2021-01..02",
                        "OTHER_TRADE BY-HM exports goods 2020");
    }

    @Test
    void aNumberPrintedOnlyAsAGrowthHasNoLevelAndIsNotAmongTheLatestNumbers() {
        // G7: Minsk's exports to Georgia in 2020 "grew by 20%", no level printed
        assertThat(report().partnerHeadline("GE")).allMatch(h -> h.row().amount() != null);
        assertThat(lines("GE")).contains("OTHER_TRADE BY-HM exports goods 2017");
    }

    @Test
    void undatedNumbersAreListedButNeverCompared() {
        ComparisonRow projects = report().partnerHeadline("GE").stream()
                .map(HeadlineRow::row)
                .filter(r -> !r.period().isDated())
                .findFirst()
                .orElseThrow();
        assertThat(projects.amount()).isEqualByComparingTo("6");
        assertThat(projects.change()).isNull();
        assertThat(projects.standing()).isNull();
    }
}
