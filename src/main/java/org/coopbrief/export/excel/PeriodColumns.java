package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.DATE;
import static org.coopbrief.export.excel.Styles.Kind.PLAIN_NUMBER;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.coopbrief.dataset.Deadline;
import org.coopbrief.dataset.Period;
import org.coopbrief.localisation.Texts;

/**
 * A period as data, beside its code: its kind in words (year, quarter, half, month, months,
 * several years, undated), its year (the last, for several years) and its first and last day as
 * date cells, so a pivot can group by kind and year and a filter can select by date. The same four
 * columns on every sheet with a period; {@code prefix} names the group's columns
 * ({@code xlsx.col.<prefix>.kind}...: "Period kind", "Deadline kind").
 */
final class PeriodColumns {

    /** The period columns of the figures and comparisons ("Period kind", "Period year"...). */
    static final String PERIOD = "period";

    private static final String KIND = "xlsx.periodKind.";

    private PeriodColumns() {}

    /** The group's four columns: kind, year, first day, last day. */
    static List<Column> of(String prefix) {
        return List.of(
                new Column(prefix + ".kind", 9, TEXT),
                new Column(prefix + ".year", 6, PLAIN_NUMBER),
                new Column(prefix + ".start", 11, DATE),
                new Column(prefix + ".end", 11, DATE));
    }

    /** Writes a period into the four columns from {@code column}; returns the column after them. Null writes nothing. */
    static int write(DataSheet out, Row row, int column, Period period, Texts texts) {
        if (period != null) {
            out.text(row, column, out.word(KIND + period.kind().name()));
            if (period.isDated()) {
                out.number(row, column + 1, period.lastYear());
                out.date(row, column + 2, period.start(), DATE);
                out.date(row, column + 3, period.end(), DATE);
            }
        }
        return column + 4;
    }

    /** A period kind in words, in the workbook's language. */
    static String kind(Texts texts, Period.Kind kind) {
        return texts.text(KIND + kind.name());
    }

    /** A deadline as the period it counts for: one year, or several years (counting at the last). */
    static Period deadline(Deadline deadline) {
        if (deadline == null) {
            return null;
        }
        return deadline.isRange()
                ? Period.parse(deadline.firstYear() + ".." + deadline.lastYear())
                : Period.year(deadline.firstYear());
    }

    /** The period of a code as stored with a figure, or null when it does not parse (the load validated it). */
    static Period parse(String code) {
        try {
            return code == null ? null : Period.parse(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
