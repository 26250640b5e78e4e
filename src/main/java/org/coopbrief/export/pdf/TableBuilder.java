package org.coopbrief.export.pdf;

import java.awt.Color;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A briefing table: a coloured header row repeated on each page, striped rows, numbers aligned
 * right, optional group rows across the table.
 */
final class TableBuilder {

    private final PdfStyle style;
    private final PdfPTable table;
    private final int columns;
    /** Every cell's text measured as it is added: no column narrower than its longest unbreakable run. */
    private final ColumnFit fit;

    private int cellsInRow;
    private int rowsInGroup;
    private int rows;

    /** With no headers, the table has no header row. */
    TableBuilder(PdfStyle style, float[] relativeWidths, String... headers) {
        this.style = style;
        this.columns = relativeWidths.length;
        this.fit = new ColumnFit(relativeWidths, BriefingPdf.CONTENT_WIDTH);
        this.table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.setHeaderRows(headers.length == 0 ? 0 : 1);
        table.setSplitLate(true); // a row is never split across pages (see TablePages)
        for (int i = 0; i < headers.length; i++) {
            String h = headers[i];
            fit.measureHeading(
                    i, h, style.cellHead().getBaseFont(), style.cellHead().getSize());
            PdfPCell cell = base(new Phrase(h, style.cellHead()), Element.ALIGN_LEFT);
            cell.setBackgroundColor(PdfStyle.HEAD_BACKGROUND);
            table.addCell(cell);
        }
    }

    /** Right-aligns the headers of the columns that hold numbers (0-based), as their values are. */
    TableBuilder numeric(int... columnIndexes) {
        for (int i : columnIndexes) {
            table.getRow(0).getCells()[i].setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return this;
    }

    TableBuilder text(String text) {
        return cell(new Phrase(text == null ? "" : text, style.cell()), Element.ALIGN_LEFT, null);
    }

    TableBuilder bold(String text) {
        return cell(new Phrase(text == null ? "" : text, style.cellBold()), Element.ALIGN_LEFT, null);
    }

    /** A cell whose text has a heading of its own in bold on the line above, e.g. a target's partner. */
    TableBuilder headed(String heading, String text) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(heading, style.cellBold()));
        phrase.add(new Chunk("\n" + text, style.cell()));
        return cell(phrase, Element.ALIGN_LEFT, null);
    }

    TableBuilder number(String text) {
        return cell(new Phrase(text == null ? "" : text, style.cell()), Element.ALIGN_RIGHT, null);
    }

    /** A cell with its own background, e.g. a target status. */
    TableBuilder coloured(String text, Color background, Color foreground) {
        return cell(new Phrase(text, style.font(8, true, foreground)), Element.ALIGN_CENTER, background);
    }

    TableBuilder cell(Phrase phrase, int alignment, Color background) {
        if (cellsInRow == 0) {
            rowsInGroup++;
            rows++;
        }
        for (Element part : phrase) {
            if (part instanceof Chunk chunk) {
                measure(cellsInRow, chunk.getContent(), chunk.getFont());
            }
        }
        PdfPCell cell = base(phrase, alignment);
        Color stripe = rowsInGroup % 2 == 0 ? PdfStyle.STRIPE : null;
        if (background != null || stripe != null) {
            cell.setBackgroundColor(background != null ? background : stripe);
        }
        table.addCell(cell);
        cellsInRow = (cellsInRow + 1) % columns;
        return this;
    }

    /** A row across the whole table introducing the rows below it. */
    TableBuilder group(String text) {
        PdfPCell cell = base(new Phrase(text, style.cellBold()), Element.ALIGN_LEFT);
        cell.setColspan(columns);
        cell.setBackgroundColor(PdfStyle.GROUP);
        table.addCell(cell);
        rowsInGroup = 0;
        return this;
    }

    private static PdfPCell base(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4f);
        cell.setPaddingLeft(3f);
        cell.setPaddingRight(3f);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setBorderWidth(0.5f);
        cell.setUseAscender(true);
        return cell;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    private void measure(int column, String text, Font font) {
        if (font.getBaseFont() != null) {
            fit.measure(column, text, font.getBaseFont(), font.getSize());
        }
    }

    /**
     * The table, its columns widened where a word would not fit (the library would break it without a
     * hyphen), the width taken from the columns with room to spare.
     */
    PdfPTable build() {
        table.setWidths(fit.widths());
        return table;
    }
}
