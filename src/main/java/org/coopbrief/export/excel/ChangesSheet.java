package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.AMOUNT;
import static org.coopbrief.export.excel.Styles.Kind.DATE;
import static org.coopbrief.export.excel.Styles.Kind.PLAIN_NUMBER;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;
import static org.coopbrief.export.excel.Styles.Kind.WRAPPED;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.coopbrief.analysis.ChangeRow;
import org.coopbrief.analysis.Changes;
import org.coopbrief.localisation.Texts;

/**
 * What is new since the previous briefing of the series, one row per change, as the analysis lists
 * them ({@link Changes}); no row for the first briefing of a series.
 */
final class ChangesSheet {

    /** The sheet's name key: {@code xlsx.sheet.changes}. */
    static final String KEY = "changes";

    static final List<Column> COLUMNS = List.of(
            new Column("changes.change", 16, TEXT),
            new Column("changes.what", 18, TEXT),
            new Column("changes.id", 12, TEXT),
            new Column("changes.reporter", 10, TEXT),
            new Column("changes.partner", 12, TEXT),
            new Column("changes.indicator", 11, TEXT),
            new Column("changes.scope", 12, TEXT),
            new Column("changes.item", 14, TEXT),
            new Column("changes.period", 10, TEXT),
            new Column("changes.date", 11, DATE),
            new Column("changes.before", 11, AMOUNT),
            new Column("changes.beforeUnit", 8, TEXT),
            new Column("changes.beforeQualifier", 10, TEXT),
            new Column("changes.after", 11, AMOUNT),
            new Column("changes.afterUnit", 8, TEXT),
            new Column("changes.afterQualifier", 10, TEXT),
            new Column("changes.beforeStatus", 12, TEXT),
            new Column("changes.afterStatus", 12, TEXT),
            new Column("changes.deadline", 10, TEXT),
            new Column("changes.sinceRun", 8, PLAIN_NUMBER),
            new Column("changes.sinceIssued", 11, DATE),
            new Column("changes.description", 70, WRAPPED));

    private ChangesSheet() {}

    /** {@code items}: an item's text in the workbook's language (empty: the data's item as it is). */
    static int write(Sheet sheet, Styles styles, Texts texts, Changes changes, java.util.Map<String, String> items) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, texts, 1);
        for (ChangeRow r : changes.rows()) {
            Row row = out.next();
            int c = 0;
            out.text(row, c++, r.kind().code());
            out.text(row, c++, texts.text("news.kind." + r.kind().code()));
            out.text(row, c++, r.subject());
            out.text(row, c++, r.reporter());
            out.text(row, c++, r.partner() != null ? r.partner() : String.join(";", r.parties()));
            out.text(row, c++, r.indicator() == null ? null : r.indicator().code());
            out.text(row, c++, r.scope() == null ? null : r.scope().code());
            out.text(row, c++, r.item() == null ? null : items.getOrDefault(r.item(), r.item()));
            out.text(row, c++, r.period() == null ? null : r.period().code());
            out.date(row, c++, r.date() == null ? null : r.date().date(), DATE);
            c = value(out, row, c, r.before());
            c = value(out, row, c, r.after());
            out.text(row, c++, status(texts, r.before()));
            out.text(row, c++, status(texts, r.after()));
            out.text(row, c++, r.after() == null ? null : r.after().deadline());
            out.number(row, c++, (double) changes.since().run());
            out.date(row, c++, changes.since().issued(), DATE);
            out.text(row, c, changes.point(r, texts.language()));
        }
        out.finish();
        return out.rows();
    }

    private static int value(DataSheet out, Row row, int c, ChangeRow.Value v) {
        if (v != null) {
            out.number(row, c, v.amount());
            out.text(row, c + 1, v.unit() == null ? null : v.unit().name());
            out.text(row, c + 2, v.qualifier() == null ? null : v.qualifier().code());
        }
        return c + 3;
    }

    private static String status(Texts texts, ChangeRow.Value v) {
        return v == null || v.status() == null
                ? null
                : texts.text("status." + v.status().name());
    }
}
