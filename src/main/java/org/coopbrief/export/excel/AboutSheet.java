package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.TEXT;
import static org.coopbrief.export.excel.Styles.Kind.WRAPPED;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.coopbrief.localisation.Methodology;
import org.coopbrief.localisation.Texts;
import org.coopbrief.run.ReportSelection;

/** What the workbook is: the run's parameters, the definitions, and what every column of every sheet means. */
final class AboutSheet {

    /** The sheet's name key: {@code xlsx.sheet.about}. */
    static final String KEY = "about";

    static final List<Column> COLUMNS = List.of(
            new Column("about.topic", 14, TEXT),
            new Column("about.item", 26, TEXT),
            new Column("about.valueOrMeaning", 90, WRAPPED));

    /** What the workbook itself adds to the definitions the briefings share ({@link Methodology}): keys xlsx.about.<note>. */
    private static final List<String> WORKBOOK_NOTES =
            List.of("formulas", "textSafety", "periods", "numbers", "print", "contractChanges");

    private AboutSheet() {}

    /** @param sheets each data sheet's name in the workbook's language, with its columns */
    static void write(
            Sheet sheet,
            Styles styles,
            Texts texts,
            RunInfo run,
            ReportSelection parameters,
            String fileName,
            Map<String, List<Column>> sheets) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, texts, 0);
        ReportSelection p = parameters;
        String topic = texts.text("xlsx.about.run");
        row(out, topic, texts.text("xlsx.about.version"), run.version());
        row(out, topic, texts.text("xlsx.about.workbook"), fileName);
        row(out, topic, texts.text("xlsx.about.runId"), Long.toString(run.runId()));
        row(
                out,
                topic,
                texts.text("xlsx.about.asOf"),
                p.asOf() == null ? "" : p.asOf().toString());
        row(
                out,
                topic,
                texts.text("xlsx.about.focus"),
                p.focus() == null ? "" : p.focus().code());
        row(out, topic, texts.text("xlsx.about.reporter"), p.reporter());
        row(
                out,
                topic,
                texts.text("xlsx.about.partners"),
                p.partners().isEmpty() ? texts.text("xlsx.all") : String.join(", ", p.partners()));
        row(out, topic, texts.text("xlsx.about.input"), run.inputDir() == null ? "" : run.inputDir());
        String definitions = texts.text("xlsx.about.definitions");
        for (String t : Methodology.TOPICS) {
            row(out, definitions, Methodology.title(texts, t), Methodology.text(texts, t));
        }
        for (String note : WORKBOOK_NOTES) {
            row(out, definitions, texts.text("xlsx.about." + note), texts.text("xlsx.about." + note + ".meaning"));
        }
        sheets.forEach((name, columns) -> columns.forEach(c -> row(out, name, c.header(texts), c.meaning(texts))));
        out.finish();
    }

    private static void row(DataSheet out, String topic, String item, String value) {
        Row row = out.next();
        out.text(row, 0, topic);
        out.text(row, 1, item);
        out.text(row, 2, value);
    }
}
