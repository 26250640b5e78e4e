package org.coopbrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coopbrief.export.pdf.PdfReadBack;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

class ChartRenderingTest {

    private final Typeface typeface = Typeface.liberationSans();

    @TempDir
    Path dir;

    private JFreeChart russianSeries() {
        ChartTheme theme = new ChartTheme(typeface, Texts.of(Language.RU));
        return ((Exhibit.Chart) new SeriesChart(theme)
                        .build(
                                new SeriesChart.Subject("Беларусь", "Грузия", true, null, "Беларусь \u2013 Грузия"),
                                List.of(
                                        new SeriesChart.Point(
                                                2017,
                                                new ChartValue(new BigDecimal("7.9"), false),
                                                new ChartValue(new BigDecimal("10.9"), false),
                                                new ChartValue(new BigDecimal("18.8"), false)),
                                        new SeriesChart.Point(
                                                2018, null, null, new ChartValue(new BigDecimal("38.7"), true)))))
                .chart();
    }

    private Path pdfWith(JFreeChart chart) throws Exception {
        Path file = dir.resolve("chart.pdf");
        try (OutputStream out = Files.newOutputStream(file);
                Document document = new Document(PageSize.A4)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            BaseFont regular = BaseFont.createFont(
                    typeface.fileName(false), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, typeface.ttf(false), null);
            BaseFont bold = BaseFont.createFont(
                    typeface.fileName(true), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, typeface.ttf(true), null);
            PdfChartRenderer renderer = new PdfChartRenderer(new EmbeddedFontMapper(typeface, regular, bold));
            document.add(renderer.render(chart, writer.getDirectContent(), 480, 260));
        }
        return file;
    }

    @Test
    void aChartInAPdfIsAVectorDrawingWithRealCyrillicText() throws Exception {
        try (PdfReadBack pdf = new PdfReadBack(pdfWith(russianSeries()))) {
            assertThat(pdf.images(1)).as("bitmap images").isZero();
            assertThat(pdf.forms(1)).hasSize(1);
            assertThat(PdfReadBack.pathOperators(pdf.forms(1).get(0)))
                    .as("path operators")
                    .isGreaterThan(30);
            assertThat(pdf.text(1))
                    .contains(
                            "Беларусь \u2013 Грузия",
                            "Экспорт",
                            "Импорт",
                            "Товарооборот",
                            "млн\u00a0долл.\u00a0США",
                            "18,8",
                            "~38,7");
            assertThat(pdf.fontsNotEmbedded()).isEmpty();
            assertThat(pdf.fonts()).isNotEmpty().allMatch(f -> f.contains("LiberationSans"));
        }
    }

    @Test
    void theSameChartRendersAsPng() {
        byte[] png = new PngChartRenderer().render(russianSeries(), 600, 320);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(5_000);
    }

    @Test
    void attainmentBarsMarkTheTargetLineAndApproximateValues() throws Exception {
        ChartTheme theme = new ChartTheme(typeface, Texts.of(Language.EN));
        JFreeChart chart = ((Exhibit.Chart) new HorizontalBars(theme)
                        .attainment(
                                "Progress",
                                List.of(
                                        new HorizontalBars.Bar(
                                                "T013 Georgia",
                                                new ChartValue(new BigDecimal("56"), false),
                                                ChartTheme.MISSED),
                                        new HorizontalBars.Bar(
                                                "T021 Kazakhstan",
                                                new ChartValue(new BigDecimal("84.8"), true),
                                                ChartTheme.AT_RISK))))
                .chart();
        try (PdfReadBack pdf = new PdfReadBack(pdfWith(chart))) {
            assertThat(pdf.text(1)).contains("T013 Georgia", "56%", "~84.8%", "% of target", "~ approximate value");
            assertThat(pdf.images(1)).isZero();
        }
    }
}
