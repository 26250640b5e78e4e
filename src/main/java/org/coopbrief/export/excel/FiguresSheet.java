package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.AMOUNT;
import static org.coopbrief.export.excel.Styles.Kind.DATE;
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

    static final List<Column> COLUMNS = List.of(
            new Column("figures.figureId", 10, TEXT),
            new Column("figures.reporter", 10, TEXT),
            new Column("figures.reporterName", 26, TEXT),
            new Column("figures.partner", 12, TEXT),
            new Column("figures.partnerName", 26, TEXT),
            new Column("figures.indicator", 12, TEXT),
            new Column("figures.scope", 14, TEXT),
            new Column("figures.item", 14, TEXT),
            new Column("figures.period", 12, TEXT),
            new Column("figures.periodEnd", 11, DATE),
            new Column("figures.originalValue", 13, AMOUNT),
            new Column("figures.unit", 9, TEXT),
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
            new Column("figures.note", 60, TEXT));

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
            Period period = parsePeriod(f.period());
            Unit unit = f.unit() == null ? null : Unit.parse(f.unit());
            int c = 0;
            out.text(row, c++, f.id());
            out.text(row, c++, f.reporter());
            out.text(row, c++, names.getOrDefault(f.reporter(), f.reporterName()));
            out.text(row, c++, f.partner());
            out.text(row, c++, names.getOrDefault(f.partner(), f.partnerName()));
            out.text(row, c++, f.indicator());
            out.text(row, c++, f.scope());
            out.text(row, c++, f.item());
            out.text(row, c++, f.period());
            out.date(row, c++, period != null && period.isDated() ? period.end() : null, DATE);
            out.number(row, c++, f.value());
            out.text(row, c++, f.unit());
            out.text(row, c++, f.qualifier());
            out.number(row, c++, usd.usdMillion(f.id(), f.value(), unit, period));
            out.percent(row, c++, f.growthPct());
            out.text(row, c++, f.growthText());
            out.text(row, c++, f.growthKind());
            out.text(row, c++, f.growthBase());
            out.text(row, c++, "no");
            c++; // basis: printed figures need none
            out.text(row, c++, f.source());
            out.text(row, c++, f.seed());
            out.text(row, c++, f.conflict());
            out.text(row, c, f.note());
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
            out.date(row, c++, d.period().isDated() ? d.period().end() : null, DATE);
            c += 3; // no printed value, unit or qualifier
            out.number(row, c++, d.amount());
            c += 4; // no stated growth
            out.text(row, c++, d.origin().code());
            out.text(
                    row,
                    c++,
                    d.basis() + (d.figureIds().isEmpty() ? "" : " [" + String.join(", ", d.figureIds()) + "]"));
        }
        out.finishAsTable(underlying, TABLE);
        java.util.Map<String, DataSheet.Values> values = new java.util.LinkedHashMap<>();
        distinctOf.forEach(key -> values.put(key, out.distinct(Column.indexOf(COLUMNS, key))));
        return values;
    }

    private static Period parsePeriod(String code) {
        try {
            return code == null ? null : Period.parse(code);
        } catch (IllegalArgumentException e) {
            return null; // the load validated it; a bad one just gets no period end
        }
    }
}
