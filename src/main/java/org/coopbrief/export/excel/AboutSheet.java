package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.TEXT;
import static org.coopbrief.export.excel.Styles.Kind.WRAPPED;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Methodology;
import org.coopbrief.localisation.Texts;
import org.coopbrief.run.ReportSelection;

/** What the workbook is: the run's parameters, the definitions, and what every column of every sheet means. */
final class AboutSheet {

    static final String NAME = "About";

    static final List<Column> COLUMNS = List.of(
            new Column("Topic", 14, TEXT, "Run, Definitions, or the sheet a column belongs to"),
            new Column("Item", 26, TEXT, "The parameter, the term, or the column header"),
            new Column(
                    "Value or meaning",
                    90,
                    WRAPPED,
                    "The parameter's value, the definition, or what the column means"));

    /** What the workbook itself adds to the definitions the briefings share ({@link Methodology}). */
    private static final List<String[]> WORKBOOK_NOTES = List.of(
            new String[] {
                "Formulas",
                "Change, Change %, CAGR (Comparisons), Attainment and Gap (Targets) and the Summary's change column are live formulas over the value cells of their row; their stored results are the application's numbers."
            },
            new String[] {
                "Text safety",
                "Text from the input that begins with =, +, -, @, a tab or a carriage return is stored as quote-prefixed text: shown as written, never evaluated."
            });

    private AboutSheet() {}

    static void write(
            Sheet sheet,
            Styles styles,
            RunInfo run,
            ReportSelection parameters,
            String fileName,
            Map<String, List<Column>> sheets) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, 0);
        out.fitToPageWidth();
        ReportSelection p = parameters;
        row(out, "Run", "Software version", run.version());
        row(out, "Run", "Workbook", fileName);
        row(out, "Run", "Run id", Long.toString(run.runId()));
        row(out, "Run", "As-of date", p.asOf() == null ? "" : p.asOf().toString());
        row(out, "Run", "Focus period", p.focus() == null ? "" : p.focus().code());
        row(out, "Run", "Reporter", p.reporter());
        row(out, "Run", "Partners", p.partners().isEmpty() ? "all" : String.join(", ", p.partners()));
        row(out, "Run", "Input", run.inputDir() == null ? "" : run.inputDir());
        Texts english = Texts.of(Language.EN);
        for (String topic : Methodology.TOPICS) {
            row(out, "Definitions", Methodology.title(english, topic), Methodology.text(english, topic));
        }
        for (String[] d : WORKBOOK_NOTES) {
            row(out, "Definitions", d[0], d[1]);
        }
        sheets.forEach((name, columns) -> columns.forEach(c -> row(out, name, c.header(), c.meaning())));
        out.finish();
    }

    private static void row(DataSheet out, String topic, String item, String value) {
        Row row = out.next();
        out.text(row, 0, topic);
        out.text(row, 1, item);
        out.text(row, 2, value);
    }
}
