package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.AMOUNT;
import static org.coopbrief.export.excel.Styles.Kind.PLAIN_NUMBER;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.coopbrief.analysis.FindingRow;
import org.coopbrief.dataset.Reject;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.Texts;

/** Rows the load rejected, then the reconciliation findings: numbers that should agree and do not. */
final class DataQualitySheet {

    /** The sheet's name key: {@code xlsx.sheet.quality}. */
    static final String KEY = "quality";

    static final List<Column> COLUMNS = columns();

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("quality.category", 14, TEXT),
                new Column("quality.kind", 14, TEXT),
                new Column("quality.fileOrFigures", 18, TEXT),
                new Column("quality.line", 7, PLAIN_NUMBER),
                new Column("quality.field", 12, TEXT),
                new Column("quality.reporter", 10, TEXT),
                new Column("quality.partner", 12, TEXT),
                new Column("quality.indicator", 11, TEXT),
                new Column("quality.scope", 12, TEXT),
                new Column("quality.period", 10, TEXT)));
        columns.addAll(PeriodColumns.of(PeriodColumns.PERIOD));
        columns.addAll(List.of(
                new Column("quality.first", 28, TEXT),
                new Column("quality.firstValue", 11, AMOUNT),
                new Column("quality.second", 28, TEXT),
                new Column("quality.secondValue", 11, AMOUNT),
                new Column("quality.difference", 11, AMOUNT),
                new Column("quality.tolerance", 10, AMOUNT),
                new Column("quality.unit", 8, TEXT),
                new Column("quality.unitMeaning", 12, TEXT),
                new Column("quality.withinTolerance", 9, TEXT),
                new Column("quality.toleranceBasis", 30, TEXT),
                new Column("quality.rejectedValue", 20, TEXT),
                new Column("quality.rawText", 40, TEXT),
                new Column("quality.message", 60, TEXT)));
        return List.copyOf(columns);
    }

    static final int REJECTED_VALUE = Column.indexOf(COLUMNS, "quality.rejectedValue");
    static final int RAW_TEXT = Column.indexOf(COLUMNS, "quality.rawText");
    static final int MESSAGE = Column.indexOf(COLUMNS, "quality.message");

    private DataQualitySheet() {}

    static int write(Sheet sheet, Styles styles, Texts texts, List<Reject> rejects, List<FindingRow> findings) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, texts, 1);
        for (Reject r : rejects) {
            Row row = out.next();
            out.text(row, 0, texts.text("xlsx.quality.rejected"));
            out.text(row, 2, r.file());
            out.number(row, 3, r.line());
            out.text(row, 4, r.field());
            out.text(row, REJECTED_VALUE, r.value());
            out.text(row, RAW_TEXT, r.raw());
            out.text(row, MESSAGE, reason(texts, r));
        }
        for (FindingRow f : findings) {
            Row row = out.next();
            int c = 0;
            out.text(row, c++, texts.text("xlsx.quality.reconciliation"));
            out.text(row, c++, f.kind().code());
            out.text(row, c++, String.join(", ", f.figureIds()));
            c += 2; // line and field belong to rejects
            out.text(row, c++, f.reporter());
            out.text(row, c++, f.partner());
            out.text(row, c++, f.indicator() == null ? null : f.indicator().code());
            out.text(row, c++, f.scope() == null ? null : f.scope().code());
            out.text(row, c++, f.period() == null ? null : f.period().code());
            c = PeriodColumns.write(out, row, c, f.period(), texts);
            Unit unit = f.unit();
            out.text(row, c++, out.reason(f.firstLabel()));
            out.measure(row, c++, f.firstAmount(), unit);
            out.text(row, c++, out.reason(f.secondLabel()));
            out.measure(row, c++, f.secondAmount(), unit);
            out.measure(row, c++, f.difference(), unit);
            out.measure(row, c++, f.tolerance(), unit);
            out.text(row, c++, unit == null ? null : unit.name());
            out.text(row, c++, Measure.meaning(out, unit));
            out.text(row, c++, out.word(f.withinTolerance() ? "xlsx.yes" : "xlsx.no"));
            out.text(row, c++, out.reason(f.toleranceBasis()));
            out.text(
                    row,
                    MESSAGE,
                    out.reason(f.message())); // after the reject columns, last: long text overflows into nothing
        }
        out.finish();
        return out.rows();
    }

    /**
     * Why the load rejected the row, in the workbook's language: its {@link org.coopbrief.dataset.Problem}
     * through the bundle's {@code reject.<key>} where the bundle words it (Russian), else the load's
     * English sentence.
     */
    static String reason(Texts texts, Reject r) {
        if (r.problem() != null && texts.has("reject." + r.problem().key())) {
            return texts.text("reject." + r.problem().key(), r.problem().args().toArray());
        }
        return r.reason();
    }
}
