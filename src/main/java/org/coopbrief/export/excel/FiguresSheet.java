package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.AMOUNT;
import static org.coopbrief.export.excel.Styles.Kind.PERCENT;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.Level;
import org.coopbrief.analysis.UsdByFigure;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.Texts;

/** Every figure as loaded, one row each, then the levels the analysis derived (flagged as derived). */
final class FiguresSheet {

    /** The sheet's name key: {@code xlsx.sheet.figures}. */
    static final String KEY = "figures";
    /** The Excel table over the rows, for pivot tables and structured references. */
    static final String TABLE = "FiguresTable";

    static final List<Column> COLUMNS = columns();

    static final int PERIOD = Column.indexOf(COLUMNS, "figures.period");
    static final int ORIGINAL_VALUE = Column.indexOf(COLUMNS, "figures.originalValue");
    static final int QUALIFIER = Column.indexOf(COLUMNS, "figures.qualifier");
    static final int USD_MILLION = Column.indexOf(COLUMNS, "figures.valueUSDMillion");
    static final int STATED_GROWTH = Column.indexOf(COLUMNS, "figures.statedGrowth");
    static final int DERIVED = Column.indexOf(COLUMNS, "figures.derived");

    private static List<Column> columns() {
        List<Column> columns = new java.util.ArrayList<>(List.of(
                new Column("figures.figureId", 10, TEXT),
                new Column("figures.reporter", 10, TEXT),
                new Column("figures.reporterName", 26, TEXT),
                new Column("figures.partner", 12, TEXT),
                new Column("figures.partnerName", 26, TEXT),
                new Column("figures.indicator", 12, TEXT),
                new Column("figures.scope", 14, TEXT),
                new Column("figures.item", 14, TEXT),
                new Column("figures.period", 12, TEXT)));
        columns.addAll(PeriodColumns.of(PeriodColumns.PERIOD));
        columns.addAll(List.of(
                new Column("figures.originalValue", 13, AMOUNT),
                new Column("figures.unit", 9, TEXT),
                new Column("figures.unitMeaning", 14, TEXT),
                new Column("figures.qualifier", 10, TEXT),
                new Column("figures.valueUSDMillion", 13, AMOUNT),
                new Column("figures.statedGrowth", 10, PERCENT),
                new Column("figures.growthAsPrinted", 18, TEXT),
                new Column("figures.growthKind", 9, TEXT),
                new Column("figures.growthBase", 10, TEXT),
                new Column("figures.derived", 9, TEXT),
                new Column("figures.basis", 30, TEXT),
                new Column("figures.source", 10, TEXT),
                new Column("figures.seedPlace", 14, TEXT),
                new Column("figures.conflict", 9, TEXT),
                new Column("figures.note", 60, TEXT)));
        return List.copyOf(columns);
    }

    private FiguresSheet() {}

    /**
     * Writes the sheet and returns its rows' distinct texts in the columns {@code distinctOf}
     * (column keys), for the pivot table built on the sheet's table.
     */
    static java.util.Map<String, DataSheet.Values> write(
            Sheet sheet,
            XSSFSheet underlying,
            Styles styles,
            Texts texts,
            WorkbookDataset dataset,
            AnalysisReport report,
            java.util.Map<String, String> names,
            java.util.Collection<String> distinctOf) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, texts, 1);
        distinctOf.forEach(key -> out.collectDistinct(Column.indexOf(COLUMNS, key)));
        UsdByFigure usd = report.usdByFigure();
        dataset.figures(f -> {
            Row row = out.next();
            Period period = PeriodColumns.parse(f.period());
            Unit unit = Measure.parse(f.unit());
            int c = 0;
            out.text(row, c++, f.id());
            out.text(row, c++, f.reporter());
            out.text(row, c++, names.getOrDefault(f.reporter(), f.reporterName()));
            out.text(row, c++, f.partner());
            out.text(row, c++, names.getOrDefault(f.partner(), f.partnerName()));
            out.text(row, c++, f.indicator());
            out.text(row, c++, f.scope());
            out.text(row, c++, f.item() == null ? null : texts.ofData(f.item(), f.itemRu()));
            out.text(row, c++, f.period());
            c = PeriodColumns.write(out, row, c, period, texts);
            out.measure(row, c++, f.value(), unit);
            out.text(row, c++, f.unit());
            out.text(row, c++, Measure.meaning(out, unit));
            out.text(row, c++, f.qualifier());
            out.number(row, c++, usd.usdMillion(f.id(), f.value(), unit, period));
            out.percent(row, c++, f.growthPct());
            out.text(row, c++, f.growthText() == null ? null : texts.ofData(f.growthText(), f.growthTextRu()));
            out.text(row, c++, f.growthKind());
            out.text(row, c++, f.growthBase());
            out.text(row, c++, "no");
            c++; // basis: printed figures need none
            out.text(row, c++, f.source());
            out.text(row, c++, f.seed());
            out.text(row, c++, f.conflict());
            out.text(row, c, f.note() == null ? null : texts.ofData(f.note(), f.noteRu()));
        });
        for (Level d : report.derivedLevels()) {
            Row row = out.next();
            int c = 1;
            out.text(row, c++, d.reporter());
            out.text(row, c++, names.get(d.reporter()));
            out.text(row, c++, d.partner());
            out.text(row, c++, names.get(d.partner()));
            out.text(row, c++, d.indicator().code());
            out.text(row, c++, d.scope().code());
            c++; // item: the analysis derives whole flows only
            out.text(row, c++, d.period().code());
            c = PeriodColumns.write(out, row, c, d.period(), texts);
            if (d.unit() != Unit.USD_M) { // not money: the level in its unit, where a printed value goes
                out.measure(row, c, d.amount(), d.unit());
                out.text(row, c + 1, d.unit().name());
                out.text(row, c + 2, Measure.meaning(out, d.unit()));
            }
            out.number(row, USD_MILLION, Measure.usdMillion(d.amount(), d.unit()));
            c = DERIVED; // no qualifier (a derived level is exact by construction), no stated growth
            out.text(row, c++, d.origin().code());
            out.text(
                    row,
                    c++,
                    out.reason(d.basis())
                            + (d.figureIds().isEmpty() ? "" : " [" + String.join(", ", d.figureIds()) + "]"));
        }
        out.finishAsTable(underlying, TABLE);
        java.util.Map<String, DataSheet.Values> values = new java.util.LinkedHashMap<>();
        distinctOf.forEach(key -> values.put(key, out.distinct(Column.indexOf(COLUMNS, key))));
        return values;
    }
}
