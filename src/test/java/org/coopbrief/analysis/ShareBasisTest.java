package org.coopbrief.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopbrief.analysis.TestData.fig;
import static org.coopbrief.analysis.TestData.usd;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.Period;
import org.junit.jupiter.api.Test;

/** The basis of a share: a typed value, worded as the stored results and the workbook have always shown it. */
class ShareBasisTest {

    @Test
    void theLabelsAreTheWordsTheResultsHaveAlwaysCarried() {
        assertThat(ShareBasis.WORLD_TOTAL.label(4, Peers.COUNTRIES)).isEqualTo("world total");
        assertThat(ShareBasis.PEERS_TOTAL.label(3, new Peers(EntityKind.COUNTRY, null)))
                .isEqualTo("total over 3 partners covered (countries)");
        assertThat(ShareBasis.PEERS_TOTAL.label(2, new Peers(EntityKind.REGION, "RU")))
                .isEqualTo("total over 2 partners covered (regions of RU)");
        assertThat(ShareBasis.PEERS_TOTAL.label(5, new Peers(EntityKind.CITY, "KZ")))
                .isEqualTo("total over 5 partners covered (cities of KZ)");
        assertThat(ShareBasis.PEERS_TOTAL.label(2, new Peers(EntityKind.COMPANY, null)))
                .isEqualTo("total over 2 partners covered (companies)");
        assertThat(new Peers(EntityKind.DISTRICT, "BY-HM").label()).isEqualTo("districts of BY-HM");
    }

    @Test
    void aStandingNamesItsBasisAndItsPeers() {
        Map<String, Entity> entities = new LinkedHashMap<>();
        TestData.entities().forEach(e -> entities.put(e.code(), e));
        var s = new ShareAndRank(entities)
                .standings(TestData.pool(
                                fig("F1", "RU-STA", "turnover", "2016", "140"),
                                fig("F2", "RU-TA", "turnover", "2016", "560"),
                                fig("F3", "KZ", "turnover", "2016", "420"),
                                fig("F4", "WORLD", "turnover", "2016", "6000"))
                        .all());
        Standing region = s.get(new ShareAndRank.Slot(usd("RU-TA", "turnover"), Period.parse("2016")));
        assertThat(region.shareBasis()).isEqualTo(ShareBasis.PEERS_TOTAL);
        assertThat(region.ofWorldTotal()).isFalse();
        assertThat(region.peers()).isEqualTo(new Peers(EntityKind.REGION, "RU"));
        assertThat(region.partnersCovered()).isEqualTo(2);
        Standing country = s.get(new ShareAndRank.Slot(usd("KZ", "turnover"), Period.parse("2016")));
        assertThat(country.shareBasis()).isEqualTo(ShareBasis.WORLD_TOTAL);
        assertThat(country.ofWorldTotal()).isTrue();
        assertThat(country.peers()).isEqualTo(Peers.COUNTRIES);
        assertThat(country.sharePct()).isEqualByComparingTo("7");
    }

    @Test
    void anUnknownPartnerHasNoPeersSoNeitherShareNorRank() {
        Map<String, Entity> entities = new LinkedHashMap<>();
        TestData.entities().forEach(e -> entities.put(e.code(), e));
        var s = new ShareAndRank(entities)
                .standings(TestData.pool(
                                fig("F1", "XX", "turnover", "2020", "50"),
                                fig("F2", "KZ", "turnover", "2020", "847.9"),
                                fig("F3", "UZ", "turnover", "2020", "280"))
                        .all());
        assertThat(s.get(new ShareAndRank.Slot(usd("XX", "turnover"), Period.parse("2020"))))
                .isNull();
        assertThat(s.get(new ShareAndRank.Slot(usd("KZ", "turnover"), Period.parse("2020")))
                        .partnersCovered())
                .isEqualTo(2);
    }

    @Test
    void theStoredLabelReadsBackAsTheSameBasisAndPeers() {
        assertThat(ResultTables.shareBasis("world total"))
                .isEqualTo(new ResultTables.StoredBasis(ShareBasis.WORLD_TOTAL, Peers.COUNTRIES));
        for (EntityKind kind : EntityKind.values()) {
            for (String parent : new String[] {null, "RU", "BY-HM"}) {
                Peers peers = new Peers(kind, parent);
                String label = ShareBasis.PEERS_TOTAL.label(12, peers);
                assertThat(ResultTables.shareBasis(label))
                        .as(label)
                        .isEqualTo(new ResultTables.StoredBasis(ShareBasis.PEERS_TOTAL, peers));
            }
        }
    }

    @Test
    void aStoredLabelTheAnalysisDoesNotWriteIsRefused() {
        assertThatThrownBy(() -> ResultTables.shareBasis("world"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'world'");
        assertThatThrownBy(() -> ResultTables.shareBasis("total over 2 partners covered (planets)"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no kind of entity");
    }
}
