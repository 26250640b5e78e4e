package org.coopbrief.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.coopbrief.chart.Typeface;
import org.junit.jupiter.api.Test;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** The broken-word finder itself: it sees what the library does to a column too narrow for its words. */
class BrokenWordsTest {

    private static final String STATUS = "Не достигнута";
    private static final String UNIT = "млн\u00a0долл.\u00a0США";
    private static final String RANGE = "2016–2018\u00a0гг.";

    private final BrokenWords finder = new BrokenWords(List.of("не достигнута млн долл. США", "Не достигнута"));

    @Test
    void aColumnTooNarrowForItsWordsBreaksThemAndTheFinderNamesEach() throws Exception {
        try (PDDocument pdf = tableWith(new float[] {30, 38, 36, 380})) {
            assertThat(finder.in(pdf))
                    .extracting(b -> b.above() + b.below())
                    .contains("достигнута", "долл.")
                    .anyMatch(joined -> joined.startsWith("2016–20"));
        }
    }

    @Test
    void columnsFittedToTheirLongestUnbreakableRunBreakNothing() throws Exception {
        PdfStyle style = new PdfStyle(Typeface.liberationSans());
        TableBuilder table =
                new TableBuilder(style, new float[] {30, 38, 36, 380}, "Статус", "Единица", "Годы", "Текст");
        table.text(STATUS).text(UNIT).text(RANGE).text("Товарооборот, товары");

        try (PDDocument pdf = render(table.build())) {
            assertThat(finder.in(pdf)).isEmpty();
        }
    }

    private static PDDocument tableWith(float[] widths) throws Exception {
        PdfStyle style = new PdfStyle(Typeface.liberationSans());
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        for (String text : new String[] {STATUS, UNIT, RANGE, "Товарооборот, товары"}) {
            table.addCell(new com.lowagie.text.Phrase(text, style.cell()));
        }
        return render(table);
    }

    private static PDDocument render(PdfPTable table) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Document document = new Document(PageSize.A4, 50, 50, 50, 50)) {
            PdfWriter.getInstance(document, bytes);
            document.open();
            document.add(table);
        }
        return Loader.loadPDF(bytes.toByteArray());
    }
}
