package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.AMOUNT;
import static org.coopbrief.export.excel.Styles.Kind.INTEGER;
import static org.coopbrief.export.excel.Styles.Kind.PERCENT;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.coopbrief.localisation.Texts;

/**
 * One row per reporter, partner, indicator, scope and period. The change and CAGR cells are
 * formulas over the value cells of the same row, so an analyst who corrects a value sees them
 * recomputed; each formula's stored result is the number the analysis computed.
 */
final class ComparisonsSheet {

    /** The sheet's name key: {@code xlsx.sheet.comparisons}. */
    static final String KEY = "comparisons";
    /** The Excel table over the rows, for pivot tables and structured references. */
    static final String TABLE = "ComparisonsTable";

    static final List<Column> COLUMNS = columns();

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("comparisons.reporter", 10, TEXT),
                new Column("comparisons.reporterName", 24, TEXT),
                new Column("comparisons.partner", 12, TEXT),
                new Column("comparisons.partnerName", 24, TEXT),
                new Column("comparisons.indicator", 11, TEXT),
                new Column("comparisons.scope", 13, TEXT),
                new Column("comparisons.item", 12, TEXT),
                new Column("comparisons.period", 11, TEXT)));
        columns.addAll(PeriodColumns.of(PeriodColumns.PERIOD));
        columns.addAll(List.of(
                new Column("comparisons.focusPeriod", 8, TEXT),
                new Column("comparisons.unit", 8, TEXT),
                new Column("comparisons.unitMeaning", 13, TEXT),
                new Column("comparisons.valueUSDMillion", 12, AMOUNT),
                new Column("comparisons.value", 12, AMOUNT),
                new Column("comparisons.origin", 9, TEXT),
                new Column("comparisons.approximate", 8, TEXT),
                new Column("comparisons.previousPeriod", 11, TEXT),
                new Column("comparisons.previousValue", 12, AMOUNT),
                new Column("comparisons.previousOrigin", 9, TEXT),
                new Column("comparisons.change", 12, AMOUNT),
                new Column("comparisons.changePct", 10, PERCENT),
                new Column("comparisons.changePctNote", 24, TEXT),
                new Column("comparisons.cagrFrom", 10, TEXT),
                new Column("comparisons.cagrStartValue", 12, AMOUNT),
                new Column("comparisons.cagrYears", 7, INTEGER),
                new Column("comparisons.cagr", 9, PERCENT),
                new Column("comparisons.share", 9, PERCENT),
                new Column("comparisons.shareBasis", 28, TEXT),
                new Column("comparisons.rank", 6, INTEGER),
                new Column("comparisons.previousRank", 8, INTEGER),
                new Column("comparisons.rankChange", 8, INTEGER)));
        return List.copyOf(columns);
    }

    static final int PERIOD = Column.indexOf(COLUMNS, "comparisons.period");
    static final int UNIT = Column.indexOf(COLUMNS, "comparisons.unit");
    static final int FOCUS = Column.indexOf(COLUMNS, "comparisons.focusPeriod");
    static final int USD_MILLION = Column.indexOf(COLUMNS, "comparisons.valueUSDMillion");
    static final int VALUE = Column.indexOf(COLUMNS, "comparisons.value");
    static final int ORIGIN = Column.indexOf(COLUMNS, "comparisons.origin");
    static final int APPROXIMATE = Column.indexOf(COLUMNS, "comparisons.approximate");
    static final int PREVIOUS = Column.indexOf(COLUMNS, "comparisons.previousValue");
    static final int CHANGE = Column.indexOf(COLUMNS, "comparisons.change");
    static final int CHANGE_PCT = Column.indexOf(COLUMNS, "comparisons.changePct");
    static final int CHANGE_PCT_NOTE = Column.indexOf(COLUMNS, "comparisons.changePctNote");
    static final int CAGR_FROM = Column.indexOf(COLUMNS, "comparisons.cagrFrom");
    static final int CAGR_START = Column.indexOf(COLUMNS, "comparisons.cagrStartValue");
    static final int CAGR_YEARS = Column.indexOf(COLUMNS, "comparisons.cagrYears");
    static final int CAGR = Column.indexOf(COLUMNS, "comparisons.cagr");
    static final int SHARE = Column.indexOf(COLUMNS, "comparisons.share");
    static final int SHARE_BASIS = Column.indexOf(COLUMNS, "comparisons.shareBasis");
    static final int RANK = Column.indexOf(COLUMNS, "comparisons.rank");

    private ComparisonsSheet() {}

    static int write(
            Sheet sheet,
            XSSFSheet underlying,
            Styles styles,
            Texts texts,
            AnalysisReport report,
            Map<String, String> names,
            Map<String, String> items) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, texts, 4);
        String v = DataSheet.letter(VALUE);
        String p = DataSheet.letter(PREVIOUS);
        String s = DataSheet.letter(CAGR_START);
        String y = DataSheet.letter(CAGR_YEARS);
        LongestGrowth growth = report.longestGrowth();
        Map<org.coopbrief.analysis.Reason, String> bases = new java.util.HashMap<>();
        for (ComparisonRow line : report.comparisons()) {
            Level level = line.value();
            Change change = line.change();
            Standing standing = line.standing();
            GrowthRow cagr = growth.endingAt(line);
            Unit unit = line.unit();
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
            out.text(row, c++, line.item() == null ? null : items.getOrDefault(line.item(), line.item()));
            out.text(row, c++, line.period().code());
            c = PeriodColumns.write(out, row, c, line.period(), texts);
            out.text(row, c++, line.focus() ? out.word("xlsx.yes") : null);
            out.text(row, c++, unit == null ? null : unit.name());
            out.text(row, c++, Measure.meaning(out, unit));
            out.number(row, c++, value == null ? null : Measure.usdMillion(value, unit));
            out.measure(row, c++, value, unit);
            out.text(row, c++, level == null ? null : level.origin().code());
            out.text(row, c++, line.approximate() ? "~" : null);
            out.text(
                    row,
                    c++,
                    change == null || change.previousPeriod() == null
                            ? null
                            : change.previousPeriod().code());
            out.measure(row, c++, previous, unit);
            out.text(
                    row,
                    c++,
                    change == null || change.previousOrigin() == null
                            ? null
                            : change.previousOrigin().code());
            if (value != null && previous != null) {
                BigDecimal abs = change.absolute() != null ? change.absolute() : value.subtract(previous);
                out.formula(row, CHANGE, v + r + "-" + p + r, Measure.stored(abs, unit), unit);
                if (change.percent() != null) {
                    // written only where the previous value is above zero: the formula never yields text
                    out.formula(
                            row,
                            CHANGE_PCT,
                            "IF(" + p + r + ">0," + v + r + "/" + p + r + "-1,\"\")",
                            DataSheet.fraction(change.percent()));
                }
            }
            out.text(row, CHANGE_PCT_NOTE, changePctNote(line, out::word));
            c = CAGR_FROM;
            out.text(
                    row,
                    c++,
                    cagr == null || cagr.startPeriod() == null
                            ? null
                            : cagr.startPeriod().code());
            out.measure(row, c++, cagr == null ? null : cagr.startAmount(), unit);
            out.number(row, c++, cagr == null ? null : cagr.years());
            if (cagr != null && cagr.startAmount() != null && value != null && cagr.cagrPct() != null) {
                out.formula(
                        row,
                        CAGR,
                        "IF(AND(" + s + r + ">0," + v + r + ">0," + y + r + ">0),(" + v + r + "/" + s + r + ")^(1/" + y
                                + r + ")-1,\"\")",
                        DataSheet.fraction(cagr.cagrPct()));
            }
            c = SHARE;
            // a share only of the reporter's trade with the world, as the briefings (Standing.printableShare)
            out.percent(row, c++, standing == null ? null : standing.printableShare());
            // the basis is one of a few per reporter: worded once each
            out.text(
                    row,
                    c++,
                    standing == null
                            ? null
                            : bases.computeIfAbsent(
                                    standing.shareBasisReason(), reason -> shareBasis(line, texts, names)));
            out.number(row, c++, standing == null ? null : standing.rank());
            out.number(row, c++, standing == null ? null : standing.previousRank());
            out.number(row, c, standing == null ? null : standing.rankChange());
        }
        out.finishAsTable(underlying, TABLE);
        return out.rows();
    }

    /**
     * Why a row has no change in percent, or null when it has one (or nothing to compare): a
     * level without a previous comparable one, a previous level not above zero, a percentage.
     */
    static String changePctNote(ComparisonRow line, Texts texts) {
        return changePctNote(line, key -> texts.text(key));
    }

    /** {@link #changePctNote(ComparisonRow, Texts)}, with the words from {@code words} (a key to its text). */
    static String changePctNote(ComparisonRow line, java.util.function.Function<String, String> words) {
        Change change = line.change();
        if (line.value() == null || (change != null && change.percent() != null)) {
            return null;
        }
        if (line.unit() == Unit.PERCENT) {
            return words.apply("xlsx.changePct.percentUnit");
        }
        if (change == null || change.previousAmount() == null) {
            return words.apply(
                    line.period().previousComparable().isPresent()
                            ? "xlsx.changePct.noPrevious"
                            : "xlsx.changePct.noComparablePeriod");
        }
        return words.apply("xlsx.changePct.previousNotPositive");
    }

    /**
     * What a row's share is of ("world total", "total over 3 partners covered (countries)"), or null
     * without a share: the one place the workbook reads the basis.
     */
    static String shareBasis(ComparisonRow row, Texts texts, java.util.Map<String, String> names) {
        return row.standing() == null
                ? null
                : row.standing().shareBasisReason().in(texts, code -> names.getOrDefault(code, code));
    }
}
