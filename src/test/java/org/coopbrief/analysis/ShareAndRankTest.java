package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopbrief.analysis.TestData.fig;
import static org.coopbrief.analysis.TestData.usd;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.Period;
import org.junit.jupiter.api.Test;

class ShareAndRankTest {

    private static Map<ShareAndRank.Slot, Standing> standings(TestData.F... figures) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        TestData.entities().forEach(e -> entities.put(e.code(), e));
        return new ShareAndRank(entities).standings(TestData.pool(figures).all());
    }

    private static Standing of(Map<ShareAndRank.Slot, Standing> s, String partner, String indicator, String period) {
        return s.get(new ShareAndRank.Slot(usd(partner, indicator), Period.parse(period)));
    }

    @Test
    void aShareIsOfTheTotalOverThePartnersCoveredAndSaysSo() {
        var s = standings(
                fig("F1", "KZ", "turnover", "2020", "847.9"),
                fig("F2", "UZ", "turnover", "2020", "280").q("more_than"),
                fig("F3", "TJ", "turnover", "2020", "111.7"));
        Standing kz = of(s, "KZ", "turnover", "2020");
        // 847.9 / (847.9 + 280 + 111.7) = 847.9 / 1239.6
        assertThat(kz.sharePct()).isEqualByComparingTo("68.4011");
        assertThat(kz.shareBasis()).isEqualTo(ShareBasis.PEERS_TOTAL);
        assertThat(kz.peers()).isEqualTo(new Peers(EntityKind.COUNTRY, null));
        assertThat(kz.shareBasisLabel()).isEqualTo("total over 3 partners covered (countries)");
        assertThat(kz.total()).isEqualByComparingTo("1239.6");
        assertThat(kz.approximate()).as("the total includes 'more than 280'").isTrue();
        assertThat(kz.rank()).isEqualTo(1);
        assertThat(of(s, "TJ", "turnover", "2020").rank()).isEqualTo(3);
    }

    @Test
    void aShareIsOfTheWorldTotalWhenTheDataHasOne() {
        var s = standings(
                fig("F1", "KZ", "turnover", "2020", "847.9"), fig("F2", "WORLD", "turnover", "2020", "60000"));
        Standing kz = of(s, "KZ", "turnover", "2020");
        assertThat(kz.shareBasis()).isEqualTo(ShareBasis.WORLD_TOTAL);
        assertThat(kz.ofWorldTotal()).isTrue();
        assertThat(kz.peers()).isEqualTo(Peers.COUNTRIES);
        assertThat(kz.shareBasisLabel()).isEqualTo("world total");
        assertThat(kz.sharePct()).isEqualByComparingTo("1.4132");
        assertThat(kz.rank()).as("one partner covered: no rank").isNull();
    }

    @Test
    void ranksByTurnoverWithTheChangeFromThePreviousComparablePeriod() {
        var s = standings(
                fig("F1", "KZ", "turnover", "2019", "700"),
                fig("F2", "UZ", "turnover", "2019", "239"),
                fig("F3", "TJ", "turnover", "2019", "300"),
                fig("F4", "KZ", "turnover", "2020", "847.9"),
                fig("F5", "UZ", "turnover", "2020", "280"),
                fig("F6", "TJ", "turnover", "2020", "111.7"));
        Standing uz = of(s, "UZ", "turnover", "2020");
        assertThat(uz.rank()).isEqualTo(2);
        assertThat(uz.previousRank()).isEqualTo(3);
        assertThat(uz.rankChange()).as("up one place").isEqualTo(1);
        assertThat(of(s, "TJ", "turnover", "2020").rankChange()).isEqualTo(-1);
        assertThat(of(s, "KZ", "turnover", "2020").rankChange()).isZero();
    }

    @Test
    void exportsGetASharebutNoRank() {
        var s = standings(fig("F1", "KZ", "exports", "2020", "600"), fig("F2", "UZ", "exports", "2020", "200"));
        assertThat(of(s, "UZ", "exports", "2020").sharePct()).isEqualByComparingTo("25");
        assertThat(of(s, "UZ", "exports", "2020").rank()).isNull();
    }

    @Test
    void regionsAreComparedWithRegionsOfTheSameCountryNeverWithCountries() {
        var s = standings(
                fig("F1", "RU-STA", "turnover", "2016", "140"),
                fig("F2", "RU-TA", "turnover", "2016", "560"),
                fig("F3", "KZ", "turnover", "2016", "420"),
                fig("F4", "UZ", "turnover", "2016", "180"));
        Standing stavropol = of(s, "RU-STA", "turnover", "2016");
        assertThat(stavropol.shareBasis()).isEqualTo(ShareBasis.PEERS_TOTAL);
        assertThat(stavropol.peers()).isEqualTo(new Peers(EntityKind.REGION, "RU"));
        assertThat(stavropol.shareBasisLabel()).isEqualTo("total over 2 partners covered (regions of RU)");
        assertThat(stavropol.sharePct()).isEqualByComparingTo("20");
        assertThat(stavropol.rank()).isEqualTo(2);
        assertThat(of(s, "KZ", "turnover", "2016").sharePct()).isEqualByComparingTo("70");
    }

    @Test
    void blocsAndTheReporterItselfAreNeverPeers() {
        var s = standings(
                fig("F1", "CIS", "turnover", "2020", "30000"),
                fig("F2", "BY", "turnover", "2020", "1"),
                fig("F3", "KZ", "turnover", "2020", "847.9"),
                fig("F4", "UZ", "turnover", "2020", "280"));
        assertThat(of(s, "CIS", "turnover", "2020")).isNull();
        assertThat(of(s, "KZ", "turnover", "2020").partnersCovered()).isEqualTo(2);
    }

    @Test
    void noShareNorRankWithASinglePartnerAndNoWorldTotal() {
        var s = standings(fig("F1", "KZ", "turnover", "2020", "847.9"));
        assertThat(of(s, "KZ", "turnover", "2020")).isNull();
    }

    @Test
    void scopesAndPeriodsAreNeverMixed() {
        var s = standings(
                fig("F1", "KZ", "turnover", "2020", "847.9"),
                fig("F2", "UZ", "turnover", "2020", "280").scope("agrifood"),
                fig("F3", "TJ", "turnover", "2020-H1", "50"));
        assertThat(of(s, "KZ", "turnover", "2020")).isNull();
    }
}
