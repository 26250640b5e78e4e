package org.coopbrief.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.coopbrief.chart.Typeface;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.BaseFont;

class ColumnFitTest {

    private final BaseFont font = new PdfStyle(Typeface.liberationSans()).regular();

    @Test
    void theLibraryBreaksAtSpacesAndAfterHyphensButNeverAtNoBreakSpacesOrDashes() {
        assertThat(ColumnFit.unbreakableRuns("Не достигнута")).containsExactly("Не", "достигнута");
        assertThat(ColumnFit.unbreakableRuns("1\u00a0000 млн\u00a0долл.\u00a0США"))
                .containsExactly("1\u00a0000", "млн\u00a0долл.\u00a0США");
        assertThat(ColumnFit.unbreakableRuns("2016–2018\u00a0гг.")).containsExactly("2016–2018\u00a0гг.");
        assertThat(ColumnFit.unbreakableRuns("Китайско-Белорусский\nпарк"))
                .containsExactly("Китайско-", "Белорусский", "парк");
    }

    @Test
    void aColumnTooNarrowForItsLongestRunTakesTheWidthFromTheColumnsWithRoomInProportion() {
        ColumnFit fit = new ColumnFit(new float[] {1, 1, 2}, 200); // planned 50, 50, 100 points
        String unit = "млн\u00a0долл.\u00a0США";
        fit.measure(0, unit, font, 8);
        fit.measure(1, "a", font, 8);
        fit.measure(2, "a", font, 8);
        float needed = font.getWidthPoint(unit, 8) + ColumnFit.PADDING;
        float least = font.getWidthPoint("a", 8) + ColumnFit.PADDING;

        float[] widths = fit.widths();

        assertThat(needed).isGreaterThan(50);
        assertThat(widths[0]).isCloseTo(needed, within(0.01f));
        assertThat(widths[0] + widths[1] + widths[2]).isCloseTo(200, within(0.01f));
        assertThat((100 - widths[2]) / (50 - widths[1]))
                .as("each gives in proportion to its room")
                .isCloseTo((100 - least) / (50 - least), within(0.01f));
    }

    @Test
    void aHeadingThatFitsItsPlannedColumnStaysOnOneLine() {
        ColumnFit fit = new ColumnFit(new float[] {1, 1, 1}, 180); // 60 points each
        fit.measureHeading(1, "Заявл. рост", font, 8);
        fit.measure(0, "Межправительственная", font, 8);

        float[] widths = fit.widths();

        assertThat(widths[1]).isGreaterThanOrEqualTo(font.getWidthPoint("Заявл. рост", 8) + ColumnFit.PADDING);
        assertThat(widths[0]).isGreaterThanOrEqualTo(font.getWidthPoint("Межправительственная", 8));
    }
}
