package org.coopbrief.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.Change;
import org.coopbrief.analysis.Comparability;
import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.EntityRef;
import org.coopbrief.analysis.FindingKind;
import org.coopbrief.analysis.FindingRow;
import org.coopbrief.analysis.GrowthRow;
import org.coopbrief.analysis.Level;
import org.coopbrief.analysis.Origin;
import org.coopbrief.analysis.Peers;
import org.coopbrief.analysis.ShareBasis;
import org.coopbrief.analysis.Standing;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.analysis.TargetStatus;
import org.coopbrief.dataset.Deadline;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Reject;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Methodology;
import org.coopbrief.localisation.Texts;
import org.coopbrief.run.ReportSelection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbook written from a small dataset and a hand-built analysis report (real rows of
 * org.coopbrief.analysis), read back with POI.
 * The numbers follow domain.md: Belarus-Afghanistan 2018 38.7 against the reported "almost 30" of
 * 2017 (+8.7, +29 %); Belarus-Uzbekistan 2019 239 against 159.33 implied by "1.5 times" (+50 %),
 * 2020 "more than 280" against 239 (+41, +17.15 %).
 */
class ExcelWorkbookTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://example.com\",\"x\")";
    static final Texts ENGLISH = Texts.of(Language.EN);

    /** Kept under target/ so the workbook can be opened by hand after a build. */
    static final Path dir = Path.of("target/test-reports/excel-workbook-test");

    static Path file;

    @BeforeAll
    static void writeWorkbook() throws IOException {
        InMemoryDataset data = new InMemoryDataset();
        data.names.put("BY", "Belarus");
        data.names.put("AF", "Afghanistan");
        data.names.put("UZ", "Uzbekistan");
        data.names.put("KZ", "Kazakhstan");
        data.names.put("GE", "Georgia");
        data.figures.add(new WorkbookDataset.FigureLine(
                "F0005",
                "BY",
                "Belarus",
                "AF",
                "Afghanistan",
                "turnover",
                "goods",
                null,
                "2018",
                d("38.7"),
                "USD_M",
                null,
                d("31"),
                "increased by 31%",
                "pct",
                "2017",
                "B1-FN84",
                "B1:527",
                null,
                "a note",
                "примечание составителя",
                null,
                "рост на 31%"));
        data.figures.add(new WorkbookDataset.FigureLine(
                "F0061",
                "GE",
                "Georgia",
                "BY",
                "Belarus",
                "imports",
                "agrifood",
                "butter",
                "2018",
                d("1.2"),
                "USD_B",
                "about",
                null,
                null,
                null,
                null,
                null,
                "B0:8000",
                null,
                "-5 = text",
                "-5 = текст",
                "сливочное масло",
                null));
        data.events.add(new WorkbookDataset.EventLine(
                "E0001",
                LocalDate.of(1992, 1, 1),
                "1992",
                "year",
                "other",
                "BY;KZ",
                null,
                null,
                "Establishment of diplomatic relations",
                "Установление дипломатических отношений",
                null,
                "B0:5243",
                null,
                null));
        data.events.add(new WorkbookDataset.EventLine(
                "E0002",
                LocalDate.of(2019, 6, 14),
                "2019-06-14",
                "day",
                "agreement",
                "BY;UZ",
                "@Minsk",
                "@Минск",
                HYPERLINK,
                HYPERLINK,
                "B0-FN1",
                "B0:1",
                null,
                null));
        data.sources.add(new WorkbookDataset.SourceLine(
                "B1-FN84",
                "B1",
                84,
                "Belarus and Afghanistan",
                "Беларусь и Афганистан",
                "BelTA",
                "БелТА",
                2019,
                "http://example.com/a",
                "B1:900"));
        data.rejects.add(new Reject("figures.csv", 12, "value", "=1+2", "not a decimal number", "F0100,..."));

        // BY's goods turnover with its partners, as the analysis reports it
        ComparisonRow af2017 =
                turnover(level("AF", "2017", "30", Origin.REPORTED, Qualifier.ALMOST, null, "F0004"), null, null);
        ComparisonRow af2018 = turnover(
                level("AF", "2018", "38.7", Origin.REPORTED, Qualifier.EXACT, null, "F0005"),
                change("2017", "30", Origin.REPORTED, true, "8.7", "29.0000", true),
                null);
        ComparisonRow ge2020 = turnover(
                level("GE", "2020", "120", Origin.REPORTED, Qualifier.EXACT, null, "F0030"),
                change("2019", "0", Origin.REPORTED, false, "120", null, false),
                standing("9.5", 3, null, null));
        ComparisonRow kz2020 = turnover(
                level("KZ", "2020", "847.9", Origin.REPORTED, Qualifier.EXACT, null, "F0040"),
                null,
                standing("67.5", 1, null, null));
        ComparisonRow uz2018 = turnover(
                level("UZ", "2018", "159.333333", Origin.IMPLIED, Qualifier.EXACT, "239 / (1 + 50 %)", "F0199"),
                null,
                null);
        ComparisonRow uz2019 = turnover(
                level("UZ", "2019", "239", Origin.REPORTED, Qualifier.EXACT, null, "F0199"),
                change("2018", "159.333333", Origin.IMPLIED, true, "79.666667", "50.0000", true),
                null);
        ComparisonRow uz2020 = turnover(
                level("UZ", "2020", "280", Origin.REPORTED, Qualifier.MORE_THAN, null, "F0200"),
                change("2019", "239", Origin.REPORTED, false, "41", "17.1548", true),
                standing("22.3", 2, 2, 0));
        // the CAGR beside UZ 2020: (280 / 159.333333)^(1/2) - 1
        GrowthRow uzGrowth = new GrowthRow(
                "BY",
                "UZ",
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                Unit.USD_M,
                Period.year(2018),
                d("159.333333"),
                Origin.IMPLIED,
                Period.year(2020),
                d("280"),
                Origin.REPORTED,
                2,
                d("75.7322"),
                d("32.5640"),
                true,
                true);
        TargetRow georgia = new TargetRow(
                "T013",
                "BY",
                "GE",
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                "$200 million trade turnover by 2020",
                Qualifier.EXACT,
                Deadline.parse("2020"),
                PartialDate.parse("2018-09"),
                d("200"),
                Unit.USD_M,
                false,
                null,
                actual("2020", "150"),
                null,
                d("75.0000"),
                d("50"),
                null,
                null,
                Comparability.SAME,
                Scope.GOODS,
                TargetStatus.MISSED,
                false,
                org.coopbrief.analysis.Reason.of(org.coopbrief.analysis.Reason.Code.TEXT, "2020 actual 150 below 200"),
                "B1-FN40");
        TargetRow kazakhstan = new TargetRow(
                "T020",
                "BY",
                "KZ",
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                "one billion",
                Qualifier.AT_LEAST,
                Deadline.parse("2021..2022"),
                PartialDate.parse("2018"),
                d("1000"),
                Unit.USD_M,
                false,
                null,
                actual("2020", "847.9"),
                null,
                d("84.7900"),
                d("152.1"),
                d("8.6"),
                d("10.2"),
                Comparability.SAME,
                Scope.GOODS,
                TargetStatus.ON_TRACK,
                false,
                org.coopbrief.analysis.Reason.of(org.coopbrief.analysis.Reason.Code.TEXT, "why"),
                null);
        TargetRow uzbekistan = new TargetRow(
                "T030",
                "BY",
                "UZ",
                Indicator.EXPORTS,
                Scope.GOODS,
                null,
                "no data",
                Qualifier.EXACT,
                null,
                null,
                d("500"),
                Unit.USD_M,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Comparability.SAME,
                Scope.GOODS,
                TargetStatus.OPEN,
                false,
                org.coopbrief.analysis.Reason.of(org.coopbrief.analysis.Reason.Code.TEXT, "why"),
                null);
        FindingRow stated = new FindingRow(
                "stated_growth:F0005",
                FindingKind.STATED_GROWTH,
                "BY",
                "AF",
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                Period.year(2018),
                List.of("F0004", "F0005"),
                org.coopbrief.analysis.Reason.of(org.coopbrief.analysis.Reason.Code.TEXT, "stated 'by 31%'"),
                d("31"),
                org.coopbrief.analysis.Reason.of(org.coopbrief.analysis.Reason.Code.TEXT, "computed from 38.7 and 30"),
                d("29"),
                d("-2"),
                d("1.7"),
                org.coopbrief.analysis.Reason.of(
                        org.coopbrief.analysis.Reason.Code.TEXT, "half a unit of the last digit"),
                Unit.PERCENT,
                false,
                true,
                org.coopbrief.analysis.Reason.of(
                        org.coopbrief.analysis.Reason.Code.TEXT, "stated growth 31 % against computed 29 %"));
        AnalysisReport report = new AnalysisReport(
                new ReportSelection(LocalDate.of(2021, 3, 31), Period.year(2020), "BY", List.of()),
                List.of(af2017, af2018, ge2020, kz2020, uz2018, uz2019, uz2020),
                List.of(),
                List.of(uzGrowth),
                List.of(georgia, kazakhstan, uzbekistan),
                List.of(stated),
                data.names,
                java.util.Map.of("AF", COUNTRY, "GE", COUNTRY, "KZ", COUNTRY, "UZ", COUNTRY));

        Files.createDirectories(dir);
        inputs = new WorkbookWriter.Inputs(new RunInfo(7, "coopbrief test", "input"), data, report);
        file = dir.resolve("coopbrief-2020.xlsx");
        new WorkbookWriter().write(file, "coopbrief-2020.xlsx", inputs);
    }

    static WorkbookWriter.Inputs inputs;

    static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /** A level of BY's goods turnover with a partner, USD million. */
    private static Level level(
            String partner,
            String period,
            String amount,
            Origin origin,
            Qualifier qualifier,
            String basis,
            String... figureIds) {
        return new Level(
                "BY",
                partner,
                Indicator.TURNOVER,
                Scope.GOODS,
                null,
                Period.parse(period),
                d(amount),
                Unit.USD_M,
                d("0.05"),
                origin,
                qualifier.isApproximate(),
                d(amount),
                Unit.USD_M,
                qualifier,
                org.coopbrief.analysis.Reason.of(
                        org.coopbrief.analysis.Reason.Code.TEXT, basis == null ? "printed" : basis),
                List.of(figureIds));
    }

    private static Change change(
            String previousPeriod,
            String previous,
            Origin previousOrigin,
            boolean previousApproximate,
            String absolute,
            String percent,
            boolean approximate) {
        return new Change(
                Period.parse(previousPeriod),
                d(previous),
                previousOrigin,
                previousApproximate,
                d(absolute),
                d(percent),
                approximate);
    }

    private static final EntityRef COUNTRY = new EntityRef(EntityKind.COUNTRY, null);

    /** A share of the total over the three countries covered (1239.6), with the rank by turnover. */
    private static Standing standing(String sharePct, Integer rank, Integer previousRank, Integer rankChange) {
        return new Standing(
                d(sharePct),
                ShareBasis.PEERS_TOTAL,
                d("1239.6"),
                3,
                Peers.COUNTRIES,
                rank,
                previousRank,
                rankChange,
                false);
    }

    private static ComparisonRow turnover(Level value, Change change, Standing standing) {
        return new ComparisonRow(
                value.reporter(),
                value.partner(),
                value.indicator(),
                value.scope(),
                null,
                value.period(),
                value,
                change,
                null,
                standing,
                value.period().equals(Period.year(2020)));
    }

    private static TargetRow.Actual actual(String period, String amount) {
        return new TargetRow.Actual(Period.parse(period), d(amount), Origin.REPORTED, false);
    }

    @Test
    void theSameInputsWrittenLaterGiveTheSameBytes() throws Exception {
        Thread.sleep(2100); // zip entries store times to 2 seconds
        Path again = dir.resolve("again.xlsx");
        new WorkbookWriter().write(again, "coopbrief-2020.xlsx", inputs);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
    }

    private static XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        for (Cell c : sheet.getRow(0)) {
            headers.add(c.getStringCellValue());
        }
        return headers;
    }

    /** The Comparisons row of BY's goods turnover with a partner in a period (the whole, no item). */
    private static Row comparison(Sheet sheet, String partner, String period) {
        for (Row row : sheet) {
            if (partner.equals(text(row, 2))
                    && "turnover".equals(text(row, 4))
                    && "goods".equals(text(row, 5))
                    && text(row, 6) == null
                    && period.equals(text(row, 7))) {
                return row;
            }
        }
        throw new AssertionError("no comparison " + partner + " " + period);
    }

    private static String text(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }

    private static Row rowWhere(Sheet sheet, int column, String... values) {
        outer:
        for (Row row : sheet) {
            for (int i = 0; i < values.length; i++) {
                Cell c = row.getCell(column + i);
                if (c == null
                        || c.getCellType() != CellType.STRING
                        || !c.getStringCellValue().equals(values[i])) {
                    continue outer;
                }
            }
            return row;
        }
        throw new AssertionError("no row with " + String.join(", ", values) + " in " + sheet.getSheetName());
    }

    @Test
    void hasTheContractedSheetsInOrder() throws IOException {
        try (XSSFWorkbook wb = open()) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names)
                    .containsExactly(
                            "Summary",
                            "Changes",
                            "Pivot",
                            "Series",
                            "Figures",
                            "Comparisons",
                            "Targets",
                            "Events",
                            "Data quality",
                            "Sources",
                            "About");
            assertThat(wb.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void dataSheetsHaveTheirHeaderCells() throws IOException {
        try (XSSFWorkbook wb = open()) {
            assertThat(headers(wb.getSheet("Figures")))
                    .startsWith(
                            "Figure id",
                            "Reporter",
                            "Reporter name",
                            "Partner",
                            "Partner name",
                            "Indicator",
                            "Scope",
                            "Item",
                            "Period",
                            "Period kind",
                            "Period year",
                            "Period start",
                            "Period end",
                            "Original value",
                            "Unit",
                            "Unit meaning",
                            "Qualifier",
                            "Value (USD million)",
                            "Stated growth")
                    .contains("Derived", "Source");
            assertThat(headers(wb.getSheet("Comparisons")))
                    .containsSubsequence(
                            "Reporter",
                            "Partner",
                            "Indicator",
                            "Scope",
                            "Item",
                            "Period",
                            "Value",
                            "Previous period",
                            "Previous value",
                            "Change",
                            "Change %",
                            "CAGR",
                            "Share",
                            "Rank");
            assertThat(headers(wb.getSheet("Targets")))
                    .containsSubsequence(
                            "Target",
                            "Deadline",
                            "Actual",
                            "Actual period",
                            "Attainment",
                            "Gap",
                            "Required annual growth",
                            "Status");
            assertThat(headers(wb.getSheet("Events")))
                    .startsWith(
                            "Date",
                            "Date as printed",
                            "Precision",
                            "Type",
                            "Parties",
                            "Party names",
                            "Place",
                            "Title",
                            "Source");
            assertThat(headers(wb.getSheet("Sources")))
                    .startsWith("Source id", "Book", "Footnote", "Title", "Publisher");
            assertThat(headers(wb.getSheet("Data quality"))).startsWith("Category", "Kind");
            assertThat(headers(wb.getSheet("Figures")))
                    .isEqualTo(FiguresSheet.COLUMNS.stream()
                            .map(c -> c.header(ENGLISH))
                            .toList());
            assertThat(headers(wb.getSheet("Comparisons")))
                    .isEqualTo(ComparisonsSheet.COLUMNS.stream()
                            .map(c -> c.header(ENGLISH))
                            .toList());
        }
    }

    @Test
    void everyDataSheetHasAFrozenHeaderAndAFilter() throws IOException {
        try (XSSFWorkbook wb = open()) {
            for (String name :
                    List.of("Figures", "Comparisons", "Targets", "Events", "Data quality", "Sources", "About")) {
                XSSFSheet sheet = wb.getSheet(name);
                PaneInformation pane = sheet.getPaneInformation();
                assertThat(pane).as(name).isNotNull();
                assertThat(pane.isFreezePane()).as(name).isTrue();
                assertThat(pane.getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
                assertThat(filterRef(sheet)).as(name).startsWith("A1:");
            }
        }
    }

    /** The filter of a sheet: its own, or that of the Excel table over its rows. */
    private static String filterRef(XSSFSheet sheet) {
        if (sheet.getCTWorksheet().isSetAutoFilter()) {
            assertThat(sheet.getTables())
                    .as("a table and a sheet filter on one sheet")
                    .isEmpty();
            return sheet.getCTWorksheet().getAutoFilter().getRef();
        }
        assertThat(sheet.getTables()).hasSize(1);
        return sheet.getTables().get(0).getCTTable().getAutoFilter().getRef();
    }

    @Test
    void theLargeSheetsAreExcelTablesOverEveryRow() throws IOException {
        try (XSSFWorkbook wb = open()) {
            for (String name : List.of("Figures", "Comparisons", "Events")) {
                XSSFSheet sheet = wb.getSheet(name);
                assertThat(sheet.getTables()).as(name).hasSize(1);
                var table = sheet.getTables().get(0);
                assertThat(table.getName()).isEqualTo(name + "Table");
                assertThat(table.getEndRowIndex()).isEqualTo(sheet.getLastRowNum());
                assertThat(table.getColumns().stream().map(c -> c.getName()).toList())
                        .isEqualTo(headers(sheet));
            }
        }
    }

    @Test
    void comparisonValuesAreTheAnalysisNumbers() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Sheet sheet = wb.getSheet("Comparisons");
            Row af = comparison(sheet, "AF", "2018");
            assertThat(af.getCell(ComparisonsSheet.VALUE).getNumericCellValue()).isEqualTo(38.7);
            assertThat(af.getCell(ComparisonsSheet.PREVIOUS).getNumericCellValue())
                    .isEqualTo(30.0);
            assertThat(af.getCell(ComparisonsSheet.CHANGE).getNumericCellValue())
                    .isCloseTo(8.7, within(1e-9));
            assertThat(af.getCell(ComparisonsSheet.CHANGE_PCT).getNumericCellValue())
                    .isCloseTo(0.29, within(1e-9));
            Row uz = comparison(sheet, "UZ", "2020");
            assertThat(uz.getCell(ComparisonsSheet.CHANGE).getNumericCellValue())
                    .isCloseTo(41, within(1e-9));
            assertThat(uz.getCell(ComparisonsSheet.CHANGE_PCT).getNumericCellValue())
                    .isCloseTo(0.171548, within(1e-9));
            assertThat(uz.getCell(ComparisonsSheet.CAGR).getNumericCellValue()).isCloseTo(0.325640, within(1e-9));
            assertThat(uz.getCell(ComparisonsSheet.FOCUS).getStringCellValue()).isEqualTo("yes");
            assertThat(uz.getCell(ComparisonsSheet.APPROXIMATE).getStringCellValue())
                    .isEqualTo("~");
            assertThat(uz.getCell(ComparisonsSheet.USD_MILLION).getNumericCellValue())
                    .isEqualTo(280.0);
            assertThat(uz.getCell(ComparisonsSheet.CHANGE_PCT).getCellStyle().getDataFormatString())
                    .isEqualTo("0.0%");
            assertThat(uz.getCell(ComparisonsSheet.VALUE).getCellStyle().getDataFormatString())
                    .isEqualTo("#,##0.0#");
            assertThat(uz.getCell(ComparisonsSheet.CAGR_START - 1).getStringCellValue())
                    .isEqualTo("2018");
            assertThat(uz.getCell(ComparisonsSheet.CAGR_YEARS).getNumericCellValue())
                    .isEqualTo(2.0);
            assertThat(uz.getCell(ComparisonsSheet.SHARE_BASIS).getStringCellValue())
                    .isEqualTo("total over 3 partners covered (countries)");
            assertThat(uz.getCell(ComparisonsSheet.SHARE))
                    .as("no share of the few partners covered, as in the briefings (Standing.printableShare)")
                    .isNull();
            assertThat(uz.getCell(ComparisonsSheet.RANK).getNumericCellValue()).isEqualTo(2.0);
            assertThat(comparison(sheet, "UZ", "2018")
                            .getCell(ComparisonsSheet.ORIGIN)
                            .getStringCellValue())
                    .isEqualTo("implied");
        }
    }

    @Test
    void changeCellsAreFormulasWhoseResultsAreTheStoredValues() throws IOException {
        try (XSSFWorkbook wb = open()) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Sheet sheet = wb.getSheet("Comparisons");
            int formulas = 0;
            for (Row row : sheet) {
                for (int column :
                        new int[] {ComparisonsSheet.CHANGE, ComparisonsSheet.CHANGE_PCT, ComparisonsSheet.CAGR}) {
                    Cell cell = row.getCell(column);
                    if (row.getRowNum() == 0 || cell == null) {
                        continue;
                    }
                    assertThat(cell.getCellType())
                            .as("row %d column %d", row.getRowNum(), column)
                            .isEqualTo(CellType.FORMULA);
                    formulas++;
                    CellValue evaluated = evaluator.evaluate(cell);
                    assertThat(cell.getCachedFormulaResultType())
                            .as("row %d column %d", row.getRowNum(), column)
                            .isEqualTo(CellType.NUMERIC);
                    // the application rounds percents to 4 decimals (in percent): 5e-7 as a fraction
                    assertThat(evaluated.getNumberValue())
                            .as("row %d column %d", row.getRowNum(), column)
                            .isCloseTo(cell.getNumericCellValue(), within(5e-7));
                }
            }
            // AF 2018 and UZ 2019 (change, change %), GE 2020 (change only: previous 0), UZ 2020 with CAGR
            assertThat(formulas).isEqualTo(8);
            Row ge = comparison(sheet, "GE", "2020");
            assertThat(ge.getCell(ComparisonsSheet.CHANGE_PCT))
                    .as("no text in a numeric column")
                    .isNull();
            assertThat(ge.getCell(ComparisonsSheet.CHANGE_PCT_NOTE).getStringCellValue())
                    .isEqualTo("previous value not above zero");
            int r = ge.getRowNum() + 1;
            String v = DataSheet.letter(ComparisonsSheet.VALUE);
            String p = DataSheet.letter(ComparisonsSheet.PREVIOUS);
            assertThat(ge.getCell(ComparisonsSheet.CHANGE).getCellFormula()).isEqualTo(v + r + "-" + p + r);
            Row af = comparison(sheet, "AF", "2018");
            int a = af.getRowNum() + 1;
            assertThat(af.getCell(ComparisonsSheet.CHANGE_PCT).getCellFormula())
                    .isEqualTo("IF(" + p + a + ">0," + v + a + "/" + p + a + "-1,\"\")");
            assertThat(af.getCell(ComparisonsSheet.CHANGE_PCT_NOTE)).isNull();
        }
    }

    @Test
    void correctingAValueRecomputesItsChange() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Sheet sheet = wb.getSheet("Comparisons");
            Row af = comparison(sheet, "AF", "2018");
            af.getCell(ComparisonsSheet.PREVIOUS).setCellValue(29.5);
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(af.getCell(ComparisonsSheet.CHANGE)).getNumberValue())
                    .isCloseTo(9.2, within(1e-9));
            assertThat(evaluator
                            .evaluate(af.getCell(ComparisonsSheet.CHANGE_PCT))
                            .getNumberValue())
                    .isCloseTo(38.7 / 29.5 - 1, within(1e-12));
        }
    }

    @Test
    void targetsHaveFormulasAndStatusColours() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet sheet = wb.getSheet("Targets");
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Row georgia = rowWhere(sheet, 0, "T013");
            Cell attainment = georgia.getCell(TargetsSheet.ATTAINMENT);
            assertThat(attainment.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(attainment.getNumericCellValue()).isCloseTo(0.75, within(1e-9));
            assertThat(evaluator.evaluate(attainment).getNumberValue()).isCloseTo(0.75, within(1e-9));
            assertThat(evaluator.evaluate(georgia.getCell(TargetsSheet.GAP)).getNumberValue())
                    .isCloseTo(50, within(1e-9));
            assertThat(georgia.getCell(TargetsSheet.STATUS).getStringCellValue())
                    .isEqualTo("MISSED");
            Cell setOn = georgia.getCell(TargetsSheet.SET_ON);
            assertThat(DateUtil.isCellDateFormatted(setOn)).isTrue();
            assertThat(setOn.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2018, 9, 1));
            assertThat(setOn.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm");
            assertThat(rowWhere(sheet, 0, "T030").getCell(TargetsSheet.ATTAINMENT))
                    .isNull();
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings())
                    .isEqualTo(6);
        }
    }

    @Test
    void figuresShowItemsOriginalAndUsdValuesAndDerivedLevels() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Sheet sheet = wb.getSheet("Figures");
            int usd = FiguresSheet.USD_MILLION;
            int end = Column.indexOf(FiguresSheet.COLUMNS, "period.end");
            Row butter = rowWhere(sheet, 0, "F0061");
            assertThat(butter.getCell(7).getStringCellValue()).isEqualTo("butter");
            assertThat(butter.getCell(FiguresSheet.ORIGINAL_VALUE).getNumericCellValue())
                    .isEqualTo(1.2);
            assertThat(butter.getCell(usd).getNumericCellValue()).isEqualTo(1200.0);
            assertThat(butter.getCell(usd).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0#");
            assertThat(DateUtil.isCellDateFormatted(butter.getCell(end))).isTrue();
            assertThat(butter.getCell(end).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2018, 12, 31));
            assertThat(butter.getCell(FiguresSheet.QUALIFIER).getStringCellValue())
                    .isEqualTo("about");
            Row af = rowWhere(sheet, 0, "F0005");
            assertThat(af.getCell(FiguresSheet.STATED_GROWTH).getNumericCellValue())
                    .isCloseTo(0.31, within(1e-12));
            assertThat(af.getCell(FiguresSheet.DERIVED).getStringCellValue()).isEqualTo("no");
            assertThat(af.getCell(usd).getNumericCellValue())
                    .as("the comparisons' level")
                    .isEqualTo(38.7);
            Row implied = rowWhere(sheet, FiguresSheet.DERIVED, "implied");
            assertThat(implied.getCell(3).getStringCellValue()).isEqualTo("UZ");
            assertThat(implied.getCell(usd).getNumericCellValue()).isEqualTo(159.333333);
            assertThat(implied.getCell(FiguresSheet.DERIVED + 1).getStringCellValue())
                    .contains("F0199");
        }
    }

    @Test
    void eventsHaveRealDatesSortedAndInjectedFormulasStayInertText() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Sheet sheet = wb.getSheet("Events");
            Row first = sheet.getRow(1);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(0))).isTrue();
            assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("yyyy");
            Row hyperlink = rowWhere(sheet, 10, "E0002");
            assertThat(hyperlink.getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2019, 6, 14));
            Cell title = hyperlink.getCell(7);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(hyperlink.getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(7).getCellStyle().getQuotePrefixed()).isFalse();
            for (Sheet s : wb) {
                if (!s.getSheetName().equals("Comparisons")
                        && !s.getSheetName().equals("Targets")
                        && !s.getSheetName().equals("Summary")) {
                    for (Row row : s) {
                        for (Cell c : row) {
                            assertThat(c.getCellType()).as(s.getSheetName()).isNotEqualTo(CellType.FORMULA);
                        }
                    }
                }
            }
            Row reject = wb.getSheet("Data quality").getRow(1);
            assertThat(reject.getCell(DataQualitySheet.REJECTED_VALUE).getStringCellValue())
                    .isEqualTo("=1+2");
            assertThat(reject.getCell(DataQualitySheet.REJECTED_VALUE)
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isTrue();
            assertThat(reject.getCell(DataQualitySheet.MESSAGE).getStringCellValue())
                    .isEqualTo("not a decimal number");
        }
    }

    @Test
    void summaryHasTheRankingTheTargetsAndThreeNativeCharts() throws IOException {
        try (XSSFWorkbook wb = open()) {
            XSSFSheet summary = wb.getSheet("Summary");
            Row kz = rowWhere(summary, 1, "Kazakhstan");
            assertThat(kz.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(kz.getCell(2).getNumericCellValue()).isEqualTo(847.9);
            Row uz = rowWhere(summary, 1, "Uzbekistan");
            assertThat(uz.getRowNum()).isGreaterThan(kz.getRowNum());
            assertThat(uz.getCell(4).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(uz.getCell(4).getNumericCellValue()).isCloseTo(0.171548, within(1e-9));
            Row asOf = rowWhere(summary, 0, "As-of date");
            assertThat(asOf.getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2021, 3, 31));
            assertThat(rowWhere(summary, 0, "T013").getCell(7).getStringCellValue())
                    .isEqualTo("Missed");
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(3);
            assertThat(summary.getDrawingPatriarch()
                            .getCharts()
                            .get(0)
                            .getTitleText()
                            .getString())
                    .startsWith("Turnover by partner, 2020");
        }
        List<String> parts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.stream().forEach(e -> parts.add(e.getName()));
        }
        assertThat(parts).filteredOn(p -> p.startsWith("xl/charts/chart")).hasSize(3);
    }

    @Test
    void aboutExplainsEveryColumnAndTheRun() throws IOException {
        try (XSSFWorkbook wb = open()) {
            Sheet about = wb.getSheet("About");
            assertThat(rowWhere(about, 0, "Run", "Software version").getCell(2).getStringCellValue())
                    .isEqualTo("coopbrief test");
            assertThat(rowWhere(about, 0, "Run", "Focus period").getCell(2).getStringCellValue())
                    .isEqualTo("2020");
            assertThat(rowWhere(about, 0, "Comparisons", "Change %").getCell(2).getStringCellValue())
                    .contains("Previous value");
            // the definitions are the briefing's methodology texts, from the English bundle
            assertThat(rowWhere(about, 0, "Definitions", "Multi-year growth")
                            .getCell(2)
                            .getStringCellValue())
                    .isEqualTo(Methodology.text(Texts.of(Language.EN), "cagr"));
            assertThat(rowWhere(about, 0, "Definitions", "Implied previous level")
                            .getCell(2)
                            .getStringCellValue())
                    .contains("marked implied");
        }
    }

    @Test
    void onlyAHandfulOfStylesWhateverTheNumberOfCells() throws IOException {
        try (XSSFWorkbook wb = open()) {
            assertThat(wb.getNumCellStyles()).isLessThan(25);
        }
    }
}
