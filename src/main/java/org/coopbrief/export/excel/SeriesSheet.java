package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.AMOUNT;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.Texts;

/**
 * The headline series in wide form: one row per reporter, partner, flow (turnover, exports,
 * imports, balance) and scope, one column per year, the annual whole levels in USD million the
 * analysis holds (printed, derived or implied: the same numbers as on Figures). No sparklines:
 * POI has no API for them, and writing the x14 extension by hand into a streamed sheet is not
 * clean.
 */
final class SeriesSheet {

    /** The sheet's name key: {@code xlsx.sheet.series}. */
    static final String KEY = "series";

    /** The columns before the years; then one column per year ({@code series.year}, headed by the year). */
    static final List<Column> FIXED = List.of(
            new Column("series.reporter", 10, TEXT),
            new Column("series.reporterName", 24, TEXT),
            new Column("series.partner", 10, TEXT),
            new Column("series.partnerName", 24, TEXT),
            new Column("series.indicator", 11, TEXT),
            new Column("series.scope", 14, TEXT),
            new Column("series.unit", 9, TEXT));

    static final Column YEAR = new Column("series.year", 10, AMOUNT);

    /** The columns as About explains them: the fixed ones and one for the years. */
    static final List<Column> COLUMNS = List.of(
            FIXED.get(0), FIXED.get(1), FIXED.get(2), FIXED.get(3), FIXED.get(4), FIXED.get(5), FIXED.get(6), YEAR);

    private record Key(String reporter, String partner, Indicator indicator, Scope scope) {}

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::reporter)
            .thenComparing(Key::partner)
            .thenComparing(Key::indicator)
            .thenComparing(k -> k.scope().code());

    private SeriesSheet() {}

    /** Writes the sheet; returns the number of series rows. */
    static int write(
            Sheet sheet, Styles styles, Texts texts, List<ComparisonRow> comparisons, Map<String, String> names) {
        Map<Key, TreeMap<Integer, BigDecimal>> series = new TreeMap<>(ORDER);
        TreeSet<Integer> years = new TreeSet<>();
        for (ComparisonRow line : comparisons) {
            if (line.indicator().isTradeFlow()
                    && line.item() == null
                    && line.value() != null
                    && line.unit() == Unit.USD_M
                    && line.period().kind() == Period.Kind.YEAR) {
                series.computeIfAbsent(
                                new Key(line.reporter(), line.partner(), line.indicator(), line.scope()),
                                k -> new TreeMap<>())
                        .put(line.period().year(), line.amount());
                years.add(line.period().year());
            }
        }
        List<Column> columns = new ArrayList<>(FIXED);
        years.forEach(y -> columns.add(YEAR));
        DataSheet out = new DataSheet(sheet, columns, styles, texts, FIXED.size());
        Row header = sheet.getRow(0);
        int c = FIXED.size();
        for (int year : years) {
            header.getCell(c++).setCellValue(Integer.toString(year));
        }
        List<Integer> yearList = new ArrayList<>(years);
        series.forEach((key, levels) -> {
            Row row = out.next();
            int col = 0;
            out.text(row, col++, key.reporter());
            out.text(row, col++, names.get(key.reporter()));
            out.text(row, col++, key.partner());
            out.text(row, col++, names.get(key.partner()));
            out.text(row, col++, key.indicator().code());
            out.text(row, col++, key.scope().code());
            out.text(row, col++, Unit.USD_M.name());
            for (int i = 0; i < yearList.size(); i++) {
                out.number(row, FIXED.size() + i, levels.get(yearList.get(i)));
            }
        });
        out.finish();
        return series.size();
    }
}
