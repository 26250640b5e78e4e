package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.AMOUNT;
import static org.coopbrief.export.excel.Styles.Kind.PLAIN_NUMBER;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.coopbrief.analysis.FindingRow;
import org.coopbrief.dataset.Reject;

/** Rows the load rejected, then the reconciliation findings: numbers that should agree and do not. */
final class DataQualitySheet {

    static final String NAME = "Data quality";

    static final List<Column> COLUMNS = List.of(
            new Column(
                    "Category",
                    14,
                    TEXT,
                    "rejected row (the load refused it) or reconciliation (two numbers that should agree)"),
            new Column(
                    "Kind",
                    14,
                    TEXT,
                    "For findings: stated_growth (stated against computed growth), flow_sum (turnover against exports + imports), flow_balance, conflict (two printed versions of one number)"),
            new Column("File or figures", 18, TEXT, "The input file of a rejected row, or the figure ids of a finding"),
            new Column("Line", 7, PLAIN_NUMBER, "Line of the rejected row in its file"),
            new Column("Field", 12, TEXT, "The field that was rejected"),
            new Column("Reporter", 10, TEXT, "Entity code of the reporter"),
            new Column("Partner", 12, TEXT, "Entity code of the partner"),
            new Column("Indicator", 11, TEXT, "Indicator of the finding"),
            new Column("Scope", 12, TEXT, "Scope of the finding"),
            new Column("Period", 10, TEXT, "Period of the finding"),
            new Column("First", 28, TEXT, "What the first number is"),
            new Column("First value", 11, AMOUNT, "The first number"),
            new Column("Second", 28, TEXT, "What the second number is"),
            new Column("Second value", 11, AMOUNT, "The second number"),
            new Column("Difference", 11, AMOUNT, "Second - first (percentage points for growth findings)"),
            new Column("Tolerance", 10, AMOUNT, "The largest difference the rounding of the printed inputs allows"),
            new Column("Unit", 8, TEXT, "PERCENT for growth findings, else the unit of the amounts (USD_M for money)"),
            new Column(
                    "Within tolerance",
                    9,
                    TEXT,
                    "yes when the difference is within the tolerance: conflicts, and stated growths that differ from the change"
                            + " shown beside them only as far as their words ('more than doubled') or their currency allow,"
                            + " are always listed"),
            new Column("Tolerance basis", 30, TEXT, "How the tolerance was derived"),
            new Column("Rejected value", 20, TEXT, "The value that was rejected"),
            new Column("Raw text", 40, TEXT, "The rejected row as read"),
            new Column("Message", 60, TEXT, "The finding, or the reason the row was rejected"));

    private DataQualitySheet() {}

    static int write(Sheet sheet, Styles styles, List<Reject> rejects, List<FindingRow> findings) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, 1);
        for (Reject r : rejects) {
            Row row = out.next();
            out.text(row, 0, "rejected row");
            out.text(row, 2, r.file());
            out.number(row, 3, r.line());
            out.text(row, 4, r.field());
            out.text(row, 19, r.value());
            out.text(row, 20, r.raw());
            out.text(row, 21, r.reason());
        }
        for (FindingRow f : findings) {
            Row row = out.next();
            int c = 0;
            out.text(row, c++, "reconciliation");
            out.text(row, c++, f.kind().code());
            out.text(row, c++, String.join(", ", f.figureIds()));
            c += 2; // line and field belong to rejects
            out.text(row, c++, f.reporter());
            out.text(row, c++, f.partner());
            out.text(row, c++, f.indicator() == null ? null : f.indicator().code());
            out.text(row, c++, f.scope() == null ? null : f.scope().code());
            out.text(row, c++, f.period() == null ? null : f.period().code());
            out.text(row, c++, f.firstLabel());
            out.number(row, c++, f.firstAmount());
            out.text(row, c++, f.secondLabel());
            out.number(row, c++, f.secondAmount());
            out.number(row, c++, f.difference());
            out.number(row, c++, f.tolerance());
            out.text(row, c++, f.unit() == null ? null : f.unit().name());
            out.text(row, c++, f.withinTolerance() ? "yes" : "no");
            out.text(row, c++, f.toleranceBasis());
            out.text(row, c + 2, f.message()); // after the reject columns, last: long text overflows into nothing
        }
        out.finish();
        return out.rows();
    }
}
