package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.AMOUNT;
import static org.coopbrief.export.excel.Styles.Kind.DATE;
import static org.coopbrief.export.excel.Styles.Kind.PERCENT;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.coopbrief.analysis.Comparability;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.dataset.PartialDate;

/** Each target against its actual at the as-of date; attainment and gap are formulas, the status is coloured. */
final class TargetsSheet {

    static final String NAME = "Targets";

    static final List<Column> COLUMNS = List.of(
            new Column("Target id", 9, TEXT, "Row id in targets.csv"),
            new Column("Reporter", 10, TEXT, "Entity code of the side that set the target"),
            new Column("Reporter name", 22, TEXT, "English name of the reporter"),
            new Column("Partner", 12, TEXT, "Entity code of the partner"),
            new Column("Partner name", 22, TEXT, "English name of the partner"),
            new Column("Indicator", 11, TEXT, "What the target measures"),
            new Column("Scope", 13, TEXT, "What it covers; only actuals of the same scope are compared"),
            new Column("Target as worded", 40, TEXT, "The target in the book's words"),
            new Column("Qualifier", 9, TEXT, "at_least, more_than, about...; empty = exact"),
            new Column(
                    "Target",
                    11,
                    AMOUNT,
                    "The target level in Unit (USD million for money); for a target relative to a baseline, the multiple times the baseline level"),
            new Column("Unit", 8, TEXT, "USD_M for money; otherwise the printed unit"),
            new Column("Target basis", 26, TEXT, "How the target level was obtained (e.g. 1.2 x exports 2020)"),
            new Column(
                    "Deadline",
                    10,
                    TEXT,
                    "A year or a range of years (a range counts at its last year); empty = no deadline"),
            new Column("Set on", 11, DATE, "When the target was set or announced (shown in the precision printed)"),
            new Column(
                    "Actual",
                    11,
                    AMOUNT,
                    "The latest full-year actual of the same indicator, scope, item and unit at or before the as-of date"
                            + " (after the baseline period, for a target relative to a baseline)"),
            new Column("Actual period", 10, TEXT, "The period of that actual"),
            new Column(
                    "Partial-year actual",
                    11,
                    AMOUNT,
                    "A later partial-year actual: shown, but never decides ACHIEVED or MISSED"),
            new Column("Partial period", 11, TEXT, "The period of that partial-year actual"),
            new Column(
                    "Approximate",
                    8,
                    TEXT,
                    "~ when the target or the actual is approximate (qualified, converted, derived or implied);"
                            + " '~ approximate: goods_services vs goods' when the only actual is of a wider scope than the"
                            + " target's (a goods target, the scope by convention, against goods and services)"),
            new Column("Attainment", 11, PERCENT, "Formula: Actual / Target (attainment = actual / target x 100)"),
            new Column("Gap", 11, AMOUNT, "Formula: Target - Actual"),
            new Column(
                    "Required annual growth",
                    11,
                    PERCENT,
                    "(target / actual)^(1 / (deadline - actual's year)) - 1: the growth still needed each year"),
            new Column(
                    "Growth since set",
                    10,
                    PERCENT,
                    "Annual growth from the last actual at or before the year the target was set to the actual"),
            new Column(
                    "Status",
                    11,
                    TEXT,
                    "ACHIEVED, MISSED, ON TRACK, AT RISK, NO DATA (no comparable actual) or OPEN (no deadline), at the as-of date"),
            new Column("Source", 10, TEXT, "Footnote id (see Sources)"),
            new Column("Why", 50, TEXT, "Why this status, in one sentence"));

    static final int TARGET = Column.indexOf(COLUMNS, "Target");
    static final int ACTUAL = Column.indexOf(COLUMNS, "Actual");
    static final int ATTAINMENT = Column.indexOf(COLUMNS, "Attainment");
    static final int GAP = Column.indexOf(COLUMNS, "Gap");
    static final int STATUS = Column.indexOf(COLUMNS, "Status");

    /** Status colours: green reached, red missed, amber at risk, grey without data. */
    private static final Map<String, IndexedColors> STATUS_COLOURS = Map.of(
            "ACHIEVED",
            IndexedColors.BRIGHT_GREEN,
            "ON TRACK",
            IndexedColors.LIGHT_GREEN,
            "AT RISK",
            IndexedColors.LIGHT_ORANGE,
            "MISSED",
            IndexedColors.CORAL,
            "NO DATA",
            IndexedColors.GREY_25_PERCENT,
            "OPEN",
            IndexedColors.LIGHT_CORNFLOWER_BLUE);

    private TargetsSheet() {}

    static int write(Sheet sheet, Styles styles, List<TargetRow> targets, Map<String, String> names) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, 1);
        String t = DataSheet.letter(TARGET);
        String a = DataSheet.letter(ACTUAL);
        for (TargetRow line : targets) {
            TargetRow.Actual actual = line.actual();
            TargetRow.Actual partial = line.partial();
            BigDecimal actualAmount = actual == null ? null : actual.amount();
            Row row = out.next();
            int r = DataSheet.excelRow(row);
            int c = 0;
            out.text(row, c++, line.targetId());
            out.text(row, c++, line.reporter());
            out.text(row, c++, names.get(line.reporter()));
            out.text(row, c++, line.partner());
            out.text(row, c++, names.get(line.partner()));
            out.text(row, c++, line.indicator().code());
            out.text(row, c++, line.scope().code());
            out.text(row, c++, line.quote());
            out.text(row, c++, line.qualifier().code());
            out.number(row, c++, line.targetAmount());
            out.text(row, c++, line.unit() == null ? null : line.unit().name());
            out.text(row, c++, line.targetBasis());
            out.text(row, c++, line.deadline() == null ? null : line.deadline().code());
            PartialDate setOn = line.setOn();
            out.date(
                    row,
                    c++,
                    setOn == null ? null : setOn.date(),
                    setOn == null
                            ? DATE
                            : switch (setOn.precision()) {
                                case DAY -> DATE;
                                case MONTH -> Styles.Kind.MONTH;
                                case YEAR -> Styles.Kind.YEAR;
                            });
            out.number(row, c++, actualAmount);
            out.text(
                    row,
                    c++,
                    actual == null || actual.period() == null
                            ? null
                            : actual.period().code());
            out.number(row, c++, partial == null ? null : partial.amount());
            out.text(
                    row,
                    c++,
                    partial == null || partial.period() == null
                            ? null
                            : partial.period().code());
            out.text(
                    row,
                    c++,
                    line.comparability() == Comparability.APPROXIMATE_SCOPE
                            ? "~ approximate: " + line.actualScope().code() + " vs "
                                    + line.scope().code()
                            : line.approximate() ? "~" : null);
            if (line.targetAmount() != null && actualAmount != null) {
                if (line.attainmentPct() != null) {
                    out.formula(
                            row,
                            ATTAINMENT,
                            "IF(" + t + r + ">0," + a + r + "/" + t + r + ",\"n/a\")",
                            DataSheet.fraction(line.attainmentPct()));
                }
                double gap = line.gap() != null
                        ? line.gap().doubleValue()
                        : line.targetAmount().doubleValue() - actualAmount.doubleValue();
                out.formula(row, GAP, t + r + "-" + a + r, gap);
            }
            c = GAP + 1;
            out.percent(row, c++, line.requiredGrowthPct());
            out.percent(row, c++, line.growthSinceSetPct());
            out.text(row, c++, status(line));
            out.text(row, c++, line.source());
            out.text(row, c, line.explanation()); // last: a long reason overflows into nothing
        }
        colourStatus(sheet, out.rows());
        out.finish();
        return out.rows();
    }

    /** A target's status as the workbook shows it ("ON TRACK"), or null without one. */
    static String status(TargetRow target) {
        return target.status() == null ? null : target.status().label();
    }

    /** One rule per status on the status column, so the colour follows an analyst's edit too. */
    static void colourStatus(Sheet sheet, int rows) {
        if (rows == 0) {
            return;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String status = "$" + DataSheet.letter(STATUS) + "2";
        CellRangeAddress[] range = {new CellRangeAddress(1, rows, STATUS, STATUS)};
        STATUS_COLOURS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ConditionalFormattingRule rule =
                    formatting.createConditionalFormattingRule(status + "=\"" + e.getKey() + "\"");
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(e.getValue().getIndex());
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
            formatting.addConditionalFormatting(range, rule);
        });
    }
}
