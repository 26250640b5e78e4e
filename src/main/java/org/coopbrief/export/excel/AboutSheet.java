package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.TEXT;
import static org.coopbrief.export.excel.Styles.Kind.WRAPPED;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.coopbrief.run.ReportSelection;

/** What the workbook is: the run's parameters, the definitions, and what every column of every sheet means. */
final class AboutSheet {

    static final String NAME = "About";

    static final List<Column> COLUMNS = List.of(
            new Column("Topic", 14, TEXT, "Run, Definitions, or the sheet a column belongs to"),
            new Column("Item", 26, TEXT, "The parameter, the term, or the column header"),
            new Column("Value or meaning", 90, WRAPPED, "The parameter's value, the definition, or what the column means"));

    /** The definitions behind the numbers (shared/domain.md, "Definitions of the comparisons"). */
    private static final List<String[]> DEFINITIONS = List.of(
            new String[] {"Normalisation", "All money is compared in USD million; the original value, unit and currency are kept. Other currencies are converted at the annual average rate of the period's year (exchange-rate data, with its source)."},
            new String[] {"Comparable period", "A period is compared with the same period one year earlier (January-July 2018 with January-July 2017; 2021-Q1 with 2020-Q1). A partial year is never compared with a full year, and partial years are not annualised."},
            new String[] {"Year-over-year change", "abs = v(t) - v(t-1); pct = v(t) / v(t-1) - 1, defined only when v(t-1) > 0 (otherwise n/a, never 0 or infinity)."},
            new String[] {"Implied previous level", "Where only v(t) and a stated growth g are given, v(t-1) = v(t) / (1 + g), marked implied. A derived or implied value never overrides a reported one."},
            new String[] {"Flows", "turnover = exports + imports; balance = exports - imports; coverage = exports / imports. The missing one of three is derived (marked derived) when two are reported for the same reporter, partner, scope and period."},
            new String[] {"Share and rank", "A partner's share of the reporter's total over the partners covered, same scope and period (labelled as such unless a world total exists); rank by turnover, and the change of rank from the previous comparable period."},
            new String[] {"CAGR", "(v_end / v_start)^(1 / years) - 1 between two annual values."},
            new String[] {"Targets", "attainment = actual / target; gap = target - actual; required annual growth = (target / actual)^(1 / (deadline - actual's year)) - 1. Status at the as-of date: ACHIEVED (an actual at or before the deadline reached the target), MISSED (deadline passed, not reached), ON TRACK (growth since the target was set at least the required growth), AT RISK (otherwise), NO DATA (no comparable actual), OPEN (no deadline). A deadline range counts at its last year; partial-year actuals are shown but decide neither ACHIEVED nor MISSED."},
            new String[] {"Approximate (~)", "A number built on an approximate input (about, almost, more than..., a currency conversion, a derived or implied level) is approximate, and marked ~."},
            new String[] {"Formulas", "Change, Change %, CAGR (Comparisons), Attainment and Gap (Targets) and the Summary's change column are live formulas over the value cells of their row; their stored results are the application's numbers."},
            new String[] {"Text safety", "Text from the input that begins with =, +, -, @, a tab or a carriage return is stored as quote-prefixed text: shown as written, never evaluated."});

    private AboutSheet() {
    }

    static void write(Sheet sheet, Styles styles, RunInfo run, ReportSelection parameters,
            String fileName, Map<String, List<Column>> sheets) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, 0);
        out.fitToPageWidth();
        ReportSelection p = parameters;
        row(out, "Run", "Software version", run.version());
        row(out, "Run", "Workbook", fileName);
        row(out, "Run", "Run id", Long.toString(run.runId()));
        row(out, "Run", "As-of date", p.asOf() == null ? "" : p.asOf().toString());
        row(out, "Run", "Focus period", p.focus() == null ? "" : p.focus().code());
        row(out, "Run", "Reporter", p.reporter());
        row(out, "Run", "Partners", p.partners().isEmpty() ? "all" : String.join(", ", p.partners()));
        row(out, "Run", "Input", run.inputDir() == null ? "" : run.inputDir());
        for (String[] d : DEFINITIONS) {
            row(out, "Definitions", d[0], d[1]);
        }
        sheets.forEach((name, columns) -> columns.forEach(c -> row(out, name, c.header(), c.meaning())));
        out.finish();
    }

    private static void row(DataSheet out, String topic, String item, String value) {
        Row row = out.next();
        out.text(row, 0, topic);
        out.text(row, 1, item);
        out.text(row, 2, value);
    }
}
