package org.coopbrief.export.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, created once and shared by every cell: a workbook holds at most
 * 64,000 styles, and one style per cell would also bloat the file.
 */
final class Styles {

    /** How a column's cells are formatted; each kind maps to one shared style. */
    enum Kind {
        TEXT,
        WRAPPED,
        PLAIN_NUMBER,
        /** A count: {@link #COUNT_FORMAT}. */
        INTEGER,
        AMOUNT,
        DECIMAL1,
        PERCENT,
        DATE,
        MONTH,
        YEAR
    }

    /** Counts (units, companies, projects, persons, containers, ranks): no decimals, thousands separators. */
    static final String COUNT_FORMAT = "#,##0";
    /** Money and physical quantities: one or two decimals, thousands separators. */
    static final String AMOUNT_FORMAT = "#,##0.0#";
    /** Percentages, stored as fractions (0.125 shows 12.5%). */
    static final String PERCENT_FORMAT = "0.0%";

    final CellStyle header;
    final CellStyle title;
    final CellStyle section;
    final CellStyle text;
    final CellStyle wrapped;
    /** Text shown exactly as written, never taken for a formula (quote prefix): for input starting =, +, -, @. */
    final CellStyle literal;

    final CellStyle literalWrapped;
    final CellStyle plainNumber;
    final CellStyle integer;
    final CellStyle rank;
    final CellStyle rightText;
    final CellStyle amount;
    final CellStyle decimal1;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle month;
    final CellStyle year;

    Styles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);

        title = workbook.createCellStyle();
        title.setFont(big);
        section = workbook.createCellStyle();
        section.setFont(bold);

        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        literal = workbook.createCellStyle();
        literal.cloneStyleFrom(text);
        literal.setQuotePrefixed(true);
        literalWrapped = workbook.createCellStyle();
        literalWrapped.cloneStyleFrom(wrapped);
        literalWrapped.setQuotePrefixed(true);

        plainNumber = numeric(workbook, formats, "0");
        integer = numeric(workbook, formats, COUNT_FORMAT);
        rank = numeric(workbook, formats, "0");
        rank.setAlignment(HorizontalAlignment.CENTER);
        rightText = workbook.createCellStyle();
        rightText.cloneStyleFrom(text);
        rightText.setAlignment(HorizontalAlignment.RIGHT);
        amount = numeric(workbook, formats, AMOUNT_FORMAT);
        decimal1 = numeric(workbook, formats, "#,##0.0");
        percent = numeric(workbook, formats, PERCENT_FORMAT);
        date = numeric(workbook, formats, "yyyy-mm-dd");
        month = numeric(workbook, formats, "yyyy-mm");
        year = numeric(workbook, formats, "yyyy");
    }

    private static CellStyle numeric(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    CellStyle of(Kind kind) {
        return switch (kind) {
            case TEXT -> text;
            case WRAPPED -> wrapped;
            case PLAIN_NUMBER -> plainNumber;
            case INTEGER -> integer;
            case AMOUNT -> amount;
            case DECIMAL1 -> decimal1;
            case PERCENT -> percent;
            case DATE -> date;
            case MONTH -> month;
            case YEAR -> year;
        };
    }

    /** The style of a value in {@code unit}, the same on every sheet: see {@link Measure}. */
    CellStyle measure(org.coopbrief.dataset.Unit unit) {
        return of(Measure.kind(unit));
    }

    /** The style for a text cell of a column: the literal variant when the text could read as a formula. */
    CellStyle textStyle(Kind kind, String value) {
        boolean wrap = kind == Kind.WRAPPED;
        if (SafeText.looksLikeFormula(value)) {
            return wrap ? literalWrapped : literal;
        }
        return wrap ? wrapped : text;
    }
}
