package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.coopbrief.analysis.TestData.d;

import java.math.BigDecimal;

import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsdNormaliserTest {

    private final UsdNormaliser normaliser = new UsdNormaliser(TestData.RUB_RATES);

    private UsdNormaliser.Normalised usd(String value, String unit, String period) {
        return normaliser.normalise(d(value), d("0.5"), Unit.parse(unit), Period.parse(period));
    }

    @ParameterizedTest
    @CsvSource({"818,USD_K,0.818", "38.7,USD_M,38.7", "1.2,USD_B,1200", "0.5,USD_T,500000", "250000,USD,0.25"})
    void scalesEveryUsdMagnitudeToMillionsWithoutARate(String value, String unit, String millions) {
        UsdNormaliser.Normalised n = usd(value, unit, "2018");
        assertThat(n.unit()).isEqualTo(Unit.USD_M);
        assertThat(n.amount()).isEqualByComparingTo(millions);
        assertThat(n.viaRate()).isFalse();
    }

    @Test
    void convertsRoublesAtTheAnnualAverageRateOfTheFiguresYear() {
        // Stavropol Krai 2013: 6.7 billion roubles at 31.85 RUB per USD = 6700 / 31.85 = 210.361 USD million
        UsdNormaliser.Normalised n = usd("6.7", "RUB_B", "2013");
        assertThat(n.unit()).isEqualTo(Unit.USD_M);
        assertThat(n.amount().doubleValue()).isCloseTo(210.361067, within(1e-6));
        assertThat(n.viaRate()).isTrue();
        assertThat(n.basis().in(org.coopbrief.localisation.Texts.of(org.coopbrief.localisation.Language.EN)))
                .isEqualTo(
                        "6.7\u00a0RUB billion at 31.85 RUB per USD (2013 annual average; Bank of Russia, annual average)");
        assertThat(n.basis().in(org.coopbrief.localisation.Texts.of(org.coopbrief.localisation.Language.RU)))
                .isEqualTo("6,7\u00a0млрд\u00a0руб. по курсу 31,85 за доллар США (среднегодовой за 2013\u00a0г.;"
                        + " Банк России, среднегодовой)");
        // the tolerance converts too: 0.5 billion roubles / 31.85
        assertThat(n.tolerance().doubleValue()).isCloseTo(500 / 31.85, within(1e-6));
    }

    @Test
    void aPartialYearUsesItsYearsRate() {
        assertThat(usd("2300", "RUB_M", "2014-01..07").amount().doubleValue()).isCloseTo(2300 / 38.42, within(1e-6));
    }

    @Test
    void keepsRoublesInRoublesWhenTheYearHasNoRate() {
        UsdNormaliser.Normalised n = usd("5.1", "RUB_B", "2011");
        assertThat(n.unit()).isEqualTo(Unit.RUB_B);
        assertThat(n.amount()).isEqualByComparingTo("5.1");
        assertThat(n.basis().in(org.coopbrief.localisation.Texts.of(org.coopbrief.localisation.Language.EN)))
                .contains("no RUB per USD rate for 2011");
    }

    @Test
    void neverConvertsAMultiYearTotalAtOneYearsRate() {
        UsdNormaliser.Normalised n = usd("20", "RUB_B", "2012..2014");
        assertThat(n.unit()).isEqualTo(Unit.RUB_B);
        assertThat(n.basis().in(org.coopbrief.localisation.Texts.of(org.coopbrief.localisation.Language.EN)))
                .contains("no single annual RUB rate");
    }

    @ParameterizedTest
    @CsvSource({"525,UNITS", "94000,T", "100,PERSONS", "15,PERCENT"})
    void leavesPhysicalUnitsAsTheyAre(String value, String unit) {
        UsdNormaliser.Normalised n = usd(value, unit, "2019");
        assertThat(n.unit()).isEqualTo(Unit.parse(unit));
        assertThat(n.amount()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(n.viaRate()).isFalse();
    }
}
