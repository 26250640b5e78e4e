package org.coopbrief.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopbrief.CoopbriefTest;
import org.coopbrief.dataset.Period;
import org.coopbrief.ingest.TestInputs;
import org.coopbrief.localisation.Language;
import org.coopbrief.run.ReportSelection;
import org.coopbrief.run.RunParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The main job on the bundled dataset (plus one hostile event title) writes the workbook into the
 * run's folder; read back with POI.
 */
@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/workbook-pipeline-test")
class WorkbookPipelineTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://example.com\",\"x\")";
    static final Path REPORTS = Path.of("target/test-reports/workbook-pipeline-test");
    static final Path INPUT = Path.of("target/test-inputs/workbook-pipeline-test");

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("pipelineJob")
    Job pipelineJob;

    @BeforeAll
    static void bundledDataWithAHostileTitle() throws IOException {
        Files.createDirectories(INPUT);
        for (String name : TestInputs.FILES) {
            Files.copy(Path.of("input", name), INPUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        TestInputs.appendLine(
                INPUT.resolve("events.csv"),
                "E9999,2021-06-15,other,BY;AF,,,\"" + HYPERLINK.replace("\"", "\"\"")
                        + "\",\"=ГИПЕРССЫЛКА(\"\"http://example.com\"\";\"\"x\"\")\",,B1:520,,");
    }

    private Path runPipeline() throws Exception {
        jobs.setJob(pipelineJob);
        RunParameters parameters = new RunParameters(
                new ReportSelection(LocalDate.of(2021, 12, 31), Period.year(2020), "BY", List.of()),
                List.of(Language.EN),
                System.nanoTime(),
                INPUT.toAbsolutePath(),
                "2020");
        JobExecution execution = jobs.startJob(parameters.toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return REPORTS.resolve("2020")
                .resolve(Long.toString(execution.getJobInstance().getInstanceId()));
    }

    @Test
    void writesTheWorkbookForTheFocusPeriodIntoTheRunFolder() throws Exception {
        Path folder = runPipeline();
        Path file = folder.resolve("coopbrief-2020.xlsx");
        assertThat(file).exists();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".tmp"))
                    .as("--lang en writes no Russian workbook")
                    .doesNotContain("coopbrief-2020-ru.xlsx");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            Sheet figures = wb.getSheet("Figures");
            long printed = rows(figures)
                    .filter(r -> "no".equals(text(r, FiguresSheet.DERIVED)))
                    .count();
            assertThat(printed).isEqualTo(262);
            Row surplus = find(figures, 0, "F0001");
            assertThat(text(surplus, 1)).isEqualTo("BY");
            assertThat(text(surplus, 2)).isEqualTo("Belarus");
            assertThat(text(surplus, 4)).isEqualTo("Afghanistan");
            assertThat(surplus.getCell(FiguresSheet.ORIGINAL_VALUE).getNumericCellValue())
                    .isEqualTo(38.1);
            assertThat(surplus.getCell(FiguresSheet.USD_MILLION).getNumericCellValue())
                    .isEqualTo(38.1);
            assertThat(text(find(figures, 0, "F0238"), 7)).isEqualTo("butter");

            Sheet events = wb.getSheet("Events");
            assertThat(events.getLastRowNum()).isEqualTo(383);
            LocalDateTime previous = LocalDateTime.MIN;
            for (Row row : (Iterable<Row>) rows(events)::iterator) {
                Cell date = row.getCell(0);
                assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
                assertThat(date.getLocalDateTimeCellValue()).isAfterOrEqualTo(previous);
                previous = date.getLocalDateTimeCellValue();
            }
            Row hostile = find(events, 10, "E9999");
            assertThat(hostile.getCell(7).getCellType()).isEqualTo(CellType.STRING);
            assertThat(hostile.getCell(7).getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(hostile.getCell(7).getCellStyle().getQuotePrefixed()).isTrue();

            assertThat(wb.getSheet("Sources").getLastRowNum()).isEqualTo(429);
            // the targets the comparisons evaluated for the run's reporter, as the Summary counts them
            Row evaluated = find(wb.getSheet("Summary"), 0, "Targets evaluated");
            assertThat(wb.getSheet("Targets").getLastRowNum())
                    .isEqualTo((int) evaluated.getCell(1).getNumericCellValue())
                    .isPositive();
            assertThat(text(evaluated, 2)).isEqualTo("of 53 in the data");
        }
    }

    private static Stream<Row> rows(Sheet sheet) {
        return java.util.stream.StreamSupport.stream(sheet.spliterator(), false).filter(r -> r.getRowNum() > 0);
    }

    private static String text(Row row, int column) {
        Cell c = row.getCell(column);
        return c == null ? null : c.getStringCellValue();
    }

    private static Row find(Sheet sheet, int column, String value) {
        return rows(sheet)
                .filter(r -> r.getCell(column) != null
                        && r.getCell(column).getCellType() == CellType.STRING
                        && value.equals(text(r, column)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in " + sheet.getSheetName()));
    }
}
