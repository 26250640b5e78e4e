package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopbrief.analysis.TestData.fig;
import static org.coopbrief.analysis.TestData.target;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Period;
import org.coopbrief.run.ReportSelection;
import org.coopbrief.run.RequestedPeriod;
import org.coopbrief.run.SelectionRule;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    private static final List<Figure> FIGURES = TestData.figures(
            fig("F1", "AF", "turnover", "2018", "38.7").growth("31", "by 31%", "pct", "2017"),
            fig("F2", "GE", "exports", "2017", "7.9").reporter("BY-HM"),
            fig("F3", "GE", "imports", "2017", "10.9").reporter("BY-HM"),
            fig("F4", "RU-STA", "turnover", "2013", "6.7").unit("RUB_B"),
            fig("F5", "UZ", "turnover", "2021-Q1", "67.5"),
            fig("F6", "KZ", "turnover", "2020", "847.9").reporter("KZ"),
            fig("F7", "GE", "turnover", "undated", "5"));

    private static AnalysisReport run(String asOf, String period, String reporter, String partners) {
        AnalysisInput in = new AnalysisInput(
                TestData.entities(),
                TestData.RUB_RATES,
                FIGURES,
                List.of(target("T1", "GE", "turnover", "200", "2020", null).build()));
        ReportSelection selection = SelectionRule.resolve(
                RequestedPeriod.parse(period == null ? "latest" : period),
                asOf == null ? null : LocalDate.parse(asOf),
                reporter == null ? "BY" : reporter,
                partners == null || partners.equals("all")
                        ? List.of()
                        : Arrays.stream(partners.split(",")).map(String::strip).toList(),
                in.facts(),
                "the test data");
        return Analysis.run(in, selection);
    }

    @Test
    void defaultsAreResolvedFromTheData() {
        ReportSelection p = run(null, null, null, null).parameters();
        assertThat(p.asOf()).as("end of the latest dated period").isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(p.focus()).as("latest year with a trade figure of Belarus").isEqualTo(Period.parse("2018"));
        assertThat(p.reporter()).isEqualTo("BY");
        assertThat(p.partners()).isEmpty();
        assertThat(p.key()).isEqualTo("as-of=2021-03-31;period=2018;reporter=BY;partners=*");
        assertThat(run(null, "previous-year", null, "all").parameters().focus()).isEqualTo(Period.parse("2017"));
    }

    @Test
    void theReporterIncludesItsRegionsAndCitiesEachAsItsOwnReporter() {
        AnalysisReport r = run(null, null, "BY", null);
        assertThat(r.comparisons())
                .extracting(ComparisonRow::reporter)
                .contains("BY", "BY-HM")
                .doesNotContain("KZ");
        assertThat(r.comparisons().get(0).reporter())
                .as("the chosen reporter first")
                .isEqualTo("BY");
        assertThat(run(null, null, "BY-HM", null).comparisons())
                .extracting(ComparisonRow::reporter)
                .containsOnly("BY-HM");
    }

    @Test
    void aPartnerSelectionIncludesItsRegionsButSharesStayOfTheWhole() {
        AnalysisReport r = run(null, null, null, "RU, GE");
        assertThat(r.comparisons()).extracting(ComparisonRow::partner).containsOnly("RU-STA", "GE");
        assertThat(r.targets()).extracting(TargetRow::targetId).containsExactly("T1");
        assertThat(r.parameters().partners()).containsExactly("GE", "RU");
        assertThat(r.name("RU-STA")).isEqualTo("RU-STA name");
    }

    @Test
    void periodsEndingAfterTheAsOfDateAreLeftOut() {
        // positive control: with the default as-of date (2021-03-31) the quarter is compared
        assertThat(run(null, null, null, null).comparisons())
                .extracting(c -> c.period().code())
                .contains("2021-Q1");
        AnalysisReport r = run("2020-12-31", null, null, null);
        assertThat(r.comparisons()).extracting(c -> c.period().code()).doesNotContain("2021-Q1");
        assertThat(r.focusRows()).extracting(ComparisonRow::partner).containsExactly("AF");
    }

    @Test
    void undatedFiguresAreListedButNeverCompared() {
        assertThat(FIGURES)
                .extracting(f -> f.period().code())
                .as("the input has an undated figure")
                .contains("undated");
        List<ComparisonRow> undated = run(null, null, null, null).comparisons().stream()
                .filter(c -> !c.period().isDated())
                .toList();
        assertThat(undated).extracting(ComparisonRow::partner).containsExactly("GE");
        assertThat(undated.get(0).change()).as("no earlier comparable level").isNull();
        assertThat(undated.get(0).standing()).as("no share or rank").isNull();
    }

    @Test
    void unknownCodesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> run(null, null, "XX", null))
                .hasMessage("unknown reporter code 'XX': not an entity of the test data (see entities.csv)");
        assertThatThrownBy(() -> run(null, null, null, "GE,YY"))
                .hasMessage("unknown partner code 'YY': not an entity of the test data (see entities.csv)");
    }

    @Test
    void everyResultCarriesTheQualifiersOfItsInputs() {
        AnalysisReport r = run(null, null, null, null);
        ComparisonRow stavropol = r.comparisons().stream()
                .filter(c -> c.partner().equals("RU-STA"))
                .findFirst()
                .orElseThrow();
        assertThat(stavropol.value().approximate())
                .as("converted at an annual average rate")
                .isTrue();
        assertThat(stavropol.value().originalAmount()).isEqualByComparingTo("6.7");
        assertThat(stavropol.value().originalUnit().name()).isEqualTo("RUB_B");
        ComparisonRow balance = r.comparisons().stream()
                .filter(c -> c.partner().equals("GE") && c.indicator().code().equals("balance"))
                .findFirst()
                .orElseThrow();
        assertThat(balance.value().origin()).isEqualTo(Origin.DERIVED);
        assertThat(balance.approximate()).as("derived").isTrue();
    }
}
