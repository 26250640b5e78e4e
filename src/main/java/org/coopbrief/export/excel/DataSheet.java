package org.coopbrief.export.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A table-shaped sheet: a frozen, filterable header row, fixed column widths (autosizing a
 * streamed sheet would need every row in memory), then one row per record with cells typed by
 * their column. Works the same on a streamed (SXSSF) and a regular (XSSF) sheet.
 */
final class DataSheet {

    private final Sheet sheet;
    private final List<Column> columns;
    private final Styles styles;
    private int lastRow;

    DataSheet(Sheet sheet, List<Column> columns, Styles styles, int frozenColumns) {
        this.sheet = sheet;
        this.columns = columns;
        this.styles = styles;
        Row header = sheet.createRow(0);
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(255, column.width()) * 256);
            lines = Math.max(lines, wrappedLines(column.header(), column.width()));
        }
        // viewers do not grow a row for wrapped header text by themselves
        header.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints() + 2);
        sheet.createFreezePane(frozenColumns, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        lastRow = 0;
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
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.textStyle(columns.get(column).kind(), value));
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

    /** A live formula whose current result is text ("n/a"). */
    void formula(Row row, int column, String formula, String cached) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(styles.of(columns.get(column).kind()));
    }

    int rows() {
        return lastRow;
    }

    /** Adds the filter over the header and every data row. */
    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, columns.size() - 1));
    }
}
