package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.AMOUNT;
import static org.coopbrief.export.excel.Styles.Kind.DATE;
import static org.coopbrief.export.excel.Styles.Kind.PERCENT;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.coopbrief.analysis.Comparability;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.analysis.TargetStatus;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Unit;
import org.coopbrief.export.StatusPalette;
import org.coopbrief.localisation.Texts;

/** Each target against its actual at the as-of date; attainment and gap are formulas, the status is coloured. */
final class TargetsSheet {

    /** The sheet's name key: {@code xlsx.sheet.targets}. */
    static final String KEY = "targets";

    static final List<Column> COLUMNS = columns();

    /** The deadline as a period ("Deadline kind"...) and the actual's period ("Actual period kind"...). */
    static final String DEADLINE = "deadline";

    static final String ACTUAL_PERIOD = "actualPeriod";

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("targets.targetId", 9, TEXT),
                new Column("targets.reporter", 10, TEXT),
                new Column("targets.reporterName", 22, TEXT),
                new Column("targets.partner", 12, TEXT),
                new Column("targets.partnerName", 22, TEXT),
                new Column("targets.indicator", 11, TEXT),
                new Column("targets.scope", 13, TEXT),
                new Column("targets.item", 18, TEXT),
                new Column("targets.targetAsWorded", 40, TEXT),
                new Column("targets.qualifier", 9, TEXT),
                new Column("targets.targetUSDMillion", 11, AMOUNT),
                new Column("targets.target", 11, AMOUNT),
                new Column("targets.unit", 8, TEXT),
                new Column("targets.unitMeaning", 12, TEXT),
                new Column("targets.targetBasis", 26, TEXT),
                new Column("targets.deadline", 10, TEXT)));
        columns.addAll(PeriodColumns.of(DEADLINE));
        columns.addAll(List.of(
                new Column("targets.setOn", 11, DATE),
                new Column("targets.actualUSDMillion", 11, AMOUNT),
                new Column("targets.actual", 11, AMOUNT),
                new Column("targets.actualPeriod", 10, TEXT)));
        columns.addAll(PeriodColumns.of(ACTUAL_PERIOD));
        columns.addAll(List.of(
                new Column("targets.partialYearActual", 11, AMOUNT),
                new Column("targets.partialPeriod", 11, TEXT),
                new Column("targets.approximate", 8, TEXT),
                new Column("targets.attainment", 11, PERCENT),
                new Column("targets.gap", 11, AMOUNT),
                new Column("targets.requiredAnnualGrowth", 11, PERCENT),
                new Column("targets.growthSinceSet", 10, PERCENT),
                new Column("targets.status", 11, TEXT),
                new Column("targets.source", 10, TEXT),
                new Column("targets.why", 50, TEXT)));
        return List.copyOf(columns);
    }

    static final int QUALIFIER = Column.indexOf(COLUMNS, "targets.qualifier");
    static final int TARGET = Column.indexOf(COLUMNS, "targets.target");
    static final int DEADLINE_CODE = Column.indexOf(COLUMNS, "targets.deadline");
    static final int SET_ON = Column.indexOf(COLUMNS, "targets.setOn");
    static final int ACTUAL = Column.indexOf(COLUMNS, "targets.actual");
    static final int ACTUAL_PERIOD_CODE = Column.indexOf(COLUMNS, "targets.actualPeriod");
    static final int PARTIAL = Column.indexOf(COLUMNS, "targets.partialYearActual");
    static final int ATTAINMENT = Column.indexOf(COLUMNS, "targets.attainment");
    static final int GAP = Column.indexOf(COLUMNS, "targets.gap");
    static final int STATUS = Column.indexOf(COLUMNS, "targets.status");

    private TargetsSheet() {}

    static int write(
            Sheet sheet,
            Styles styles,
            Texts texts,
            List<TargetRow> targets,
            Map<String, String> names,
            Map<String, String> russianTexts,
            Map<String, String> items) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, texts, 1);
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
            // the item in the workbook's language (items: the data's item_ru in the Russian workbook, else empty)
            out.text(row, c++, line.item() == null ? null : items.getOrDefault(line.item(), line.item()));
            out.text(row, c++, texts.ofData(line.quote(), russianTexts.get(line.targetId())));
            out.text(row, c++, line.qualifier().code());
            Unit unit = line.unit();
            out.number(row, c++, line.targetAmount() == null ? null : Measure.usdMillion(line.targetAmount(), unit));
            out.measure(row, c++, line.targetAmount(), unit);
            out.text(row, c++, unit == null ? null : unit.name());
            out.text(row, c++, Measure.meaning(out, unit));
            out.text(row, c++, out.reason(line.targetBasis()));
            out.text(row, c++, line.deadline() == null ? null : line.deadline().code());
            c = PeriodColumns.write(out, row, c, PeriodColumns.deadline(line.deadline()), texts);
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
            out.number(row, c++, actualAmount == null ? null : Measure.usdMillion(actualAmount, unit));
            out.measure(row, c++, actualAmount, unit);
            Period actualPeriod = actual == null ? null : actual.period();
            out.text(row, c++, actualPeriod == null ? null : actualPeriod.code());
            c = PeriodColumns.write(out, row, c, actualPeriod, texts);
            out.measure(row, c++, partial == null ? null : partial.amount(), unit);
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
                            ? "~ "
                                    + texts.text(
                                            "targets.approximateScope",
                                            texts.scope(line.actualScope()),
                                            texts.scope(line.scope()))
                            : line.approximate() ? "~" : null);
            if (line.targetAmount() != null && actualAmount != null) {
                if (line.attainmentPct() != null) {
                    out.formula(
                            row,
                            ATTAINMENT,
                            "IF(" + t + r + ">0," + a + r + "/" + t + r + ",\"\")",
                            DataSheet.fraction(line.attainmentPct()));
                }
                BigDecimal gap =
                        line.gap() != null ? line.gap() : line.targetAmount().subtract(actualAmount);
                out.formula(row, GAP, t + r + "-" + a + r, Measure.stored(gap, unit), unit);
            }
            c = GAP + 1;
            out.percent(row, c++, line.requiredGrowthPct());
            out.percent(row, c++, line.growthSinceSetPct());
            out.text(row, c++, status(line, texts));
            out.text(row, c++, line.source());
            out.text(row, c, out.reason(line.explanation())); // last: a long reason overflows into nothing
        }
        colourStatus(sheet, out.rows(), texts);
        out.finish();
        return out.rows();
    }

    /** A target's status as the workbook shows it ("ON TRACK", "По плану"), or null without one. */
    static String status(TargetRow target, Texts texts) {
        return target.status() == null ? null : status(target.status(), texts);
    }

    private static String status(TargetStatus status, Texts texts) {
        return texts.text("xlsx.status." + status.name());
    }

    /** One rule per status on the status column, so the colour follows an analyst's edit too. */
    static void colourStatus(Sheet sheet, int rows, Texts texts) {
        if (rows > 0) {
            colourStatus(sheet, new CellRangeAddress(1, rows, STATUS, STATUS), status -> status(status, texts));
        }
    }

    /**
     * One rule per status on a column of status words: the fill and text colour of the palette the
     * PDF briefings use too ({@link StatusPalette}).
     */
    static void colourStatus(
            Sheet sheet, CellRangeAddress column, java.util.function.Function<TargetStatus, String> words) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String status = "$" + DataSheet.letter(column.getFirstColumn()) + (column.getFirstRow() + 1);
        CellRangeAddress[] range = {column};
        // in the order of the English labels, in both workbooks
        java.util.Arrays.stream(TargetStatus.values())
                .sorted(java.util.Comparator.comparing(TargetStatus::label))
                .forEach(s -> {
                    ConditionalFormattingRule rule =
                            formatting.createConditionalFormattingRule(status + "=\"" + words.apply(s) + "\"");
                    PatternFormatting fill = rule.createPatternFormatting();
                    fill.setFillBackgroundColor(new XSSFColor(StatusPalette.fill(s), null));
                    fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
                    rule.createFontFormatting().setFontColor(new XSSFColor(StatusPalette.text(s), null));
                    formatting.addConditionalFormatting(range, rule);
                });
    }
}
