package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.coopbrief.analysis.TestData.d;

import org.coopbrief.dataset.GrowthKind;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.StatedGrowth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedPrecisionTest {

    @ParameterizedTest
    @CsvSource({"38.7,0.05", "200,0.5", "300,0.5", "6.7,0.05", "847.9,0.05", "0.818,0.0005", "1,0.5", "-3,0.5", "0,0.5"
    })
    void aNumberIsGoodToHalfAUnitOfItsLastPrintedDigit(String printed, String half) {
        assertThat(PrintedPrecision.halfUnit(d(printed))).isEqualByComparingTo(half);
    }

    private static StatedGrowth growth(String pct, String text, GrowthKind kind) {
        return new StatedGrowth(d(pct), text, kind, Period.parse("2017"));
    }

    @Test
    void aStatedGrowthIsGoodToHalfAUnitOfThePrintedNumberInItsWords() {
        assertThat(PrintedPrecision.growthTolerance(growth("31", "by 31%", GrowthKind.PCT)))
                .isEqualByComparingTo("0.5");
        assertThat(PrintedPrecision.growthTolerance(growth("34.3", "grew by 34.3%", GrowthKind.PCT)))
                .isEqualByComparingTo("0.05");
        // "1.5 times" is 1.45..1.55 times: ±5 percentage points
        assertThat(PrintedPrecision.growthTolerance(growth("50", "1.5 times", GrowthKind.TIMES)))
                .isEqualByComparingTo("5");
        // an index "142%" is +42% ±0.5
        assertThat(PrintedPrecision.growthTolerance(growth("42", "growth rate of 142%", GrowthKind.INDEX)))
                .isEqualByComparingTo("0.5");
    }

    @Test
    void aDeclineInTimesPropagatesThroughTheReciprocal() {
        // (1/m - 1) x 100 with m = 2.1 ± 0.05: sensitivity 100 / m² = 22.68 per unit of m
        assertThat(PrintedPrecision.growthTolerance(growth("-52.38", "declined 2.1 times", GrowthKind.TIMES))
                        .doubleValue())
                .isCloseTo(0.05 * 100 / (2.1 * 2.1), within(1e-9));
    }

    @Test
    void growthInWordsWithoutANumberIsTakenToTheUnitOfItsPercent() {
        assertThat(PrintedPrecision.growthTolerance(growth("50", "increased by half", GrowthKind.PCT)))
                .isEqualByComparingTo("0.5");
    }

    @Test
    void qualifyingWordsMakeAStatedGrowthABound() {
        Bounds moreThanDoubled = PrintedPrecision.growthBounds(growth("100", "more than doubled", GrowthKind.TIMES));
        assertThat(moreThanDoubled.low()).isEqualByComparingTo("99.5");
        assertThat(moreThanDoubled.high()).isNull();
        Bounds almost = PrintedPrecision.growthBounds(growth("65", "by almost 65 percent", GrowthKind.PCT));
        assertThat(almost.low()).isNull();
        assertThat(almost.high()).isEqualByComparingTo("65.5");
        assertThat(PrintedPrecision.growthQualifier(growth("9", "exceeded 9 percent", GrowthKind.PCT)))
                .isEqualTo(Qualifier.MORE_THAN);
        assertThat(PrintedPrecision.growthQualifier(growth("31", "increased by 31%", GrowthKind.PCT)))
                .isEqualTo(Qualifier.EXACT);
    }

    @ParameterizedTest
    @CsvSource({
        // 1.2 x 289.9 = 347.88, 289.9 good to ±0.05: ±0.06, so to the tenth
        "347.88,0.06,347.9",
        // exports 38.4 + imports 0.3, each ±0.05
        "38.7,0.1,38.7",
        // 1.2 billion (±50 million) + 45.3 million: to the hundred, but three significant digits stay
        "1245.3,50.05,1250",
        // a RUB figure converted at a rate: ±1.57 keeps units
        "210.3611,1.57,210",
        // small results keep three significant digits
        "0.31234,0.1,0.312",
        // exact inputs change nothing
        "347.88,0,347.88"
    })
    void aComputedValueIsRoundedToThePrecisionOfItsInputs(String value, String tolerance, String expected) {
        assertThat(PrintedPrecision.toTolerance(d(value), d(tolerance))).isEqualByComparingTo(expected);
    }

    @Test
    void onlyAPercentPrintedAsSuchIsAsPrinted() {
        assertThat(PrintedPrecision.printedAsPercent(growth("31", "by 31%", GrowthKind.PCT)))
                .isTrue();
        assertThat(PrintedPrecision.printedAsPercent(growth("7", "grew by more than seven per cent", GrowthKind.PCT)))
                .isFalse();
        assertThat(PrintedPrecision.printedAsPercent(growth("100", "more than doubled", GrowthKind.TIMES)))
                .isFalse();
        assertThat(PrintedPrecision.printedAsPercent(growth("50", "1.5 times", GrowthKind.TIMES)))
                .isFalse();
        assertThat(PrintedPrecision.printedAsPercent(growth("42", "growth rate of 142%", GrowthKind.INDEX)))
                .isFalse();
        assertThat(PrintedPrecision.printedAsPercent(growth("33.33", "by almost a third", GrowthKind.PCT)))
                .isFalse();
    }
}
