package org.coopbrief.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopbrief.CoopbriefTest;
import org.coopbrief.dataset.Period;
import org.coopbrief.localisation.Language;
import org.coopbrief.run.ReportSelection;
import org.coopbrief.run.RunParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The workbook of a run on the bundled data (reporter BY, period 2020, as of 2021-12-31) shows
 * the golden numbers of the comparisons (org.coopbrief.analysis.GoldenNumbersTest, worked out by
 * hand from the seed books), and its formulas give them back.
 */
@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/workbook-golden-test")
class WorkbookGoldenNumbersTest {

    private static Path file;

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    @BeforeEach
    void runTheMainJobOnceOnTheBundledData() throws Exception {
        if (file == null) {
            jobs.setJob(pipelineJob);
            RunParameters parameters = new RunParameters(
                    new ReportSelection(LocalDate.of(2021, 12, 31), Period.year(2020), "BY", List.of()),
                    List.of(Language.EN),
                    0,
                    Path.of("input").toAbsolutePath(),
                    "latest");
            JobExecution run = jobs.startJob(parameters.toJobParameters());
            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            file = Path.of("target/test-reports/workbook-golden-test/2020")
                    .resolve(Long.toString(run.getJobInstance().getInstanceId()))
                    .resolve("coopbrief-2020.xlsx");
        }
    }

    private static XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    private static Stream<Row> rows(Sheet sheet) {
        return StreamSupport.stream(sheet.spliterator(), false).filter(r -> r.getRowNum() > 0);
    }

    private static String text(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }

    private static double number(Row row, int column) {
        return row.getCell(column).getNumericCellValue();
    }

    /** A Comparisons row of the whole (no item) in USD million. */
    private static Row comparison(
            Sheet sheet, String reporter, String partner, String indicator, String scope, String period) {
        return rows(sheet)
                .filter(r -> reporter.equals(text(r, 0))
                        && partner.equals(text(r, 2))
                        && indicator.equals(text(r, 4))
                        && scope.equals(text(r, 5))
                        && text(r, 6) == null
                        && period.equals(text(r, ComparisonsSheet.PERIOD))
                        && "USD_M".equals(text(r, ComparisonsSheet.UNIT)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no comparison " + reporter + "-" + partner + " " + indicator + " " + scope + " " + period));
    }

    private static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    void comparisonsShowTheGoldenNumbers() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Sheet sheet = wb.getSheet("Comparisons");
            int change = ComparisonsSheet.CHANGE;
            int pct = ComparisonsSheet.CHANGE_PCT;
            // Afghanistan 2018 (B1:527): 38.7 against the printed "almost 30" of 2017: +8.7, +29.0 %, approximate
            Row af = comparison(sheet, "BY", "AF", "turnover", "goods", "2018");
            assertThat(number(af, ComparisonsSheet.VALUE)).isEqualTo(38.7);
            assertThat(number(af, ComparisonsSheet.PREVIOUS)).isEqualTo(30.0);
            assertThat(text(af, ComparisonsSheet.PREVIOUS + 1)).isEqualTo("reported");
            assertThat(number(af, change)).isCloseTo(8.7, within(5e-4));
            assertThat(number(af, pct)).isCloseTo(0.29, within(5e-6));
            assertThat(text(af, column(sheet, "Approximate"))).isEqualTo("~");
            // Uzbekistan 2019 (B0:6936): 239 against 239 / 1.5 = 159.33 ~ 159 implied (three digits): +80, +50.31 %
            Row uz2019 = comparison(sheet, "BY", "UZ", "turnover", "goods", "2019");
            assertThat(number(uz2019, ComparisonsSheet.PREVIOUS)).isEqualTo(159.0);
            assertThat(text(uz2019, ComparisonsSheet.PREVIOUS + 1)).isEqualTo("implied");
            assertThat(number(uz2019, change)).isCloseTo(80, within(5e-4));
            assertThat(number(uz2019, pct)).isCloseTo(0.503145, within(5e-6));
            // Uzbekistan 2020 (B0:6617): "exceeded 280" against 239: +41, +17.15 %
            Row uz2020 = comparison(sheet, "BY", "UZ", "turnover", "goods", "2020");
            assertThat(number(uz2020, change)).isCloseTo(41, within(5e-4));
            assertThat(number(uz2020, pct)).isCloseTo(0.171548, within(5e-6));
            // Stavropol Krai 2013 (B1:209): 6.7 billion RUB at 31.85 = 210.36 USD million; 2012 implied 4.47 billion
            // RUB at 31.09 = 143.78 ~ 144: +46.08 %
            Row stavropol = comparison(sheet, "BY", "RU-STA", "turnover", "goods", "2013");
            assertThat(number(stavropol, ComparisonsSheet.VALUE)).isCloseTo(210.3611, within(5e-4));
            assertThat(number(stavropol, ComparisonsSheet.PREVIOUS)).isEqualTo(144.0);
            assertThat(number(stavropol, pct)).isCloseTo(0.460841, within(5e-6));
            // Minsk city with Georgia 2017 (B1:333): balance 7.9 - 10.9 = -3.0, derived
            Row minsk = comparison(sheet, "BY-HM", "GE", "balance", "goods", "2017");
            assertThat(number(minsk, ComparisonsSheet.VALUE)).isCloseTo(-3.0, within(5e-4));
            assertThat(text(minsk, ComparisonsSheet.ORIGIN)).isEqualTo("derived");
            // Tajikistan 2020 (B0:7828): 5.5 times since 2016, 2016 ~ 20.3: CAGR (111.7 / 20.3)^(1/4) - 1 = 53.16 %
            Row tj = comparison(sheet, "BY", "TJ", "turnover", "goods", "2020");
            assertThat(text(tj, column(sheet, "CAGR from"))).isEqualTo("2016");
            assertThat(number(tj, ComparisonsSheet.CAGR)).isCloseTo(0.531579, within(5e-6));
            assertThat(tj.getCell(change)).as("2019 is not in the books").isNull();
            // 2020 goods turnover is known for 3 countries only: Kazakhstan is ranked 1 among them, but its
            // 68.40 % of their total is no share a reader may be shown (Standing.printableShare, as the briefings)
            Row kz = comparison(sheet, "BY", "KZ", "turnover", "goods", "2020");
            assertThat(kz.getCell(column(sheet, "Share"))).isNull();
            assertThat(number(kz, column(sheet, "Rank"))).isEqualTo(1.0);
            assertThat(text(kz, column(sheet, "Share basis"))).isEqualTo("total over 3 partners covered (countries)");
            assertThat(text(kz, column(sheet, "Focus period"))).isEqualTo("yes");
        }
    }

    @Test
    void everyFormulaGivesTheNumberTheApplicationComputed() throws IOException {
        try (XSSFWorkbook wb = open()) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (String name : List.of("Comparisons", "Targets", "Summary")) {
                for (Row row : wb.getSheet(name)) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        if (cell.getCachedFormulaResultType() == CellType.STRING) {
                            assertThat(evaluator.evaluate(cell).getStringValue())
                                    .isEqualTo(cell.getStringCellValue());
                        } else {
                            // amounts are stored to 6 decimals, percents to 4 (in percent): 5e-7 as a fraction
                            assertThat(evaluator.evaluate(cell).getNumberValue())
                                    .as("%s!%s", name, cell.getAddress())
                                    .isCloseTo(cell.getNumericCellValue(), within(1e-6));
                        }
                    }
                }
            }
            assertThat(formulas).isGreaterThan(50);
        }
    }

    @Test
    void targetsShowTheGoldenNumbers() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Sheet sheet = wb.getSheet("Targets");
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            // Kazakhstan, at least one billion in 2020 (B0:1721): 2020 847.9: attainment 84.79 %, gap 152.1, missed
            Row kz = rows(sheet)
                    .filter(r -> "T021".equals(text(r, 0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(number(kz, TargetsSheet.TARGET)).isEqualTo(1000.0);
            assertThat(number(kz, TargetsSheet.ACTUAL)).isEqualTo(847.9);
            assertThat(evaluator.evaluate(kz.getCell(TargetsSheet.ATTAINMENT)).getNumberValue())
                    .isCloseTo(0.8479, within(1e-9));
            assertThat(evaluator.evaluate(kz.getCell(TargetsSheet.GAP)).getNumberValue())
                    .isCloseTo(152.1, within(1e-9));
            assertThat(text(kz, TargetsSheet.STATUS)).isEqualTo("MISSED");
            assertThat(text(kz, column(sheet, "Deadline"))).isEqualTo("2020");
            // Kazakhstan, back to the 2014 record of 966.8 (B0:5588), no deadline: 87.70 %, gap 118.9, open
            Row record = rows(sheet)
                    .filter(r -> "T020".equals(text(r, 0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(number(record, TargetsSheet.ATTAINMENT)).isCloseTo(0.877017, within(5e-7));
            assertThat(number(record, TargetsSheet.GAP)).isCloseTo(118.9, within(1e-9));
            assertThat(text(record, TargetsSheet.STATUS)).isEqualTo("OPEN");
            // Georgia $200 million by 2020 (B0:7963): only 2017's $112 million of goods and services exists: compared,
            // marked approximate with the scope difference: 56 %, missed
            Row georgia = rows(sheet)
                    .filter(r -> "T013".equals(text(r, 0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(text(georgia, TargetsSheet.STATUS)).isEqualTo("MISSED");
            assertThat(number(georgia, TargetsSheet.ACTUAL)).isEqualTo(112.0);
            assertThat(number(georgia, TargetsSheet.ATTAINMENT)).isCloseTo(0.56, within(1e-9));
            assertThat(text(georgia, column(sheet, "Approximate")))
                    .isEqualTo("~ approximate: goods and services vs goods");
            // Uzbekistan, two joint research laboratories (B0:6453): never measured by the 15 joint projects
            Row laboratories = rows(sheet)
                    .filter(r -> "T041".equals(text(r, 0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(laboratories.getCell(TargetsSheet.ACTUAL)).isNull();
            assertThat(laboratories.getCell(TargetsSheet.ATTAINMENT)).isNull();
        }
    }

    @Test
    void figuresAndDataQualityShowTheConvertedRoublesAndTheConflict() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Row stavropol = rows(wb.getSheet("Figures"))
                    .filter(r -> "F0157".equals(text(r, 0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(number(stavropol, FiguresSheet.ORIGINAL_VALUE)).isEqualTo(6.7);
            assertThat(text(stavropol, FiguresSheet.ORIGINAL_VALUE + 1)).isEqualTo("RUB_B");
            assertThat(text(stavropol, FiguresSheet.ORIGINAL_VALUE + 2)).isEqualTo("Russian roubles, billion");
            assertThat(number(stavropol, FiguresSheet.USD_MILLION)).isCloseTo(210.3611, within(5e-4));
            // F0087 289.9 and F0088 "over 300" (B0:5820, B0:6088): two versions of one number
            Row conflict = rows(wb.getSheet("Data quality"))
                    .filter(r -> "conflict".equals(text(r, 1)))
                    .findFirst()
                    .orElseThrow();
            assertThat(text(conflict, 2)).contains("F0087").contains("F0088");
            assertThat(number(conflict, Column.indexOf(DataQualitySheet.COLUMNS, "quality.firstValue")))
                    .isEqualTo(289.9);
            assertThat(number(conflict, Column.indexOf(DataQualitySheet.COLUMNS, "quality.secondValue")))
                    .isEqualTo(300.0);
            assertThat(text(conflict, Column.indexOf(DataQualitySheet.COLUMNS, "quality.withinTolerance")))
                    .isEqualTo("no");
        }
    }

    @Test
    void countsShowWithoutDecimalsAndPercentagesAsPercent() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Sheet figures = wb.getSheet("Figures");
            int value = FiguresSheet.ORIGINAL_VALUE;
            // F0052: 2,400 enterprises of the EAEU (companies)
            Row companies = figureRow(figures, "F0052");
            assertThat(number(companies, value)).isEqualTo(2400.0);
            assertThat(companies.getCell(value).getCellStyle().getDataFormatString())
                    .isEqualTo(Styles.COUNT_FORMAT)
                    .isEqualTo("#,##0");
            assertThat(text(companies, value + 2)).isEqualTo("companies");
            // F0064: Belarus's 15 % of Georgia's imports of goods, a percent stored as a fraction
            Row share = figureRow(figures, "F0064");
            assertThat(number(share, value)).isEqualTo(0.15);
            assertThat(share.getCell(value).getCellStyle().getDataFormatString())
                    .isEqualTo("0.0%");
            // F0157: 6.7 RUB_B, money with decimals
            assertThat(figureRow(figures, "F0157").getCell(value).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.0#");
            // the same count on Comparisons
            Sheet comparisons = wb.getSheet("Comparisons");
            Row enterprises = rows(comparisons)
                    .filter(r -> "EAEU".equals(text(r, 2)) && "enterprises".equals(text(r, 4)))
                    .findFirst()
                    .orElseThrow();
            assertThat(enterprises
                            .getCell(ComparisonsSheet.VALUE)
                            .getCellStyle()
                            .getDataFormatString())
                    .isEqualTo("#,##0");
            assertThat(enterprises.getCell(ComparisonsSheet.USD_MILLION))
                    .as("not money")
                    .isNull();
        }
    }

    @Test
    void qualifierIsEmptyForAnExactNumberOnEverySheet() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Sheet figures = wb.getSheet("Figures");
            assertThat(rows(figures).map(r -> text(r, FiguresSheet.QUALIFIER)))
                    .doesNotContain("exact")
                    .contains("more_than", "almost", "about");
            assertThat(figureRow(figures, "F0052").getCell(FiguresSheet.QUALIFIER))
                    .isNull();
            Sheet targets = wb.getSheet("Targets");
            assertThat(rows(targets).map(r -> text(r, TargetsSheet.QUALIFIER))).doesNotContain("exact");
        }
    }

    @Test
    void aboutRecordsTheInputFolderRelativeToTheProject() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Row input = rows(wb.getSheet("About"))
                    .filter(r -> "Input".equals(text(r, 1)))
                    .findFirst()
                    .orElseThrow();
            assertThat(text(input, 2)).isEqualTo("input");
            assertThat(rows(wb.getSheet("About")).map(r -> text(r, 2)))
                    .noneMatch(t ->
                            t != null && t.contains(Path.of("").toAbsolutePath().toString()));
        }
    }

    private static Row figureRow(Sheet figures, String id) {
        return rows(figures).filter(r -> id.equals(text(r, 0))).findFirst().orElseThrow();
    }

    @Test
    void summaryRanksTheCountriesAndChartsThem() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Sheet summary = wb.getSheet("Summary");
            List<String> ranked = rows(summary)
                    .filter(r -> r.getCell(0) != null
                            && r.getCell(0).getCellType() == CellType.NUMERIC
                            && r.getCell(7) != null)
                    .map(r -> text(r, 7))
                    .toList();
            assertThat(ranked).containsExactly("KZ", "UZ", "TJ");
            assertThat(wb.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(3);
        }
    }
}
