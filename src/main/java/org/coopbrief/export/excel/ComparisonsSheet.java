package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.AMOUNT;
import static org.coopbrief.export.excel.Styles.Kind.INTEGER;
import static org.coopbrief.export.excel.Styles.Kind.PERCENT;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.Change;
import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.GrowthRow;
import org.coopbrief.analysis.Level;
import org.coopbrief.analysis.LongestGrowth;
import org.coopbrief.analysis.Standing;
import org.coopbrief.dataset.Unit;

/**
 * One row per reporter, partner, indicator, scope and period. The change and CAGR cells are
 * formulas over the value cells of the same row, so an analyst who corrects a value sees them
 * recomputed; each formula's stored result is the number the analysis computed.
 */
final class ComparisonsSheet {

    static final String NAME = "Comparisons";
    /** The Excel table over the rows, for pivot tables and structured references. */
    static final String TABLE = "ComparisonsTable";

    static final List<Column> COLUMNS = List.of(
            new Column("Reporter", 10, TEXT, "Entity code of the reporting side"),
            new Column("Reporter name", 24, TEXT, "English name of the reporter"),
            new Column("Partner", 12, TEXT, "Entity code of the partner"),
            new Column("Partner name", 24, TEXT, "English name of the partner"),
            new Column("Indicator", 11, TEXT, "turnover, exports, imports, balance, or another indicator"),
            new Column("Scope", 13, TEXT, "What the number covers; different scopes are never compared"),
            new Column("Item", 12, TEXT, "The part of the whole compared (e.g. butter); empty for the whole"),
            new Column("Period", 11, TEXT, "The period compared (same syntax as Figures)"),
            new Column("Focus period", 8, TEXT, "yes for the run's focus period"),
            new Column("Unit", 8, TEXT, "USD_M (USD million) for money; otherwise the printed unit"),
            new Column(
                    "Value",
                    12,
                    AMOUNT,
                    "The level in the period: reported, derived from other flows, or implied by a stated growth"),
            new Column(
                    "Origin",
                    9,
                    TEXT,
                    "reported (printed in the books), derived (from two other flows), implied (from a stated growth)"),
            new Column(
                    "Approximate",
                    8,
                    TEXT,
                    "~ when the value or the change rests on an approximate, converted, derived or implied number"),
            new Column(
                    "Previous period",
                    11,
                    TEXT,
                    "The same stretch of the calendar one year earlier (a partial year only against the same months)"),
            new Column("Previous value", 12, AMOUNT, "The level in the previous comparable period"),
            new Column("Previous origin", 9, TEXT, "reported, derived or implied"),
            new Column("Change", 12, AMOUNT, "Formula: Value - Previous value (abs = v(t) - v(t-1))"),
            new Column(
                    "Change %",
                    10,
                    PERCENT,
                    "Formula: Value / Previous value - 1, only when the previous value is above zero (otherwise n/a)"),
            new Column("CAGR from", 10, TEXT, "First year of the longest annual series ending in this period"),
            new Column("CAGR start value", 12, AMOUNT, "The level in that first year"),
            new Column("CAGR years", 7, INTEGER, "Years between the start and this period"),
            new Column(
                    "CAGR",
                    9,
                    PERCENT,
                    "Formula: (Value / CAGR start value)^(1 / CAGR years) - 1, when both are positive"),
            new Column(
                    "Share",
                    9,
                    PERCENT,
                    "The partner's share of the reporter's total over the partners covered, same indicator, scope and period"),
            new Column(
                    "Share basis",
                    28,
                    TEXT,
                    "What the share is of: a world total, or the total over the N partners covered"),
            new Column("Rank", 6, INTEGER, "Rank by turnover among the partners covered (1 = largest)"),
            new Column("Previous rank", 8, INTEGER, "Rank in the previous comparable period"),
            new Column("Rank change", 8, INTEGER, "Previous rank - rank: positive when the partner moved up"));

    static final int VALUE = Column.indexOf(COLUMNS, "Value");
    static final int PREVIOUS = Column.indexOf(COLUMNS, "Previous value");
    static final int CHANGE = Column.indexOf(COLUMNS, "Change");
    static final int CHANGE_PCT = Column.indexOf(COLUMNS, "Change %");
    static final int CAGR_START = Column.indexOf(COLUMNS, "CAGR start value");
    static final int CAGR_YEARS = Column.indexOf(COLUMNS, "CAGR years");
    static final int CAGR = Column.indexOf(COLUMNS, "CAGR");

    private ComparisonsSheet() {}

    static int write(
            Sheet sheet, XSSFSheet underlying, Styles styles, AnalysisReport report, Map<String, String> names) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, 4);
        String v = DataSheet.letter(VALUE);
        String p = DataSheet.letter(PREVIOUS);
        String s = DataSheet.letter(CAGR_START);
        String y = DataSheet.letter(CAGR_YEARS);
        LongestGrowth growth = report.longestGrowth();
        for (ComparisonRow line : report.comparisons()) {
            Level level = line.value();
            Change change = line.change();
            Standing standing = line.standing();
            GrowthRow cagr = growth.endingAt(line);
            BigDecimal value = level == null ? null : level.amount();
            BigDecimal previous = change == null ? null : change.previousAmount();
            Row row = out.next();
            int r = DataSheet.excelRow(row);
            int c = 0;
            out.text(row, c++, line.reporter());
            out.text(row, c++, names.get(line.reporter()));
            out.text(row, c++, line.partner());
            out.text(row, c++, names.get(line.partner()));
            out.text(row, c++, line.indicator().code());
            out.text(row, c++, line.scope().code());
            out.text(row, c++, line.item());
            out.text(row, c++, line.period().code());
            out.text(row, c++, line.focus() ? "yes" : null);
            out.text(row, c++, line.unit() == null ? null : line.unit().name());
            out.number(row, c++, value);
            out.text(row, c++, level == null ? null : level.origin().code());
            out.text(row, c++, line.approximate() ? "~" : null);
            out.text(
                    row,
                    c++,
                    change == null || change.previousPeriod() == null
                            ? null
                            : change.previousPeriod().code());
            out.number(row, c++, previous);
            out.text(
                    row,
                    c++,
                    change == null || change.previousOrigin() == null
                            ? null
                            : change.previousOrigin().code());
            if (value != null && previous != null) {
                double abs = change.absolute() != null
                        ? change.absolute().doubleValue()
                        : value.doubleValue() - previous.doubleValue();
                out.formula(row, CHANGE, v + r + "-" + p + r, abs);
                String pct = "IF(" + p + r + ">0," + v + r + "/" + p + r + "-1,\"n/a\")";
                if (change.percent() != null) {
                    out.formula(row, CHANGE_PCT, pct, DataSheet.fraction(change.percent()));
                } else if (previous.signum() <= 0) {
                    out.formula(row, CHANGE_PCT, pct, "n/a");
                } else if (line.unit() == Unit.PERCENT) {
                    out.text(row, CHANGE_PCT, "n/a"); // a percent change of a percent means nothing
                }
            }
            c = CHANGE_PCT + 1;
            out.text(
                    row,
                    c++,
                    cagr == null || cagr.startPeriod() == null
                            ? null
                            : cagr.startPeriod().code());
            out.number(row, c++, cagr == null ? null : cagr.startAmount());
            out.number(row, c++, cagr == null ? null : cagr.years());
            if (cagr != null && cagr.startAmount() != null && value != null) {
                out.formula(
                        row,
                        CAGR,
                        "IF(AND(" + s + r + ">0," + v + r + ">0," + y + r + ">0),(" + v + r + "/" + s + r + ")^(1/" + y
                                + r + ")-1,\"n/a\")",
                        DataSheet.fraction(cagr.cagrPct()));
            }
            c = CAGR + 1;
            out.percent(row, c++, standing == null ? null : standing.sharePct());
            out.text(row, c++, shareBasis(line));
            out.number(row, c++, standing == null ? null : standing.rank());
            out.number(row, c++, standing == null ? null : standing.previousRank());
            out.number(row, c, standing == null ? null : standing.rankChange());
        }
        out.finishAsTable(underlying, TABLE);
        return out.rows();
    }

    /**
     * What a row's share is of ("world total", "total over 3 partners covered (countries)"), or null
     * without a share: the one place the workbook reads the basis.
     */
    static String shareBasis(ComparisonRow row) {
        return row.standing() == null ? null : row.standing().shareBasisLabel();
    }
}
