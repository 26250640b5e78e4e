package org.coopbrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

/** The chart models, built without drawing anything and without Spring. */
class SeriesChartModelTest {

    private final Typeface typeface = Typeface.liberationSans();
    private final SeriesChart english = new SeriesChart(new ChartTheme(typeface, Texts.of(Language.EN)));
    private final SeriesChart russian = new SeriesChart(new ChartTheme(typeface, Texts.of(Language.RU)));
    private final SeriesChart.Subject kazakhstan = new SeriesChart.Subject(
            "Belarus", "Kazakhstan", true, null, "Belarus – Kazakhstan: trade in goods, USD million");

    private static ChartValue usd(String amount) {
        return new ChartValue(new BigDecimal(amount), false);
    }

    private static SeriesChart.Point turnover(int year, String amount) {
        return new SeriesChart.Point(year, null, null, usd(amount));
    }

    @Test
    void aMissingYearStaysOnTheAxisAsANullSoTheLineBreaksThere() {
        SeriesChart.Model model = english.model(
                kazakhstan, List.of(turnover(2014, "966.6"), turnover(2015, "580"), turnover(2017, "700")));

        assertThat(model.years()).containsExactly(2014, 2015, 2016, 2017);
        assertThat(model.line().values().get(2)).isNull();
        assertThat(model.line().values().get(1).amount()).isEqualByComparingTo("580");

        // the drawn dataset holds the gap as a null, which LineAndShapeRenderer does not join across
        CategoryPlot plot = (CategoryPlot) english.draw(model).getPlot();
        assertThat(plot.getDataset(1).getColumnKeys()).containsExactly("2014", "2015", "2016", "2017");
        assertThat(plot.getDataset(1).getValue(0, 2)).isNull();
    }

    @Test
    void theLegendListsOnlyTheSeriesDrawn() {
        SeriesChart.Model model = english.model(
                kazakhstan,
                List.of(
                        new SeriesChart.Point(2019, usd("240"), null, usd("256")),
                        new SeriesChart.Point(2020, usd("290"), null, usd("307"))));

        assertThat(model.legend()).containsExactly("Exports", "Turnover");
        List<String> drawn = new ArrayList<>();
        CategoryPlot plot = (CategoryPlot) english.draw(model).getPlot();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            drawn.add(plot.getLegendItems().get(i).getLabel());
        }
        assertThat(drawn).containsExactly("Exports", "Turnover");
    }

    @Test
    void aSingleYearMakesNoChartButAFigureLine() {
        Exhibit exhibit =
                english.build(kazakhstan, List.of(new SeriesChart.Point(2020, usd("290"), usd("17.3"), null)));

        assertThat(exhibit).isInstanceOf(Exhibit.Figure.class);
        assertThat(exhibit.message())
                .isEqualTo("Belarus – Kazakhstan: trade in goods, USD million, 2020: exports $290 million,"
                        + " imports $17.3 million");
    }

    @Test
    void theTitleIsTheMessageOfTheData() {
        List<SeriesChart.Point> fixture = List.of(
                turnover(2014, "966.6"), turnover(2016, "400.1"), turnover(2019, "700"), turnover(2020, "847.9"));

        // 847.9 / 966.6 = 87.7%: below the 2014 peak, up from the 2016 low
        assertThat(english.model(kazakhstan, fixture).title())
                .isEqualTo("Trade with Kazakhstan recovered to 88% of its 2014 level");
        assertThat(russian.model(
                                new SeriesChart.Subject("Беларусь", "Казахстан", true, null, "Беларусь – Казахстан"),
                                fixture)
                        .title())
                .isEqualTo("Казахстан: товарооборот восстановился до 88\u00a0% от уровня 2014\u00a0г.");
    }

    @Test
    void anApproximateValueMakesTheMessageSayAbout() {
        SeriesChart.Model model = english.model(
                new SeriesChart.Subject("Minsk", "Georgia", false, null, "Minsk – Georgia"),
                List.of(
                        new SeriesChart.Point(2016, null, null, new ChartValue(new BigDecimal("16.6"), true)),
                        new SeriesChart.Point(2017, usd("7.9"), usd("10.9"), usd("18.8"))));

        assertThat(model.title())
                .isEqualTo(
                        "Trade of Minsk with Georgia rose from about $16.6 million in 2016 to $18.8 million in 2017");
    }

    private static SortedMap<Integer, ChartValue> values(Object... yearAndAmount) {
        SortedMap<Integer, ChartValue> m = new TreeMap<>();
        for (int i = 0; i < yearAndAmount.length; i += 2) {
            m.put((Integer) yearAndAmount[i], usd((String) yearAndAmount[i + 1]));
        }
        return m;
    }

    @Test
    void theMessageRuleTakesStreakThenPeakThenTheLatestAgainstThePeak() {
        assertThat(Trend.of(values(2016, "1", 2017, "2", 2018, "3", 2019, "4")))
                .extracting(Trend::kind, Trend::streak, Trend::reference)
                .containsExactly(Trend.Kind.GREW_IN_A_ROW, 3, 2016);
        // a gap year breaks the streak: 2016 -> 2018 is not a year-on-year rise
        assertThat(Trend.of(values(2015, "1", 2016, "2", 2018, "3", 2019, "4")).kind())
                .isEqualTo(Trend.Kind.PEAK);
        assertThat(Trend.of(values(2014, "10", 2015, "5", 2016, "6")))
                .extracting(Trend::kind, Trend::reference, Trend::percent)
                .containsExactly(Trend.Kind.RECOVERED, 2014, new BigDecimal("60"));
        assertThat(Trend.of(values(2014, "5", 2015, "10", 2016, "6")).kind()).isEqualTo(Trend.Kind.BELOW_PEAK);
        assertThat(Trend.of(values(2014, "5", 2020, "4")).kind()).isEqualTo(Trend.Kind.FELL);
        assertThat(Trend.of(values(2020, "4")).kind()).isEqualTo(Trend.Kind.SINGLE);
    }

    @Test
    void aSinglePartnerOrTargetIsAFigureLineNotABar() {
        HorizontalBars bars = new HorizontalBars(new ChartTheme(typeface, Texts.of(Language.EN)));
        Exhibit one = bars.turnoverByPartner(
                "Turnover by partner, 2020", "2020", List.of(new HorizontalBars.Bar("Kazakhstan", usd("847.9"), null)));
        Exhibit two = bars.turnoverByPartner(
                "Turnover by partner, 2020",
                "2020",
                List.of(
                        new HorizontalBars.Bar("Kazakhstan", usd("847.9"), null),
                        new HorizontalBars.Bar("Georgia", usd("112"), null)));

        assertThat(one).isInstanceOf(Exhibit.Figure.class);
        assertThat(one.message()).isEqualTo("Turnover by partner, 2020: Kazakhstan, $847.9 million");
        assertThat(two).isInstanceOf(Exhibit.Chart.class);
        assertThat(two.message())
                .isEqualTo("Kazakhstan had the largest turnover of the partners shown, 2020: $847.9 million");
    }

    @Test
    void aTargetsActualLineIsNotJoinedAcrossYearsWithoutAnActual() {
        TargetPathChart targets = new TargetPathChart(new ChartTheme(typeface, Texts.of(Language.EN)));
        TargetPathChart.Path path = new TargetPathChart.Path(
                "T021: $847.9 million in 2020, 84.8% of the target",
                "T021: Turnover, goods, deadline 2020",
                "USD million",
                List.of(
                        new TargetPathChart.Actual(2014, usd("966.6")),
                        new TargetPathChart.Actual(2016, usd("420")),
                        new TargetPathChart.Actual(2020, usd("847.9"))),
                2016,
                new BigDecimal("420"),
                2020,
                new BigDecimal("1000"));

        org.jfree.data.xy.XYDataset data = targets.build(path).getXYPlot().getDataset();

        assertThat(data.getItemCount(0)).isEqualTo(7);
        assertThat(data.getX(0, 1).intValue()).isEqualTo(2015);
        assertThat(data.getY(0, 1)).isNull();
        assertThat(data.getY(0, 2).doubleValue()).isEqualTo(420);
        assertThat(data.getSeriesCount()).as("actual and path").isEqualTo(2);
    }

    @Test
    void aTargetWithoutALevelToStartFromDrawsNoPathAndListsNone() {
        TargetPathChart targets = new TargetPathChart(new ChartTheme(typeface, Texts.of(Language.EN)));
        TargetPathChart.Path path = new TargetPathChart.Path(
                "T1",
                "T1",
                "USD million",
                List.of(new TargetPathChart.Actual(2019, usd("5")), new TargetPathChart.Actual(2020, usd("6"))),
                2019,
                BigDecimal.ZERO,
                2022,
                new BigDecimal("10"));

        var plot = targets.build(path).getXYPlot();

        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(1);
        assertThat(plot.getLegendItems().getItemCount()).isEqualTo(1);
        assertThat(plot.getLegendItems().get(0).getLabel()).isEqualTo("Actual");
    }
}
