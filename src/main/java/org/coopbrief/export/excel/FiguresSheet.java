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

/** Every figure as loaded, one row each, then the levels the analysis derived (flagged as derived). */
final class FiguresSheet {

    static final String NAME = "Figures";
    /** The Excel table over the rows, for pivot tables and structured references. */
    static final String TABLE = "FiguresTable";

    static final List<Column> COLUMNS = List.of(
            new Column("Figure id", 10, TEXT, "Row id in figures.csv; empty for a level the analysis derived"),
            new Column(
                    "Reporter",
                    10,
                    TEXT,
                    "Entity code of the reporting side (Belarus, a Belarusian region or company, a bloc)"),
            new Column("Reporter name", 26, TEXT, "English name of the reporter"),
            new Column("Partner", 12, TEXT, "Entity code of the partner (ISO 3166 where one exists)"),
            new Column("Partner name", 26, TEXT, "English name of the partner"),
            new Column(
                    "Indicator",
                    12,
                    TEXT,
                    "What the number measures: turnover (exports + imports), exports, imports, balance (exports - imports), or another indicator"),
            new Column(
                    "Scope",
                    14,
                    TEXT,
                    "What a trade number covers (goods, goods_services, services, agrifood...); numbers of different scope are never added or compared"),
            new Column("Item", 14, TEXT, "The part of the whole the number covers (e.g. butter); empty for the whole"),
            new Column(
                    "Period",
                    12,
                    TEXT,
                    "Period as coded: YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM..MM (months of one year), YYYY..YYYY (cumulative), undated"),
            new Column("Period end", 11, DATE, "Last day of the period (empty when undated)"),
            new Column("Original value", 13, AMOUNT, "The value as printed, in the printed magnitude and unit"),
            new Column(
                    "Unit",
                    9,
                    TEXT,
                    "Printed unit: USD, USD_K, USD_M, USD_B (dollars, thousands, millions, billions), RUB_M, RUB_B, EUR_M..., or a physical unit"),
            new Column(
                    "Qualifier",
                    10,
                    TEXT,
                    "How exact the printed number is (about, almost, more_than...); empty = exact as printed"),
            new Column(
                    "Value (USD million)",
                    13,
                    AMOUNT,
                    "Money normalised to USD million (other currencies at the annual average rate of the period's year); empty for non-money units"),
            new Column(
                    "Stated growth",
                    10,
                    PERCENT,
                    "The growth printed with the number, normalised to a percent change (1.5 times = +50 %; an index of 142 % = +42 %)"),
            new Column("Growth as printed", 18, TEXT, "The growth in the book's words"),
            new Column("Growth kind", 9, TEXT, "pct (a percent change), times (a multiple), index (100 = no change)"),
            new Column("Growth base", 10, TEXT, "The period the stated growth is measured against"),
            new Column(
                    "Derived",
                    9,
                    TEXT,
                    "no = printed in the books; derived = a flow derived from two others; implied = a previous level implied by a stated growth"),
            new Column(
                    "Basis",
                    30,
                    TEXT,
                    "For a derived or implied level: how it was obtained and the figures it rests on"),
            new Column("Source", 10, TEXT, "Footnote id (see Sources) the book cites for the number"),
            new Column("Seed place", 14, TEXT, "Where the number is printed in the seed books: book:line"),
            new Column("Conflict", 9, TEXT, "Group id shared by two printed versions of one number that disagree"),
            new Column("Note", 60, TEXT, "Curator's note: context, why a direction or scope was chosen"));

    private FiguresSheet() {}

    static int write(
            Sheet sheet,
            XSSFSheet underlying,
            Styles styles,
            WorkbookDataset dataset,
            AnalysisReport report,
            java.util.Map<String, String> names) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, 1);
        UsdByFigure usd = report.usdByFigure();
        dataset.figures(f -> {
            Row row = out.next();
            Period period = parsePeriod(f.period());
            Unit unit = f.unit() == null ? null : Unit.parse(f.unit());
            int c = 0;
            out.text(row, c++, f.id());
            out.text(row, c++, f.reporter());
            out.text(row, c++, f.reporterName());
            out.text(row, c++, f.partner());
            out.text(row, c++, f.partnerName());
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
        return out.rows();
    }

    private static Period parsePeriod(String code) {
        try {
            return code == null ? null : Period.parse(code);
        } catch (IllegalArgumentException e) {
            return null; // the load validated it; a bad one just gets no period end
        }
    }
}
