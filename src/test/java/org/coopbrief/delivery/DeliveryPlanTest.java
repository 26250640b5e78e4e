package org.coopbrief.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopbrief.localisation.Language;
import org.coopbrief.system.DeliverySettings.Recipient;
import org.junit.jupiter.api.Test;

/** Who receives which files, over how many messages: the plan alone, without Spring or a server. */
class DeliveryPlanTest {

    private static final Map<String, Long> FILES = new TreeMap<>(Map.of(
            "coopbrief-briefing-2020-en.pdf", 120_000L,
            "coopbrief-briefing-2020-ru.pdf", 130_000L,
            "partners/KZ-2020-ru.pdf", 80_000L,
            "partners/GE-2020-ru.pdf", 70_000L,
            "partners/KZ-2020-en.pdf", 75_000L,
            "coopbrief-2020.xlsx", 900_000L,
            "run.log", 2_000L));

    @Test
    void aDeskReceivesItsPartnersAndTheOverallBriefingInItsLanguage() {
        var plan = DeliveryPlan.of(
                Map.of("kz-desk", new Recipient("kz@mfa.test", "ru", true, List.of("KZ"), false)),
                "2020",
                FILES,
                20L << 20);
        assertThat(plan.messages()).singleElement().satisfies(m -> {
            assertThat(m.language()).isEqualTo(Language.RU);
            assertThat(m.files()).containsExactly("coopbrief-briefing-2020-ru.pdf", "partners/KZ-2020-ru.pdf");
            assertThat(m.part()).isEqualTo(1);
            assertThat(m.parts()).isEqualTo(1);
        });
        assertThat(plan.notes()).isEmpty();
    }

    @Test
    void filesAreSplitInOrderAndAFileLargerThanTheLimitGoesAlone() {
        var plan = DeliveryPlan.of(
                Map.of("all", new Recipient("all@mfa.test", "ru", true, List.of("all"), true)), "2020", FILES, 300_000);
        assertThat(plan.messages())
                .extracting(PlannedMessage::files)
                .containsExactly(
                        List.of("coopbrief-briefing-2020-ru.pdf"),
                        List.of("partners/GE-2020-ru.pdf", "partners/KZ-2020-ru.pdf"),
                        // no Russian workbook in this run: the English one, alone, though above the limit
                        List.of("coopbrief-2020.xlsx"));
        assertThat(plan.messages()).extracting(PlannedMessage::parts).containsOnly(3);
        assertThat(plan.messages()).extracting(PlannedMessage::part).containsExactly(1, 2, 3);
    }

    @Test
    void aPartnerWithoutABriefingInTheRunIsNotedNotDropped() {
        var plan = DeliveryPlan.of(
                Map.of("uz-desk", new Recipient("uz@mfa.test", "en", false, List.of("UZ"), false)),
                "2020",
                FILES,
                20L << 20);
        assertThat(plan.messages()).isEmpty();
        assertThat(plan.notes())
                .containsExactly(
                        "uz-desk: no briefing for partner UZ in en in this run (the analysis gives none)",
                        "uz-desk: nothing of this run to send");
    }
}
