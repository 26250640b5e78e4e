package org.coopbrief.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DatesAndPlacesTest {

    @Test
    void partialDatesKeepTheirPrecision() {
        assertThat(PartialDate.parse("2019-06-14"))
                .isEqualTo(new PartialDate(LocalDate.of(2019, 6, 14), PartialDate.Precision.DAY));
        assertThat(PartialDate.parse("2019-06").precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.parse("2019").code()).isEqualTo("2019");
        assertThat(PartialDate.parse("2019-06").code()).isEqualTo("2019-06");
    }

    @Test
    void impossibleDatesAreRejected() {
        assertThatThrownBy(() -> PartialDate.parse("2019-02-30")).hasMessageContaining("not a calendar date");
        assertThatThrownBy(() -> PartialDate.parse("14.06.2019")).hasMessageContaining("not a date");
    }

    @Test
    void deadlineRangesCountAtTheirLastYear() {
        Deadline d = Deadline.parse("2021..2022");
        assertThat(d.isRange()).isTrue();
        assertThat(d.lastYear()).isEqualTo(2022);
        assertThat(Deadline.parse("2020").isRange()).isFalse();
        assertThatThrownBy(() -> Deadline.parse("2022..2021")).hasMessageContaining("forwards");
        assertThatThrownBy(() -> Deadline.parse("by 2020")).hasMessageContaining("not a deadline");
    }

    @Test
    void seedPlacesNameABookAndALine() {
        assertThat(SeedPlace.parseList("B0:8010;B1:301"))
                .containsExactly(new SeedPlace("B0", 8010), new SeedPlace("B1", 301));
        assertThatThrownBy(() -> SeedPlace.parseList("B2:10")).hasMessageContaining("not a seed place");
        assertThatThrownBy(() -> SeedPlace.parseList("B0:0")).hasMessageContaining("not a seed place");
    }

    @Test
    void vocabulariesAcceptTheDocumentedCodesOnly() {
        assertThat(Qualifier.parse("")).isEqualTo(Qualifier.EXACT);
        assertThat(Qualifier.parse("about").isApproximate()).isTrue();
        assertThat(Indicator.parse("turnover").isTradeFlow()).isTrue();
        assertThat(Indicator.parse("residents").isTradeFlow()).isFalse();
        assertThat(Unit.parse("RUB_M").currency()).contains("RUB");
        assertThat(Unit.USD_B.millionsPerUnit()).isEqualByComparingTo("1000");
        assertThatThrownBy(() -> Scope.parse("Goods")).hasMessageContaining("expected one of goods");
        assertThatThrownBy(() -> Unit.parse("USD million")).hasMessageContaining("not a unit");
    }
}
