package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;
import org.junit.jupiter.api.Test;

class ReasonTest {

    private final Reason missed = Reason.of(Reason.Code.DEADLINE_PASSED, "2020")
            .and(
                    Reason.Code.LATEST,
                    Period.year(2019),
                    Reason.amount(new BigDecimal("150.00"), true),
                    Unit.USD_M,
                    new BigDecimal("200.00"))
            .and(Reason.Code.NOT_COMPARED, Scope.GOODS_SERVICES, Period.year(2017), "112", Unit.USD_M);

    @Test
    void aReasonIsWordedInEachLanguageFromTheBundles() {
        assertThat(missed.in(Texts.of(Language.EN)))
                .isEqualTo("the deadline (2020) passed without reaching it; latest actual 2019: ~150 USD million"
                        + " against 200 USD million; not compared, another scope or unit: goods and services, 2017:"
                        + " 112 USD million");
        String russian = missed.in(Texts.of(Language.RU));
        assertThat(russian).startsWith("срок (2020) истёк, цель не достигнута; последний факт за 2019");
        assertThat(russian).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void aReasonReadsBackAsStored() {
        assertThat(Reason.decode(missed.encode())).isEqualTo(missed);
        Reason share = Reason.of(Reason.Code.SHARE_OF_PEERS, "3", "region:RU");
        assertThat(share.in(Texts.of(Language.RU), code -> code.equals("RU") ? "Россия" : code))
                .isEqualTo("сумма по регионам России, охваченным данными (3)");
    }

    @Test
    void aConversionStoredBeforeTheRussianSourceNamesItsEnglishSource() {
        Reason now = Reason.of(
                Reason.Code.CONVERTED,
                Reason.level(null, new BigDecimal("6.7"), Unit.RUB_B),
                new BigDecimal("31.85"),
                "RUB",
                2013,
                "Bank of Russia",
                "Банк России");
        String stored = now.encode();
        String beforeV10 = stored.substring(0, stored.lastIndexOf('\u001F'));

        assertThat(Reason.decode(stored).in(Texts.of(Language.RU))).endsWith("2013\u00a0г.; Банк России)");
        assertThat(Reason.decode(beforeV10).in(Texts.of(Language.RU))).endsWith("2013\u00a0г.; Bank of Russia)");
        assertThat(Reason.decode(beforeV10).in(Texts.of(Language.EN)))
                .isEqualTo(now.in(Texts.of(Language.EN)))
                .endsWith("(2013 annual average; Bank of Russia)");
    }

    @Test
    void aTextStoredBeforeReasonsWereStructuredIsKeptAsItIs() {
        assertThat(Reason.decode("latest actual 2020: 5 USD m").in(Texts.of(Language.EN)))
                .isEqualTo("latest actual 2020: 5 USD m");
        assertThat(Reason.of(Reason.Code.BASELINE_UNKNOWN, Indicator.EXPORTS, Period.year(2020))
                        .in(Texts.of(Language.RU)))
                .doesNotContainPattern("[A-Za-z]");
    }
}
