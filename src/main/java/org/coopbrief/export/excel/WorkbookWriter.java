package org.coopbrief.export.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.FindingRow;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.dataset.Reject;
import org.coopbrief.run.ReportSelection;

/**
 * Writes the analysts' workbook. The Summary (charts need the full object model) is built with
 * XSSF; every other sheet is streamed (SXSSF): only a window of rows is in memory, the rest goes
 * to a temporary file, so the heap needed does not grow with the dataset.
 */
final class WorkbookWriter {

    /** Sheet names in workbook order: a contract, analysts build on them. */
    static final List<String> SHEETS = List.of(
            SummarySheet.NAME,
            FiguresSheet.NAME,
            ComparisonsSheet.NAME,
            TargetsSheet.NAME,
            EventsSheet.NAME,
            DataQualitySheet.NAME,
            SourcesSheet.NAME,
            AboutSheet.NAME);

    /** Rows kept in memory per streamed sheet before they are flushed. */
    private static final int WINDOW = 200;

    /** What one workbook is made of. */
    record Inputs(RunInfo run, WorkbookDataset dataset, AnalysisReport report) {}

    /** The file name for a focus period: {@code coopbrief-<period>.xlsx}, e.g. coopbrief-2021.xlsx. */
    static String fileName(ReportSelection parameters) {
        return "coopbrief-"
                + (parameters.focus() == null ? "all" : parameters.focus().code()) + ".xlsx";
    }

    /** Writes the workbook to {@code file} (a temporary name); {@code fileName} is the name it will carry. */
    void write(Path file, String fileName, Inputs inputs) throws IOException {
        AnalysisReport report = inputs.report();
        WorkbookDataset dataset = inputs.dataset();
        ReportSelection parameters = report.parameters();
        Map<String, String> names = dataset.entityNames();
        List<TargetRow> targets = report.targets();
        List<FindingRow> findings = report.findings();
        List<Reject> rejects = dataset.rejects(inputs.run().runId());

        XSSFWorkbook xssf = new XSSFWorkbook();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(xssf, WINDOW)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(xssf);

            SummarySheet.Gathered gathered = new SummarySheet.Gathered(parameters.reporter());
            report.comparisons().forEach(gathered::accept);
            XSSFSheet summary = xssf.createSheet(SummarySheet.NAME);
            SummarySheet.write(
                    summary,
                    styles,
                    new SummarySheet.Facts(
                            inputs.run(), parameters, dataset.counts(), rejects.size(), findings.size(), names),
                    gathered,
                    report.ranking(),
                    targets);

            FiguresSheet.write(
                    workbook.createSheet(FiguresSheet.NAME),
                    xssf.getSheet(FiguresSheet.NAME),
                    styles,
                    dataset,
                    report,
                    names);
            ComparisonsSheet.write(
                    workbook.createSheet(ComparisonsSheet.NAME),
                    xssf.getSheet(ComparisonsSheet.NAME),
                    styles,
                    report,
                    names);
            TargetsSheet.write(workbook.createSheet(TargetsSheet.NAME), styles, targets, names);
            EventsSheet.write(
                    workbook.createSheet(EventsSheet.NAME), xssf.getSheet(EventsSheet.NAME), styles, dataset, names);
            DataQualitySheet.write(workbook.createSheet(DataQualitySheet.NAME), styles, rejects, findings);
            SourcesSheet.write(workbook.createSheet(SourcesSheet.NAME), styles, dataset);
            Map<String, List<Column>> columns = new LinkedHashMap<>();
            columns.put(FiguresSheet.NAME, FiguresSheet.COLUMNS);
            columns.put(ComparisonsSheet.NAME, ComparisonsSheet.COLUMNS);
            columns.put(TargetsSheet.NAME, TargetsSheet.COLUMNS);
            columns.put(EventsSheet.NAME, EventsSheet.COLUMNS);
            columns.put(DataQualitySheet.NAME, DataQualitySheet.COLUMNS);
            columns.put(SourcesSheet.NAME, SourcesSheet.COLUMNS);
            AboutSheet.write(
                    workbook.createSheet(AboutSheet.NAME), styles, inputs.run(), parameters, fileName, columns);

            workbook.setActiveSheet(0);
            // no creation time: the same run on the same data writes the same bytes (the manifest has the time)
            var properties = xssf.getProperties().getCoreProperties();
            properties.setCreated(java.util.Optional.empty());
            properties.setCreator("coopbrief");
            properties.setTitle("coopbrief workbook "
                    + (parameters.focus() == null ? "" : parameters.focus().code()));
            // Excel recalculates on open; the stored results are already the application's numbers
            xssf.setForceFormulaRecalculation(true);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        }
    }
}
