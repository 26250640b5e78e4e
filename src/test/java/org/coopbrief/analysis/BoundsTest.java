package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopbrief.analysis.TestData.d;

import org.coopbrief.dataset.Qualifier;
import org.junit.jupiter.api.Test;

class BoundsTest {

    private static Bounds b(String value, String qualifier) {
        return Bounds.around(d(value), PrintedPrecision.halfUnit(d(value)), Qualifier.parse(qualifier));
    }

    @Test
    void anExactNumberStandsForItsRoundingInterval() {
        Bounds x = b("38.7", "");
        assertThat(x.low()).isEqualByComparingTo("38.65");
        assertThat(x.high()).isEqualByComparingTo("38.75");
        assertThat(x.describe(2)).isEqualTo("38.65..38.75");
    }

    @Test
    void moreThanAndAlmostAreOneSided() {
        assertThat(b("300", "more_than").describe(1)).isEqualTo("299.5 or more");
        assertThat(b("30", "almost").describe(2)).isEqualTo("at most 30.5");
        assertThat(b("40", "about").describe(1))
                .as("about: the rounding only, marked approximate elsewhere")
                .isEqualTo("39.5..40.5");
    }

    @Test
    void twoVersionsDisagreeOnlyWhenTheirBoundsDoNotMeet() {
        assertThat(b("289.9", "").meets(b("300", "more_than"))).isFalse();
        assertThat(b("60.2", "").meets(b("60.2", "about"))).isTrue();
        assertThat(b("29.6", "").meets(b("30", "almost"))).isTrue();
        assertThat(b("30.6", "").meets(b("30", "almost"))).isFalse();
    }

    @Test
    void sumsAndDifferencesWidenTheBounds() {
        Bounds sum = b("7.9", "").plus(b("10.9", ""));
        assertThat(sum.low()).isEqualByComparingTo("18.7");
        assertThat(sum.high()).isEqualByComparingTo("18.9");
        Bounds difference = b("280", "more_than").minus(b("237", "more_than"));
        assertThat(difference.low()).as("unknown: both are only lower bounds").isNull();
        assertThat(difference.high()).isNull();
    }

    @Test
    void growthBoundsOpenUpwardsWhenTheBaseMayBeSmaller() {
        // 38.7 against "almost 30": at least 38.65 / 30.5 - 1 = 26.72%, no upper bound
        Bounds g = b("38.7", "").growthPctOver(b("30", "almost"));
        assertThat(g.low().doubleValue()).isCloseTo(26.7213, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(g.high()).isNull();
    }

    @Test
    void theAllowanceIsHowFarTwoNumbersMayBeApartAndStillAgree() {
        // 18.8 ± 0.05 against 18.8 ± 0.1: apart by up to 0.15 either way
        Bounds t = b("18.8", "");
        Bounds sum = b("7.9", "").plus(b("10.9", ""));
        assertThat(sum.allowance(d("18.8"), t, d("18.8"))).isEqualByComparingTo("0.15");
    }
}
