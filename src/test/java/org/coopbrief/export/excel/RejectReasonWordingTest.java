package org.coopbrief.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopbrief.dataset.Problem;
import org.coopbrief.dataset.Reject;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;
import org.junit.jupiter.api.Test;

/** The Data quality sheet words a reject's problem in the workbook's language. */
class RejectReasonWordingTest {

    private static final String ENGLISH =
            "'12.x' is not a decimal number (digits with an optional '.' fraction, no grouping)";

    @Test
    void aRejectsProblemIsRussianInTheRussianWorkbookAndTheLoadsSentenceInTheEnglishOne() {
        Reject reject =
                new Reject("figures.csv", 12, "value", "12.x", ENGLISH, "F0100,...", Problem.of("notDecimal", "12.x"));

        assertThat(DataQualitySheet.reason(Texts.of(Language.RU), reject))
                .isEqualTo(
                        "«12.x» \u2014 не десятичное число (цифры, дробная часть через точку, без разделителей разрядов)");
        assertThat(DataQualitySheet.reason(Texts.of(Language.EN), reject)).isEqualTo(ENGLISH);
    }

    @Test
    void aRejectRecordedWithoutAProblemKeepsItsEnglishReason() {
        Reject old = new Reject("figures.csv", 12, "value", "12.x", ENGLISH, "F0100,...");

        assertThat(DataQualitySheet.reason(Texts.of(Language.RU), old)).isEqualTo(ENGLISH);
    }

    @Test
    void aStoredProblemReadsBackAsItWasWritten() {
        Problem p = Problem.of("fieldCount", 9, 19, "id,reporter");

        assertThat(Problem.decode(p.encode())).isEqualTo(p);
        assertThat(Problem.decode(null)).isNull();
    }
}
