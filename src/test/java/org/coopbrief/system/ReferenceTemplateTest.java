package org.coopbrief.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.coopbrief.localisation.Language;
import org.junit.jupiter.api.Test;

class ReferenceTemplateTest {

    @Test
    void everyPlaceholderTakesItsValueAndTheRestStaysAsWritten() {
        assertThat(new ReferenceTemplate("CB-{period}-{run}").expand("2020", 17, "BY", "en"))
                .isEqualTo("CB-2020-17");
        assertThat(new ReferenceTemplate(" {reporter}/{period}/{run}/{lang} ({run}) ").expand("2021Q1", 3, "BY", "ru"))
                .isEqualTo("BY/2021Q1/3/ru (3)");
        assertThat(new ReferenceTemplate("No. 4-12/$1").expand("2020", 1, "BY", "en"))
                .as("no placeholder, and a dollar sign is text")
                .isEqualTo("No. 4-12/$1");
    }

    @Test
    void anUnknownPlaceholderOrAStrayBraceIsRefusedWithTheKeyAndTheKnownOnes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReferenceTemplate("CB-{year}-{run}-{Period}"))
                .withMessage("coopbrief.briefing.reference 'CB-{year}-{run}-{Period}': unknown placeholder {year},"
                        + " {Period} (known: {period}, {run}, {reporter}, {lang})");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReferenceTemplate("CB-{period-{run}"))
                .withMessageContaining("a brace that opens or closes no placeholder");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReferenceTemplate("CB-{run}}"))
                .withMessageContaining("a brace");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReferenceTemplate(" "))
                .withMessageContaining("must not be blank");
    }

    @Test
    void issuingBodiesAreKeptByLanguageAndAnUnknownLanguageIsRefused() {
        var briefing = new CoopbriefProperties.Briefing(
                "",
                "coopbrief",
                Map.of("RU", " Министерство ", "en", " "),
                CoopbriefProperties.Briefing.DEFAULT_REFERENCE,
                0);
        assertThat(briefing.issuingBody(Language.RU)).contains("Министерство");
        assertThat(briefing.issuingBody(Language.EN))
                .as("blank: the language's default line")
                .isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CoopbriefProperties.Briefing("", "coopbrief", Map.of("de", "Amt"), "CB-{run}", 0))
                .withMessageStartingWith("coopbrief.briefing.issuing-body.de: 'de' is not a language");
    }
}
