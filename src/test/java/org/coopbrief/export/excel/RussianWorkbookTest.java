package org.coopbrief.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopbrief.CoopbriefTest;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Source;
import org.coopbrief.dataset.Target;
import org.coopbrief.ingest.TestInputs;
import org.coopbrief.localisation.Language;
import org.coopbrief.run.ReportSelection;
import org.coopbrief.run.RunParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code run --lang en,ru} on the bundled dataset writes {@code coopbrief-2020-ru.xlsx} beside the
 * English workbook: the same numbers and formulas, Russian sheet names, headers and data texts.
 * Both are read back with POI.
 */
@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/russian-workbook-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RussianWorkbookTest {

    static final Path REPORTS = Path.of("target/test-reports/russian-workbook-test");
    static final Path INPUT = Path.of("target/test-inputs/russian-workbook-test");

    /** The Russian workbook's sheet names, in order: the documented contract (README). */
    static final List<String> SHEETS = List.of(
            "Сводка",
            "Изменения",
            "Сводная таблица",
            "Ряды",
            "Показатели",
            "Сравнения",
            "Цели",
            "События",
            "Качество данных",
            "Источники",
            "О книге");

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    @Autowired
    DatasetReader reader;

    Path folder;

    @BeforeAll
    void runInEnglishAndRussian() throws Exception {
        Files.createDirectories(INPUT);
        for (String name : TestInputs.FILES) {
            Files.copy(Path.of("input", name), INPUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        jobs.setJob(pipelineJob);
        RunParameters parameters = new RunParameters(
                new ReportSelection(LocalDate.of(2021, 12, 31), Period.year(2020), "BY", List.of()),
                List.of(Language.EN, Language.RU),
                System.nanoTime(),
                INPUT.toAbsolutePath(),
                "2020");
        JobExecution execution = jobs.startJob(parameters.toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        folder = REPORTS.resolve("2020")
                .resolve(Long.toString(execution.getJobInstance().getInstanceId()));
    }

    @Test
    void theRussianWorkbookHasTheRussianSheetNamesAndIsListedInTheManifest() throws IOException {
        try (XSSFWorkbook ru = open("coopbrief-2020-ru.xlsx");
                XSSFWorkbook en = open("coopbrief-2020.xlsx")) {
            assertThat(sheetNames(ru)).isEqualTo(SHEETS);
            assertThat(sheetNames(en))
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
            // Excel table names must be valid identifiers: ASCII in both workbooks
            assertThat(tableNames(ru)).isEqualTo(tableNames(en)).contains("FiguresTable", "ComparisonsTable");
        }
        JsonNode manifest = JsonMapper.builder()
                .build()
                .readTree(folder.resolve("manifest.json").toFile());
        List<String> outputs = new ArrayList<>();
        manifest.get("outputs").forEach(o -> outputs.add(o.get("file").asString()));
        assertThat(outputs).contains("coopbrief-2020.xlsx", "coopbrief-2020-ru.xlsx");
    }

    @Test
    void everyNumberAndFormulaOfTheDataSheetsIsTheEnglishWorkbooks() throws IOException {
        try (XSSFWorkbook ru = open("coopbrief-2020-ru.xlsx");
                XSSFWorkbook en = open("coopbrief-2020.xlsx")) {
            for (int s : new int[] {0, 3, 4, 5, 6
            }) { // Summary, Series, Figures, Comparisons, Targets (Changes is empty here)
                Sheet english = en.getSheetAt(s);
                Sheet russian = ru.getSheetAt(s);
                assertThat(russian.getLastRowNum()).isEqualTo(english.getLastRowNum());
                int numbers = 0;
                int formulas = 0;
                for (Row row : english) {
                    for (Cell e : row) {
                        Cell r = cell(russian, e.getRowIndex(), e.getColumnIndex());
                        String where = russian.getSheetName() + "!" + e.getAddress();
                        if (e.getCellType() == CellType.FORMULA) {
                            formulas++;
                            assertThat(r.getCellType()).as(where).isEqualTo(CellType.FORMULA);
                            assertThat(r.getCellFormula()).as(where).isEqualTo(e.getCellFormula());
                            if (e.getCachedFormulaResultType() == CellType.NUMERIC) {
                                assertThat(r.getNumericCellValue()).as(where).isEqualTo(e.getNumericCellValue());
                            }
                        } else if (e.getCellType() == CellType.NUMERIC) {
                            numbers++;
                            assertThat(r.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                            assertThat(r.getNumericCellValue()).as(where).isEqualTo(e.getNumericCellValue());
                            assertThat(r.getCellStyle().getDataFormatString())
                                    .as(where)
                                    .isEqualTo(e.getCellStyle().getDataFormatString());
                        }
                    }
                }
                assertThat(numbers).as(russian.getSheetName()).isPositive();
                if (s != 3 && s != 4) { // Series and Figures have no formulas
                    assertThat(formulas).as(russian.getSheetName()).isPositive();
                }
            }
            // the Summary's three native charts, over the same cells, with Russian titles
            List<XSSFChart> enCharts =
                    ((XSSFSheet) en.getSheetAt(0)).getDrawingPatriarch().getCharts();
            List<XSSFChart> ruCharts =
                    ((XSSFSheet) ru.getSheetAt(0)).getDrawingPatriarch().getCharts();
            assertThat(ruCharts).hasSize(enCharts.size()).hasSize(3);
            assertThat(ruCharts.get(0).getTitleText().getString())
                    .isEqualTo("Товарооборот по партнёрам, 2020 (товары, млн долл. США)");
            for (int i = 0; i < enCharts.size(); i++) {
                // the same cell ranges (the series' data references), on the Russian sheet
                assertThat(references(ruCharts.get(i)))
                        .isNotEmpty()
                        .isEqualTo(references(enCharts.get(i)).stream()
                                .map(f -> f.replace("Summary!", "Сводка!"))
                                .toList());
            }
        }
    }

    @Test
    void headersAndStatusWordsAreRussian() throws IOException {
        try (XSSFWorkbook ru = open("coopbrief-2020-ru.xlsx")) {
            assertThat(headers(ru.getSheet("Показатели")))
                    .startsWith("Код показателя", "Участник", "Название участника", "Партнёр", "Название партнёра");
            assertThat(headers(ru.getSheet("Цели")))
                    .contains("Код цели", "Формулировка цели", "Цель", "Факт", "Выполнение", "Разрыв", "Статус");
            assertThat(headers(ru.getSheet("События"))).startsWith("Дата", "Дата как напечатана", "Точность");
            Sheet targets = ru.getSheet("Цели");
            Set<String> statuses = column(targets, TargetsSheet.STATUS);
            assertThat(statuses)
                    .isNotEmpty()
                    .isSubsetOf("Достигнута", "Не достигнута", "По плану", "Под угрозой", "Нет данных", "Без срока");
            // the status colours follow the Russian words
            String rule = targets.getSheetConditionalFormatting()
                    .getConditionalFormattingAt(0)
                    .getRule(0)
                    .getFormula1();
            assertThat(rule).isEqualTo("$" + DataSheet.letter(TargetsSheet.STATUS) + "2=\"Достигнута\"");
            Row kazakhstan = find(ru.getSheet("Показатели"), 3, "KZ");
            assertThat(kazakhstan.getCell(4).getStringCellValue()).isEqualTo("Казахстан");
        }
    }

    @Test
    void eventsTargetsAndSourcesCarryTheDatasRussianTexts() throws IOException {
        Event event = reader.events().stream()
                .filter(e -> e.id().equals("E0002"))
                .findFirst()
                .orElseThrow();
        Target target = reader.targets().stream()
                .filter(t -> t.id().equals("T021"))
                .findFirst()
                .orElseThrow();
        Source source = reader.sources().stream()
                .filter(s -> s.id().equals("B0-FN1"))
                .findFirst()
                .orElseThrow();
        assertThat(event.titleRu()).matches("[^A-Za-z]+");
        try (XSSFWorkbook ru = open("coopbrief-2020-ru.xlsx")) {
            Row e = find(ru.getSheet("События"), 10, "E0002");
            assertThat(e.getCell(6).getStringCellValue()).isEqualTo(event.placeRu());
            assertThat(e.getCell(7).getStringCellValue()).isEqualTo(event.titleRu());
            Row t = find(ru.getSheet("Цели"), 0, "T021");
            assertThat(t.getCell(Column.indexOf(TargetsSheet.COLUMNS, "targets.targetAsWorded"))
                            .getStringCellValue())
                    .isEqualTo(target.textRu());
            Row s = find(ru.getSheet("Источники"), 0, "B0-FN1");
            assertThat(s.getCell(3).getStringCellValue()).isEqualTo(source.titleRu());
            assertThat(source.publisherRu()).isNotBlank();
            assertThat(s.getCell(4).getStringCellValue()).isEqualTo(source.publisherRu());
            Row about = find(ru.getSheet("О книге"), 1, "Рабочая книга");
            assertThat(about.getCell(2).getStringCellValue()).isEqualTo("coopbrief-2020-ru.xlsx");
        }
    }

    @Test
    void figureNotesAreTheDatasRussianNotesInTheRussianWorkbook() throws IOException {
        org.coopbrief.dataset.Figure figure = reader.figures().stream()
                .filter(f -> f.id().equals("F0030"))
                .findFirst()
                .orElseThrow();
        assertThat(figure.noteRu()).contains("ЕАЭС").doesNotContain("EAEU");
        try (XSSFWorkbook ru = open("coopbrief-2020-ru.xlsx");
                XSSFWorkbook en = open("coopbrief-2020.xlsx")) {
            Sheet russian = ru.getSheet("Показатели");
            Sheet english = en.getSheet("Figures");
            int ruNote = headers(russian).indexOf("Примечание");
            int enNote = headers(english).indexOf("Note");
            assertThat(ruNote).isEqualTo(enNote).isPositive();
            assertThat(find(russian, 0, "F0030").getCell(ruNote).getStringCellValue())
                    .isEqualTo(figure.noteRu());
            assertThat(find(english, 0, "F0030").getCell(enNote).getStringCellValue())
                    .isEqualTo(figure.note());
        }
    }

    @Test
    void eventNotesGrowthTextsAndItemsAreTheDatasRussianTextsInTheRussianWorkbook() throws IOException {
        Event event = reader.events().stream()
                .filter(e -> e.id().equals("E0001"))
                .findFirst()
                .orElseThrow();
        org.coopbrief.dataset.Figure growth = figure("F0003");
        org.coopbrief.dataset.Figure butter = figure("F0238");
        assertThat(event.noteRu()).containsPattern("\\p{IsCyrillic}").contains("B0:5227");
        assertThat(growth.growthTextRu()).isEqualTo("вырос на 34,3%");
        assertThat(butter.itemRu()).isEqualTo("сливочное масло");
        try (XSSFWorkbook ru = open("coopbrief-2020-ru.xlsx");
                XSSFWorkbook en = open("coopbrief-2020.xlsx")) {
            Sheet ruEvents = ru.getSheet("События");
            Sheet enEvents = en.getSheet("Events");
            int ruNote = headers(ruEvents).indexOf("Примечание");
            assertThat(ruNote).isEqualTo(headers(enEvents).indexOf("Note")).isPositive();
            int ruId = headers(ruEvents).indexOf("Код события");
            assertThat(find(ruEvents, ruId, "E0001").getCell(ruNote).getStringCellValue())
                    .isEqualTo(event.noteRu());
            assertThat(find(enEvents, ruId, "E0001").getCell(ruNote).getStringCellValue())
                    .isEqualTo(event.note());

            Sheet ruFigures = ru.getSheet("Показатели");
            Sheet enFigures = en.getSheet("Figures");
            int ruGrowth = headers(ruFigures).indexOf("Рост как напечатан");
            int ruItem = headers(ruFigures).indexOf("Позиция");
            assertThat(ruGrowth)
                    .isEqualTo(headers(enFigures).indexOf("Growth as printed"))
                    .isPositive();
            assertThat(ruItem).isEqualTo(headers(enFigures).indexOf("Item")).isPositive();
            assertThat(find(ruFigures, 0, "F0003").getCell(ruGrowth).getStringCellValue())
                    .isEqualTo("вырос на 34,3%");
            assertThat(find(enFigures, 0, "F0003").getCell(ruGrowth).getStringCellValue())
                    .isEqualTo("grew by 34.3%");
            assertThat(find(ruFigures, 0, "F0238").getCell(ruItem).getStringCellValue())
                    .isEqualTo("сливочное масло");
            assertThat(find(enFigures, 0, "F0238").getCell(ruItem).getStringCellValue())
                    .isEqualTo("butter");
            // no item of the data is left in English on the Russian sheets that show items
            Set<String> englishItems = reader.figures().stream()
                    .map(org.coopbrief.dataset.Figure::item)
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            assertThat(column(ruFigures, ruItem)).doesNotContainAnyElementsOf(englishItems);
            Sheet ruComparisons = ru.getSheet("Сравнения");
            assertThat(column(ruComparisons, headers(ruComparisons).indexOf("Позиция")))
                    .contains("сливочное масло")
                    .doesNotContainAnyElementsOf(englishItems);
        }
    }

    @Test
    void aTargetsItemIsItsRussianTextInTheRussianWorkbookAndEnglishInTheEnglishOne() throws IOException {
        org.coopbrief.dataset.Target materials = reader.targets().stream()
                .filter(t -> t.id().equals("T018"))
                .findFirst()
                .orElseThrow();
        assertThat(materials.item()).isEqualTo("construction materials");
        assertThat(materials.itemRu()).isEqualTo("строительные материалы");
        try (XSSFWorkbook ru = open("coopbrief-2020-ru.xlsx");
                XSSFWorkbook en = open("coopbrief-2020.xlsx")) {
            Sheet ruTargets = ru.getSheet("Цели");
            Sheet enTargets = en.getSheet("Targets");
            int ruItem = headers(ruTargets).indexOf("Позиция");
            assertThat(ruItem).isEqualTo(headers(enTargets).indexOf("Item")).isPositive();
            assertThat(find(ruTargets, 0, "T018").getCell(ruItem).getStringCellValue())
                    .isEqualTo("строительные материалы");
            assertThat(find(enTargets, 0, "T018").getCell(ruItem).getStringCellValue())
                    .isEqualTo("construction materials");
            // no target's item is left in English on the Russian Targets sheet
            Set<String> englishItems = reader.targets().stream()
                    .map(org.coopbrief.dataset.Target::item)
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            assertThat(englishItems).hasSize(3);
            assertThat(column(ruTargets, ruItem))
                    .contains("строительные материалы")
                    .doesNotContainAnyElementsOf(englishItems);
            assertThat(column(enTargets, ruItem)).contains("construction materials");
        }
    }

    @Test
    void aConvertedLevelNamesTheRatesRussianSourceInTheRussianWorkbook() throws IOException {
        org.coopbrief.dataset.ExchangeRate rate = reader.rates().stream()
                .filter(r -> r.currency().equals("RUB") && r.year() == 2013)
                .findFirst()
                .orElseThrow();
        assertThat(rate.sourceRu()).startsWith("Официальный курс Банка России");
        try (XSSFWorkbook ru = open("coopbrief-2020-ru.xlsx");
                XSSFWorkbook en = open("coopbrief-2020.xlsx")) {
            List<String> english = cellsContaining(en, rate.source());
            assertThat(english).as("cells naming the rate's source").isNotEmpty();
            assertThat(cellsContaining(ru, rate.source())).isEmpty();
            // the same cells (sheet index and address) name the Russian source in the Russian workbook
            assertThat(cellsContaining(ru, rate.sourceRu())).isEqualTo(english);
        }
    }

    /** "sheet index!address" of every text cell containing {@code text}. */
    private static List<String> cellsContaining(XSSFWorkbook wb, String text) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (Row row : wb.getSheetAt(i)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING
                            && c.getStringCellValue().contains(text)) {
                        found.add(i + "!" + c.getAddress());
                    }
                }
            }
        }
        return found;
    }

    private org.coopbrief.dataset.Figure figure(String id) {
        return reader.figures().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void reconciliationFindingsSayWhatTheirNumbersAreInRussian() throws IOException {
        try (XSSFWorkbook ru = open("coopbrief-2020-ru.xlsx")) {
            Sheet quality = ru.getSheet("Качество данных");
            List<String> headers = headers(quality);
            List<Integer> worded = List.of(
                    headers.indexOf("Первое"),
                    headers.indexOf("Второе"),
                    headers.indexOf("Основание допуска"),
                    headers.indexOf("Сообщение"));
            assertThat(worded).doesNotContain(-1);
            int rows = 0;
            for (Row row : quality) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                rows++;
                for (int c : worded) {
                    String text = row.getCell(c).getStringCellValue();
                    String where = "Качество данных!" + row.getCell(c).getAddress();
                    assertThat(text).as(where).containsPattern("\\p{IsCyrillic}");
                    // no English word is left once codes (USD_M, F0087, B0:5820) are taken out
                    assertThat(text.replaceAll("[A-Z][A-Za-z]*[_:-]?[A-Z0-9_:.-]*", ""))
                            .as(where)
                            .doesNotContainPattern("[a-z]{2,}");
                }
            }
            assertThat(rows).isPositive();
        }
    }

    private XSSFWorkbook open(String name) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(folder.resolve(name)));
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> tableNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s ->
                ((XSSFSheet) s).getTables().stream().map(XSSFTable::getName).forEach(names::add));
        return names;
    }

    private static List<String> references(XSSFChart chart) {
        return java.util.regex.Pattern.compile("<c:f>([^<]*)</c:f>")
                .matcher(chart.getCTChart().xmlText())
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        assertThat(r).as(sheet.getSheetName() + " row " + (row + 1)).isNotNull();
        Cell c = r.getCell(column);
        assertThat(c)
                .as(sheet.getSheetName() + " row " + (row + 1) + " column " + column)
                .isNotNull();
        return c;
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    private static Set<String> column(Sheet sheet, int column) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(r -> r.getRowNum() > 0 && r.getCell(column) != null)
                .map(r -> r.getCell(column).getStringCellValue())
                .collect(Collectors.toSet());
    }

    private static Row find(Sheet sheet, int column, String value) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(r -> r.getRowNum() > 0
                        && r.getCell(column) != null
                        && r.getCell(column).getCellType() == CellType.STRING
                        && value.equals(r.getCell(column).getStringCellValue()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in " + sheet.getSheetName()));
    }
}
