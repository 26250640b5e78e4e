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
import org.coopbrief.analysis.Changes;
import org.coopbrief.analysis.FindingRow;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.dataset.Reject;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;
import org.coopbrief.run.ReportSelection;

/**
 * Writes the analysts' workbook. The Summary (charts need the full object model) is built with
 * XSSF; every other sheet is streamed (SXSSF): only a window of rows is in memory, the rest goes
 * to a temporary file, so the heap needed does not grow with the dataset.
 */
final class WorkbookWriter {

    /**
     * The sheets' name keys in workbook order ({@code xlsx.sheet.<key>}): their names in each
     * language are a contract, analysts build on them.
     */
    static final List<String> SHEETS = List.of(
            SummarySheet.KEY,
            ChangesSheet.KEY,
            PivotSheet.KEY,
            SeriesSheet.KEY,
            FiguresSheet.KEY,
            ComparisonsSheet.KEY,
            TargetsSheet.KEY,
            EventsSheet.KEY,
            DataQualitySheet.KEY,
            SourcesSheet.KEY,
            AboutSheet.KEY);

    /** Rows kept in memory per streamed sheet before they are flushed. */
    private static final int WINDOW = 200;

    /** What one workbook is made of, and its language. */
    record Inputs(RunInfo run, WorkbookDataset dataset, AnalysisReport report, Language language, Changes changes) {

        /** A workbook of the first briefing of a series (nothing to list on the Changes sheet). */
        Inputs(RunInfo run, WorkbookDataset dataset, AnalysisReport report, Language language) {
            this(
                    run,
                    dataset,
                    report,
                    language,
                    Changes.first(report.parameters().reporter()));
        }

        /** The English workbook. */
        Inputs(RunInfo run, WorkbookDataset dataset, AnalysisReport report) {
            this(run, dataset, report, Language.EN);
        }
    }

    /** The sheet names of a workbook in {@code texts}' language, in workbook order. */
    static List<String> sheetNames(Texts texts) {
        return SHEETS.stream().map(key -> sheetName(texts, key)).toList();
    }

    static String sheetName(Texts texts, String key) {
        return texts.text("xlsx.sheet." + key);
    }

    /**
     * The file name for a focus period and language: {@code coopbrief-<period>.xlsx} in English
     * (e.g. coopbrief-2021.xlsx), {@code coopbrief-<period>-<lang>.xlsx} in another language.
     */
    static String fileName(ReportSelection parameters, Language language) {
        return "coopbrief-"
                + (parameters.focus() == null ? "all" : parameters.focus().code())
                + (language == Language.EN ? "" : "-" + language.code()) + ".xlsx";
    }

    /** Writes the workbook to {@code file} (a temporary name); {@code fileName} is the name it will carry. */
    void write(Path file, String fileName, Inputs inputs) throws IOException {
        AnalysisReport report = inputs.report();
        WorkbookDataset dataset = inputs.dataset();
        ReportSelection parameters = report.parameters();
        Texts texts = Texts.of(inputs.language());
        Map<String, String> names = dataset.entityNames(inputs.language());
        List<TargetRow> targets = report.targets();
        List<FindingRow> findings = report.findings();
        List<Reject> rejects = dataset.rejects(inputs.run().runId());

        XSSFWorkbook xssf = new XSSFWorkbook();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(xssf, WINDOW)) {
            // temporary sheet files uncompressed: gzip cost a third of the step at scale; they are deleted on close
            workbook.setCompressTempFiles(false);
            Styles styles = new Styles(xssf);

            SummarySheet.Gathered gathered = new SummarySheet.Gathered(parameters.reporter());
            report.comparisons().forEach(gathered::accept);
            XSSFSheet summary = xssf.createSheet(sheetName(texts, SummarySheet.KEY));
            SummarySheet.write(
                    summary,
                    styles,
                    texts,
                    new SummarySheet.Facts(
                            inputs.run(), parameters, dataset.counts(), rejects.size(), findings.size(), names),
                    gathered,
                    report.ranking(),
                    targets);
            PrintLayout.apply(summary, texts, 0);

            // an item in the workbook's language: the Russian workbook words it with the data's item_ru
            Map<String, String> items =
                    texts.language() == org.coopbrief.localisation.Language.RU ? dataset.russianItems() : Map.of();
            ChangesSheet.write(
                    workbook.createSheet(sheetName(texts, ChangesSheet.KEY)), styles, texts, inputs.changes(), items);
            // the pivot's sheet in its place now; its table once the Figures rows are written
            XSSFSheet pivot = xssf.createSheet(sheetName(texts, PivotSheet.KEY));
            String series = sheetName(texts, SeriesSheet.KEY);
            SeriesSheet.write(workbook.createSheet(series), styles, texts, report.comparisons(), names);

            String figures = sheetName(texts, FiguresSheet.KEY);
            Map<String, DataSheet.Values> figureValues = FiguresSheet.write(
                    workbook.createSheet(figures),
                    xssf.getSheet(figures),
                    styles,
                    texts,
                    dataset,
                    report,
                    names,
                    PivotSheet.FIELDS);
            XSSFSheet figuresPart = xssf.getSheet(figures);
            PivotSheet.write(
                    pivot,
                    figuresPart,
                    figuresPart.getTables().get(0).getEndRowIndex(),
                    texts,
                    figureValues,
                    new PivotSheet.Selection(
                            parameters.reporter(),
                            org.coopbrief.dataset.Indicator.TURNOVER.code(),
                            report.ranking().isEmpty()
                                    ? org.coopbrief.dataset.Scope.GOODS.code()
                                    : report.ranking().get(0).row().scope().code()),
                    "#,##0.0#");
            PrintLayout.apply(pivot, texts, 0);
            String comparisons = sheetName(texts, ComparisonsSheet.KEY);
            ComparisonsSheet.write(
                    workbook.createSheet(comparisons), xssf.getSheet(comparisons), styles, texts, report, names, items);
            TargetsSheet.write(
                    workbook.createSheet(sheetName(texts, TargetsSheet.KEY)),
                    styles,
                    texts,
                    targets,
                    names,
                    dataset.russianTargetTexts(),
                    items);
            String events = sheetName(texts, EventsSheet.KEY);
            EventsSheet.write(workbook.createSheet(events), xssf.getSheet(events), styles, texts, dataset, names);
            DataQualitySheet.write(
                    workbook.createSheet(sheetName(texts, DataQualitySheet.KEY)), styles, texts, rejects, findings);
            SourcesSheet.write(workbook.createSheet(sheetName(texts, SourcesSheet.KEY)), styles, texts, dataset);
            Map<String, List<Column>> columns = new LinkedHashMap<>();
            columns.put(sheetName(texts, ChangesSheet.KEY), ChangesSheet.COLUMNS);
            columns.put(series, SeriesSheet.COLUMNS);
            columns.put(figures, FiguresSheet.COLUMNS);
            columns.put(comparisons, ComparisonsSheet.COLUMNS);
            columns.put(sheetName(texts, TargetsSheet.KEY), TargetsSheet.COLUMNS);
            columns.put(events, EventsSheet.COLUMNS);
            columns.put(sheetName(texts, DataQualitySheet.KEY), DataQualitySheet.COLUMNS);
            columns.put(sheetName(texts, SourcesSheet.KEY), SourcesSheet.COLUMNS);
            AboutSheet.write(
                    workbook.createSheet(sheetName(texts, AboutSheet.KEY)),
                    styles,
                    texts,
                    inputs.run(),
                    parameters,
                    fileName,
                    columns);

            workbook.setActiveSheet(0);
            // no creation time: the same run on the same data writes the same bytes (the manifest has the time)
            var properties = xssf.getProperties().getCoreProperties();
            properties.setCreated(java.util.Optional.empty());
            properties.setCreator("coopbrief");
            properties.setTitle(texts.text(
                    "xlsx.title",
                    parameters.focus() == null ? "" : parameters.focus().code()));
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
