package org.coopbrief.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFPivotTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopbrief.CoopbriefTest;
import org.coopbrief.analysis.TargetStatus;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.coopbrief.export.StatusPalette;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;
import org.coopbrief.run.ReportSelection;
import org.coopbrief.run.RunParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCacheField;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageField;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPivotCacheDefinition;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPivotTableDefinition;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.w3c.dom.Node;

/**
 * The workbooks (English and Russian) of a run on the bundled data (reporter BY, period 2020, as
 * of 2021-12-31), read back with POI: a Summary a person reads, the attainment chart, the shared
 * status palette, the ready PivotTable over the Figures table and the wide Series sheet.
 */
@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/workbook-summary-pivot-test")
class WorkbookSummaryAndPivotTest {

    private static Path folder;

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    @BeforeEach
    void runTheMainJobOnceOnTheBundledData() throws Exception {
        if (folder == null) {
            jobs.setJob(pipelineJob);
            RunParameters parameters = new RunParameters(
                    new ReportSelection(LocalDate.of(2021, 12, 31), Period.year(2020), "BY", List.of()),
                    List.of(Language.EN, Language.RU),
                    0,
                    Path.of("input").toAbsolutePath(),
                    "latest");
            JobExecution run = jobs.startJob(parameters.toJobParameters());
            assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            folder = Path.of("target/test-reports/workbook-summary-pivot-test/2020")
                    .resolve(Long.toString(run.getJobInstance().getInstanceId()));
        }
    }

    private static XSSFWorkbook open(String name) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(folder.resolve(name)));
    }

    private static XSSFWorkbook english() throws IOException {
        return open("coopbrief-2020.xlsx");
    }

    private static XSSFWorkbook russian() throws IOException {
        return open("coopbrief-2020-ru.xlsx");
    }

    private static String text(Row row, int column) {
        Cell c = row == null ? null : row.getCell(column);
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }

    private static List<String> texts(Sheet sheet) {
        List<String> all = new ArrayList<>();
        sheet.forEach(row -> row.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                all.add(c.getStringCellValue());
            }
        }));
        return all;
    }

    /** A data sheet's column by its header text. */
    private static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (header.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
    }

    private static final Pattern TARGET_ID = Pattern.compile("T\\d{3}");

    private static Set<String> targetIds(Sheet sheet) {
        Set<String> ids = new TreeSet<>();
        sheet.forEach(row -> {
            String id = text(row, 0);
            if (id != null && TARGET_ID.matcher(id).matches()) {
                ids.add(id);
            }
        });
        return ids;
    }

    @Test
    void summaryShowsUnitsScopesAndStatusesInWordsNeverTheirCodes() throws IOException {
        for (boolean ru : new boolean[] {false, true}) {
            try (XSSFWorkbook wb = ru ? russian() : english()) {
                Texts texts = Texts.of(ru ? Language.RU : Language.EN);
                List<String> cells = texts(wb.getSheetAt(0));
                Set<String> codes = new TreeSet<>();
                for (Unit unit : Unit.values()) {
                    if (!unit.name().equals("USD")) { // "USD" is also the word of "USD million"
                        codes.add(unit.name());
                    }
                }
                for (Scope scope : Scope.values()) {
                    if (scope.code().contains("_")) { // "goods" is its own word
                        codes.add(scope.code());
                    }
                }
                for (TargetStatus status : TargetStatus.values()) {
                    codes.add(status.name());
                }
                for (String cell : cells) {
                    for (String token : cell.split("[^\\p{L}\\p{N}_]+")) {
                        assertThat(codes)
                                .as(wb.getSheetAt(0).getSheetName() + ": " + cell)
                                .doesNotContain(token);
                    }
                }
                assertThat(cells)
                        .contains(texts.unit(Unit.USD_M), texts.unit(Unit.UNITS), texts.text("status.NO_DATA"));
                assertThat(cells).anyMatch(c -> c.contains(texts.scope(Scope.GOODS_SERVICES)));
                if (!ru) { // the English Targets sheet keeps its status labels (the contract): "NO DATA"
                    assertThat(cells).doesNotContain(texts.text("xlsx.status.NO_DATA"));
                }
            }
        }
    }

    @Test
    void summaryListsEveryTargetOfTheTargetsSheet() throws IOException {
        try (XSSFWorkbook wb = english()) {
            Set<String> onTargets = targetIds(wb.getSheet("Targets"));
            assertThat(onTargets).hasSize(45);
            assertThat(targetIds(wb.getSheet("Summary"))).isEqualTo(onTargets);
            assertThat(texts(wb.getSheet("Summary"))).noneMatch(t -> t.contains("first 40"));
        }
    }

    @Test
    void summaryRanksEveryPeerGroupAsTheBriefingDoesWithTheLinesOfThoseLeftOut() throws IOException {
        try (XSSFWorkbook wb = english()) {
            List<String> cells = texts(wb.getSheet("Summary"));
            assertThat(cells).contains("Countries with a 2020 figure (3)", "Regions of Russia with a 2020 figure (2)");
            List<String> leftOut = cells.stream()
                    .filter(c -> c.startsWith("Not in this ranking"))
                    .toList();
            assertThat(leftOut).hasSize(2);
            assertThat(leftOut.get(0)).contains("among the countries: Russia: $5.3 billion");
            assertThat(leftOut.get(1)).contains("regions of Russia").contains("Leningrad Oblast: ~$600 million, 2019");
        }
    }

    @Test
    void attainmentChartNamesThePartnersHasLabelsAndAHundredPercentLineAndOnlyTheChartedTargets() throws IOException {
        try (XSSFWorkbook wb = english()) {
            XSSFSheet summary = wb.getSheet("Summary");
            XSSFChart chart = summary.getDrawingPatriarch().getCharts().get(2);
            assertThat(chart.getTitleText().getString()).startsWith("Attainment of the targets with a deadline");
            CTPlotArea plot = chart.getCTChart().getPlotArea();
            CTBarSer bars = plot.getBarChartArray(0).getSerArray(0);
            assertThat(bars.getDLbls().getShowVal().getVal()).isTrue();
            AreaReference categories =
                    new AreaReference(bars.getCat().getStrRef().getF(), SpreadsheetVersion.EXCEL2007);
            List<String> names = new ArrayList<>();
            for (var ref : categories.getAllReferencedCells()) {
                names.add(text(summary.getRow(ref.getRow()), ref.getCol()));
            }
            // the charted targets: an attainment and a deadline (TargetRow.charted), as the Targets sheet shows them
            Sheet targets = wb.getSheet("Targets");
            int attainment = column(targets, "Attainment");
            int deadline = column(targets, "Deadline");
            long charted = 0;
            for (Row row : targets) {
                if (row.getRowNum() > 0 && row.getCell(attainment) != null && text(row, deadline) != null) {
                    charted++;
                }
            }
            assertThat(names).hasSize((int) charted).contains("Kazakhstan, turnover (goods)", "Afghanistan, shipments");
            // a bar per point coloured by status: Uzbekistan's target is at risk
            assertThat(bars.getDPtList()).hasSize((int) charted);

            CTLineSer line = plot.getLineChartArray(0).getSerArray(0);
            assertThat(
                            line.getTx().getStrRef() == null
                                    ? line.getTx().getV()
                                    : line.getTx()
                                            .getStrRef()
                                            .getStrCache()
                                            .getPtArray(0)
                                            .getV())
                    .isEqualTo("Target reached (100%)");
            AreaReference hundred = new AreaReference(line.getVal().getNumRef().getF(), SpreadsheetVersion.EXCEL2007);
            assertThat(hundred.getAllReferencedCells()).hasSize((int) charted);
            for (var ref : hundred.getAllReferencedCells()) {
                assertThat(summary.getRow(ref.getRow()).getCell(ref.getCol()).getNumericCellValue())
                        .isEqualTo(1.0);
            }
        }
    }

    @Test
    void statusColoursAreThePaletteThePdfUses() throws IOException {
        try (XSSFWorkbook wb = english()) {
            for (String name : List.of("Targets", "Summary")) {
                XSSFSheetConditionalFormatting formatting = wb.getSheet(name).getSheetConditionalFormatting();
                Map<String, String> fills = new HashMap<>();
                for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
                    var format = formatting.getConditionalFormattingAt(i);
                    for (int r = 0; r < format.getNumberOfRules(); r++) {
                        XSSFConditionalFormattingRule rule = format.getRule(r);
                        if (rule.getPatternFormatting() != null && rule.getFormula1() != null) {
                            fills.put(
                                    rule.getFormula1().replaceAll(".*=\"(.*)\"", "$1"),
                                    ((org.apache.poi.xssf.usermodel.XSSFColor)
                                                    rule.getPatternFormatting().getFillBackgroundColorColor())
                                            .getARGBHex()
                                            .substring(2));
                        }
                    }
                }
                String missed = name.equals("Targets") ? "MISSED" : "Missed";
                String open = name.equals("Targets") ? "OPEN" : "Open";
                assertThat(fills.get(missed)).as(name).isEqualTo(hex(StatusPalette.fill(TargetStatus.MISSED)));
                assertThat(fills.get(open)).as(name).isEqualTo(hex(StatusPalette.fill(TargetStatus.OPEN)));
                assertThat(fills.get(open)).isEqualTo(hex(StatusPalette.fill(TargetStatus.NO_DATA)));
            }
        }
    }

    private static String hex(java.awt.Color colour) {
        return String.format("%02X%02X%02X", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    @Test
    void aReadyPivotTableSumsTheTurnoverByPartnerAndYearOverTheFiguresTable() throws IOException {
        List<String> parts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(folder.resolve("coopbrief-2020.xlsx").toFile())) {
            zip.stream().forEach(e -> parts.add(e.getName()));
        }
        assertThat(parts).anyMatch(p -> p.startsWith("xl/pivotTables/pivotTable"));
        assertThat(parts).anyMatch(p -> p.startsWith("xl/pivotCache/pivotCacheDefinition"));
        try (XSSFWorkbook wb = english()) {
            assertThat(wb.getSheetName(2)).isEqualTo("Pivot");
            List<XSSFPivotTable> pivots = wb.getSheet("Pivot").getPivotTables();
            assertThat(pivots).hasSize(1);
            CTPivotTableDefinition definition = pivots.get(0).getCTPivotTableDefinition();
            CTPivotCacheDefinition cache =
                    pivots.get(0).getPivotCacheDefinition().getCTPivotCacheDefinition();
            XSSFSheet figures = wb.getSheet("Figures");
            XSSFTable table = figures.getTables().get(0);
            assertThat(table.getName()).isEqualTo("FiguresTable");
            var source = cache.getCacheSource().getWorksheetSource();
            assertThat(source.getSheet()).isEqualTo("Figures");
            assertThat(new AreaReference(source.getRef(), SpreadsheetVersion.EXCEL2007).formatAsString())
                    .isEqualTo(table.getArea().formatAsString().replace("$", ""));
            assertThat(cache.getRefreshOnLoad()).isTrue();
            List<String> fieldNames = new ArrayList<>();
            for (CTCacheField field : cache.getCacheFields().getCacheFieldArray()) {
                fieldNames.add(field.getName());
            }
            List<String> headers = new ArrayList<>();
            figures.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(fieldNames).isEqualTo(headers);

            assertThat(definition.getRowFields().getFieldArray(0).getX()).isEqualTo(column(figures, "Partner name"));
            assertThat(definition.getColFields().getFieldArray(0).getX()).isEqualTo(column(figures, "Period"));
            assertThat(definition.getDataFields().getDataFieldArray(0).getFld())
                    .isEqualTo(column(figures, "Value (USD million)"));
            assertThat(definition
                            .getDataFields()
                            .getDataFieldArray(0)
                            .getSubtotal()
                            .toString())
                    .isEqualTo("sum");
            Map<String, String> filters = new HashMap<>();
            for (CTPageField page : definition.getPageFields().getPageFieldArray()) {
                filters.put(
                        fieldNames.get(page.getFld()),
                        sharedItems(cache.getCacheFields().getCacheFieldArray(page.getFld()))
                                .get((int) page.getItem()));
            }
            assertThat(filters)
                    .containsEntry("Reporter", "BY")
                    .containsEntry("Indicator", "turnover")
                    .containsEntry("Scope", "goods");
            // the column field shows whole years only: the other periods are hidden items
            int period = column(figures, "Period");
            List<String> periods = sharedItems(cache.getCacheFields().getCacheFieldArray(period));
            var items = definition
                    .getPivotFields()
                    .getPivotFieldArray(period)
                    .getItems()
                    .getItemArray();
            Set<String> shown = new TreeSet<>();
            for (var item : items) {
                if (item.isSetX() && !item.getH()) {
                    shown.add(periods.get((int) item.getX()));
                }
            }
            assertThat(shown).contains("2018", "2020").allMatch(p -> p.matches("\\d{4}"));
            assertThat(periods).anyMatch(p -> p != null && !p.matches("\\d{4}"));
        }
        try (XSSFWorkbook ru = russian()) {
            assertThat(ru.getSheetName(2)).isEqualTo("Сводная таблица");
            assertThat(ru.getSheetAt(2).getSheetName()).isEqualTo("Сводная таблица");
            assertThat(((XSSFSheet) ru.getSheetAt(2)).getPivotTables()).hasSize(1);
        }
    }

    /** The shared items of a cache field, in order (null for the blank). */
    private static List<String> sharedItems(CTCacheField field) {
        List<String> items = new ArrayList<>();
        Node child = field.getSharedItems().getDomNode().getFirstChild();
        for (; child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                Node v = child.getAttributes().getNamedItem("v");
                items.add(v == null ? null : v.getNodeValue());
            }
        }
        return items;
    }

    @Test
    void seriesSheetHoldsTheFiguresValuesOneRowPerSeriesOneColumnPerYear() throws IOException {
        try (XSSFWorkbook wb = english()) {
            Sheet figures = wb.getSheet("Figures");
            int reporter = column(figures, "Reporter");
            int partner = column(figures, "Partner");
            int indicator = column(figures, "Indicator");
            int scope = column(figures, "Scope");
            int item = column(figures, "Item");
            int period = column(figures, "Period");
            int usd = column(figures, "Value (USD million)");
            Map<String, List<Double>> values = new HashMap<>();
            for (Row row : figures) {
                if (row.getRowNum() > 0 && row.getCell(usd) != null && text(row, item) == null) {
                    values.computeIfAbsent(
                                    String.join(
                                            "|",
                                            text(row, reporter),
                                            text(row, partner),
                                            text(row, indicator),
                                            text(row, scope),
                                            text(row, period)),
                                    k -> new ArrayList<>())
                            .add(row.getCell(usd).getNumericCellValue());
                }
            }
            Sheet series = wb.getSheet("Series");
            assertThat(wb.getSheetName(3)).isEqualTo("Series");
            Row header = series.getRow(0);
            assertThat(text(header, 0)).isEqualTo("Reporter");
            int firstYear = column(series, "Unit") + 1;
            int cells = 0;
            Set<String> keys = new TreeSet<>();
            for (Row row : series) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String key = String.join("|", text(row, 0), text(row, 2), text(row, 4), text(row, 5));
                assertThat(keys.add(key)).as("one row per series: " + key).isTrue();
                for (int c = firstYear; c < header.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        continue;
                    }
                    cells++;
                    String year = text(header, c);
                    double value = cell.getNumericCellValue();
                    assertThat(values.get(key + "|" + year))
                            .as(key + " " + year)
                            .isNotNull()
                            .anySatisfy(v -> assertThat(v).isCloseTo(value, within(1e-9)));
                }
            }
            assertThat(keys).contains("BY|KZ|turnover|goods", "BY|UZ|exports|goods");
            assertThat(cells).isGreaterThan(20);
            Row kz = null;
            for (Row row : series) {
                if ("KZ".equals(text(row, 2)) && "turnover".equals(text(row, 4)) && "BY".equals(text(row, 0))) {
                    kz = row;
                }
            }
            assertThat(kz).isNotNull();
            assertThat(kz.getCell(column(series, "2020")).getNumericCellValue()).isEqualTo(847.9);
        }
        try (XSSFWorkbook ru = russian()) {
            assertThat(ru.getSheetName(3)).isEqualTo("Ряды");
            assertThat(text(ru.getSheetAt(3).getRow(0), 4)).isEqualTo("Поток");
        }
    }

    @Test
    void summaryChartsAndTablesKeepNoCodeInTheRussianWorkbookEither() throws IOException {
        try (XSSFWorkbook ru = russian()) {
            List<String> cells = texts(ru.getSheetAt(0));
            assertThat(cells).contains("Нет данных", "млн\u00a0долл.\u00a0США");
            assertThat(cells.stream().collect(Collectors.joining(" "))).doesNotContain("USD_M", "goods_services");
        }
    }

    @Test
    void summaryWritesNoTextIntoANumberColumnWhereAChangeCannotBeComputed() throws IOException {
        for (XSSFWorkbook wb : List.of(english(), russian())) {
            try (wb) {
                Sheet summary = wb.getSheetAt(0);
                int cells = 0;
                for (Row row : summary) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            assertThat(c.getStringCellValue())
                                    .as("cell " + c.getAddress())
                                    .isNotEqualTo("n/a");
                        }
                        if (c.getCellType() == CellType.FORMULA) {
                            cells++;
                            assertThat(c.getCellFormula()).doesNotContain("n/a");
                        }
                    }
                }
                assertThat(cells)
                        .as("positive control: the ranking's change formulas were read")
                        .isPositive();
            }
        }
    }
}
