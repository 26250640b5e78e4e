package org.coopbrief.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopbrief.localisation.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbook of {@link ExcelWorkbookTest}'s dataset and report, in English and Russian, read
 * back with POI for what an analyst pivots on and prints: periods as data, one unit per numeric
 * column, numbers only in numeric columns, and the print setup of every sheet.
 */
class PivotReadyWorkbookTest {

    static final Path dir = Path.of("target/test-reports/pivot-ready-workbook-test");
    static Path english;
    static Path russian;

    @BeforeAll
    static void writeBothWorkbooks() throws IOException {
        ExcelWorkbookTest.writeWorkbook();
        WorkbookWriter.Inputs inputs = ExcelWorkbookTest.inputs;
        Files.createDirectories(dir);
        english = dir.resolve("coopbrief-2020.xlsx");
        new WorkbookWriter().write(english, "coopbrief-2020.xlsx", inputs);
        russian = dir.resolve("coopbrief-2020-ru.xlsx");
        new WorkbookWriter()
                .write(
                        russian,
                        "coopbrief-2020-ru.xlsx",
                        new WorkbookWriter.Inputs(inputs.run(), inputs.dataset(), inputs.report(), Language.RU));
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    private static Row rowWhere(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value + " in " + sheet.getSheetName());
    }

    private static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
    }

    private static LocalDate date(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(DateUtil.isCellDateFormatted(cell)).as("a date cell").isTrue();
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    /** Asserts the kind, year and first and last day beside a period, under the headers of {@code prefix}. */
    private static void assertPeriod(
            Sheet sheet, Row row, String prefix, String kind, Integer year, LocalDate start, LocalDate end) {
        assertThat(row.getCell(column(sheet, prefix + " kind")).getStringCellValue())
                .isEqualTo(kind);
        int yearColumn = column(sheet, prefix.equals("Actual period") ? "Actual year" : prefix + " year");
        if (year == null) {
            assertThat(row.getCell(yearColumn)).isNull();
            assertThat(row.getCell(column(sheet, prefix + " start"))).isNull();
            return;
        }
        assertThat(row.getCell(yearColumn).getNumericCellValue()).isEqualTo(year.doubleValue());
        assertThat(date(row, column(sheet, prefix + " start"))).isEqualTo(start);
        assertThat(date(row, column(sheet, prefix + " end"))).isEqualTo(end);
    }

    @Test
    void figuresComparisonsAndTargetsGiveEachPeriodItsKindYearAndFirstAndLastDay() throws IOException {
        try (XSSFWorkbook wb = open(english)) {
            Sheet figures = wb.getSheet("Figures");
            assertPeriod(
                    figures,
                    rowWhere(figures, 0, "F0005"),
                    "Period",
                    "year",
                    2018,
                    LocalDate.of(2018, 1, 1),
                    LocalDate.of(2018, 12, 31));
            Sheet comparisons = wb.getSheet("Comparisons");
            Row uz2019 = null;
            for (Row row : comparisons) {
                Cell period = row.getCell(ComparisonsSheet.PERIOD);
                Cell partner = row.getCell(2);
                if (row.getRowNum() > 0
                        && "UZ".equals(partner.getStringCellValue())
                        && "2019".equals(period.getStringCellValue())) {
                    uz2019 = row;
                }
            }
            assertThat(uz2019).isNotNull();
            assertPeriod(
                    comparisons, uz2019, "Period", "year", 2019, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
            Sheet targets = wb.getSheet("Targets");
            Row kazakhstan = rowWhere(targets, 0, "T020");
            // "within three to four years": the deadline 2021..2022 counts at its last year
            assertPeriod(
                    targets,
                    kazakhstan,
                    "Deadline",
                    "several years",
                    2022,
                    LocalDate.of(2021, 1, 1),
                    LocalDate.of(2022, 12, 31));
            assertPeriod(
                    targets,
                    kazakhstan,
                    "Actual period",
                    "year",
                    2020,
                    LocalDate.of(2020, 1, 1),
                    LocalDate.of(2020, 12, 31));
            Row open = rowWhere(targets, 0, "T030");
            assertThat(open.getCell(column(targets, "Deadline kind"))).isNull();
        }
        try (XSSFWorkbook wb = open(russian)) {
            Sheet comparisons = wb.getSheet("Сравнения");
            assertThat(comparisons
                            .getRow(1)
                            .getCell(column(comparisons, "Вид периода"))
                            .getStringCellValue())
                    .isEqualTo("год");
            Sheet targets = wb.getSheet("Цели");
            assertThat(rowWhere(targets, 0, "T020")
                            .getCell(column(targets, "Вид срока"))
                            .getStringCellValue())
                    .isEqualTo("несколько лет");
        }
    }

    @Test
    void moneyHasItsOwnUsdMillionColumnAndEveryUnitIsNamedInWords() throws IOException {
        try (XSSFWorkbook wb = open(english)) {
            Sheet figures = wb.getSheet("Figures");
            Row butter = rowWhere(figures, 0, "F0061"); // 1.2 USD_B
            assertThat(butter.getCell(column(figures, "Unit meaning")).getStringCellValue())
                    .isEqualTo("USD billion");
            assertThat(butter.getCell(column(figures, "Value (USD million)")).getNumericCellValue())
                    .isEqualTo(1200.0);
            Sheet comparisons = wb.getSheet("Comparisons");
            Row af = comparisons.getRow(1);
            assertThat(af.getCell(column(comparisons, "Unit meaning")).getStringCellValue())
                    .isEqualTo("USD million");
            assertThat(af.getCell(column(comparisons, "Value (USD million)")).getNumericCellValue())
                    .isEqualTo(af.getCell(ComparisonsSheet.VALUE).getNumericCellValue());
            Sheet targets = wb.getSheet("Targets");
            Row georgia = rowWhere(targets, 0, "T013");
            assertThat(georgia.getCell(column(targets, "Target (USD million)")).getNumericCellValue())
                    .isEqualTo(200.0);
            assertThat(georgia.getCell(column(targets, "Actual (USD million)")).getNumericCellValue())
                    .isEqualTo(150.0);
        }
    }

    @Test
    void noNumericColumnHoldsText() throws IOException {
        Map<String, List<Column>> sheets = Map.of(
                "Figures", FiguresSheet.COLUMNS,
                "Comparisons", ComparisonsSheet.COLUMNS,
                "Targets", TargetsSheet.COLUMNS,
                "Events", EventsSheet.COLUMNS,
                "Data quality", DataQualitySheet.COLUMNS,
                "Sources", SourcesSheet.COLUMNS);
        try (XSSFWorkbook wb = open(english)) {
            int numbers = 0;
            for (var e : sheets.entrySet()) {
                Sheet sheet = wb.getSheet(e.getKey());
                List<Column> columns = e.getValue();
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    for (int c = 0; c < columns.size(); c++) {
                        Styles.Kind kind = columns.get(c).kind();
                        Cell cell = row.getCell(c);
                        if (kind == Styles.Kind.TEXT || kind == Styles.Kind.WRAPPED || cell == null) {
                            continue;
                        }
                        CellType type = cell.getCellType() == CellType.FORMULA
                                ? cell.getCachedFormulaResultType()
                                : cell.getCellType();
                        assertThat(type)
                                .as(
                                        "%s row %d column %s",
                                        e.getKey(),
                                        row.getRowNum() + 1,
                                        columns.get(c).key())
                                .isEqualTo(CellType.NUMERIC);
                        numbers++;
                    }
                }
            }
            assertThat(numbers).isGreaterThan(100);
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRepeatedAndAPageFooter() throws IOException {
        for (Path file : List.of(english, russian)) {
            try (XSSFWorkbook wb = open(file)) {
                for (int i = 1; i < wb.getNumberOfSheets(); i++) { // the Summary is laid out by itself
                    XSSFSheet sheet = wb.getSheetAt(i);
                    String name = sheet.getSheetName();
                    assertThat(sheet.getFitToPage()).as(name).isTrue();
                    assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                    assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isZero();
                    assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                    CellRangeAddress repeated = sheet.getRepeatingRows();
                    assertThat(repeated).as(name).isNotNull();
                    assertThat(repeated.getFirstRow()).as(name).isZero();
                    assertThat(repeated.getLastRow()).as(name).isZero();
                    assertThat(sheet.getFooter().getCenter())
                            .as(name)
                            .isEqualTo(file == english ? "&A \u2014 page &P of &N" : "&A \u2014 страница &P из &N");
                }
            }
        }
    }
}
