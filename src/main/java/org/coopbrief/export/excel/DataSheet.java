package org.coopbrief.export.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.Texts;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * A table-shaped sheet: a frozen, filterable header row, fixed column widths (autosizing a
 * streamed sheet would need every row in memory), then one row per record with cells typed by
 * their column. Works the same on a streamed (SXSSF) and a regular (XSSF) sheet.
 */
final class DataSheet {

    private final Sheet sheet;
    private final List<Column> columns;
    private final List<String> headers;
    private final Styles styles;
    private int lastRow;
    /** A column's distinct texts in order, and whether some row leaves it blank. */
    record Values(java.util.SortedSet<String> texts, boolean blank) {}

    private static final class Counted {
        final java.util.SortedSet<String> texts = new java.util.TreeSet<>();
        int filled;
    }

    /** By column: the columns given to {@link #collectDistinct}, null for the others (looked up on every cell). */
    private final Counted[] counted;

    private final Texts texts;
    /** Words without arguments and reasons, worded once: the same few go on every row, and each wording parses an ICU pattern. */
    private final java.util.Map<String, String> words = new java.util.HashMap<>();

    private final java.util.Map<org.coopbrief.analysis.Reason, String> reasons = new java.util.HashMap<>();
    /** The widths of the columns, computed once (a wrapped cell's row height needs its column's on every row). */
    private final int[] widths;

    /** A sheet of {@code columns} with their headers in the language of {@code texts}. */
    DataSheet(Sheet sheet, List<Column> columns, Styles styles, Texts texts, int frozenColumns) {
        this.sheet = sheet;
        this.columns = columns;
        this.headers = columns.stream().map(c -> c.header(texts)).toList();
        this.styles = styles;
        this.texts = texts;
        this.counted = new Counted[columns.size()];
        this.widths = new int[columns.size()];
        Row header = sheet.createRow(0);
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header);
            int width = width(c);
            widths[c] = width;
            sheet.setColumnWidth(c, width * 256);
            lines = Math.max(lines, wrappedLines(headers.get(c), width));
        }
        // viewers do not grow a row for wrapped header text by themselves
        header.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints() + 2);
        sheet.createFreezePane(frozenColumns, 1);
        PrintLayout.apply(sheet, texts, 1);
        lastRow = 0;
    }

    /** The column's width, widened so no word of the header is cut (viewers wrap between words only). */
    private int width(int column) {
        int longestWord = 0;
        for (String word : headers.get(column).split(" ")) {
            longestWord = Math.max(longestWord, word.length());
        }
        return Math.min(255, Math.max(columns.get(column).width(), longestWord + 3));
    }

    /** Lines a header needs at a column width, breaking between words as the viewer does (bold text is wider). */
    static int wrappedLines(String text, int width) {
        int usable = Math.max(1, width - 2);
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int length = word.length();
            if (used > 0 && used + 1 + length <= usable) {
                used += 1 + length;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            lines += (length - 1) / usable; // a word wider than the column breaks across lines
            used = (length - 1) % usable + 1;
        }
        return lines;
    }

    Sheet sheet() {
        return sheet;
    }

    /** The bundle's text for {@code key} (no arguments) in the sheet's language. */
    String word(String key) {
        return words.computeIfAbsent(key, k -> texts.text(k));
    }

    /** A reason worded in the sheet's language ({@link org.coopbrief.analysis.Reason#in(Texts)}). */
    String reason(org.coopbrief.analysis.Reason reason) {
        return reasons.computeIfAbsent(reason, r -> r.in(texts));
    }

    /** Keeps the distinct texts written into {@code column} (for a pivot cache's items): few per column, not one per row. */
    void collectDistinct(int column) {
        counted[column] = new Counted();
    }

    /** The distinct texts of a column given to {@link #collectDistinct}, as written so far. */
    Values distinct(int column) {
        Counted c = counted[column];
        return new Values(java.util.Collections.unmodifiableSortedSet(c.texts), c.filled < lastRow);
    }

    Row next() {
        return sheet.createRow(++lastRow);
    }

    /** The 1-based row number of a row, as formulas write it. */
    static int excelRow(Row row) {
        return row.getRowNum() + 1;
    }

    /** The column letter of a column index, for formulas. */
    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    void text(Row row, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Counted c = counted[column];
        if (c != null) {
            c.texts.add(value);
            c.filled++;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        Column spec = columns.get(column);
        cell.setCellStyle(styles.textStyle(spec.kind(), value));
        if (spec.kind() == Styles.Kind.WRAPPED) {
            // viewers keep the default height of a streamed row: give wrapped text the lines it needs
            // (body text averages narrower than the width unit, the digit "0": about 1.2 characters to it)
            float needed = wrappedLines(value, widths[column] * 6 / 5) * sheet.getDefaultRowHeightInPoints();
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), needed));
        }
    }

    void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            number(row, column, value.doubleValue());
        }
    }

    void number(Row row, int column, Integer value) {
        if (value != null) {
            number(row, column, value.doubleValue());
        }
    }

    void number(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.of(columns.get(column).kind()));
    }

    /**
     * A value in a unit, formatted by the unit's meaning (counts without decimals, money with
     * decimals, a percent as percent: {@link Measure}).
     */
    void measure(Row row, int column, BigDecimal value, Unit unit) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(Measure.stored(value, unit));
            cell.setCellStyle(styles.of(Measure.kind(unit)));
        }
    }

    /** A percent from the application (31.2 meaning 31.2 %), stored as the fraction Excel's percent format expects. */
    void percent(Row row, int column, BigDecimal percent) {
        if (percent != null) {
            number(row, column, fraction(percent));
        }
    }

    static double fraction(BigDecimal percent) {
        return percent.doubleValue() / 100.0;
    }

    void date(Row row, int column, LocalDate date, Styles.Kind kind) {
        if (date == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(styles.of(kind));
    }

    /**
     * A live formula with the result the application computed stored beside it, so a viewer that
     * does not recalculate still shows the right number.
     */
    void formula(Row row, int column, String formula, double cached) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(styles.of(columns.get(column).kind()));
    }

    /** A live formula over values in {@code unit}, formatted as they are ({@link Measure}). */
    void formula(Row row, int column, String formula, double cached, Unit unit) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(styles.of(Measure.kind(unit)));
    }

    int rows() {
        return lastRow;
    }

    /**
     * Adds the filter over the header and every data row, and limits printing to the table (long
     * text in the last column would otherwise overflow onto pages of its own).
     */
    void finish() {
        int last = Math.max(lastRow, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns.size() - 1));
        printArea(last);
    }

    /**
     * Makes the rows an Excel table named {@code name} (its own filter buttons, banded rows, a
     * name to build pivot tables and formulas on). The columns are declared from the headers:
     * the header cells of a streamed sheet are no longer in memory for POI to read them back.
     */
    void finishAsTable(XSSFSheet underlying, String name) {
        int last = Math.max(lastRow, 1);
        String ref = new CellRangeAddress(0, last, 0, columns.size() - 1).formatAsString();
        XSSFTable table = underlying.createTable(null);
        CTTable ct = table.getCTTable();
        ct.setRef(ref);
        ct.addNewAutoFilter().setRef(ref);
        CTTableColumns tableColumns = ct.addNewTableColumns();
        tableColumns.setCount(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            CTTableColumn column = tableColumns.addNewTableColumn();
            column.setId(c + 1);
            column.setName(headers.get(c));
        }
        table.setName(name);
        table.setDisplayName(name);
        CTTableStyleInfo style = ct.addNewTableStyleInfo();
        style.setName("TableStyleLight1");
        style.setShowRowStripes(true);
        printArea(last);
    }

    private void printArea(int last) {
        Workbook workbook = sheet.getWorkbook();
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, columns.size() - 1, 0, last);
    }
}
