package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A table cut into the parts that go on successive pages, so that the library never has to break
 * it: rows are measured at the content width and kept whole; a full-width row (a group heading)
 * stays with the row below it, the legend (the last row, when there is one) with the row above;
 * the first and the last page of a table hold at least {@link #MIN_ROWS} units of rows when the
 * table has that many. Each part repeats the header rows.
 */
final class TablePages {

    /** Fewer rows than this alone on a page look like an accident. */
    static final int MIN_ROWS = 3;
    /** Measured heights and the document's own position can differ by rounding: keep a margin. */
    private static final float SLACK = 2;

    /** Body rows [first, end) that go on one page together. */
    private record Unit(int first, int end, float height) {}

    private final PdfPTable table;
    private final float headerHeight;
    private final List<Unit> units = new ArrayList<>();

    TablePages(PdfPTable table, float contentWidth, boolean legend) {
        this.table = table;
        table.setTotalWidth(contentWidth * table.getWidthPercentage() / 100);
        table.setLockedWidth(true);
        table.setSplitLate(true); // a row that does not fit moves to the next page whole
        table.setSplitRows(true); // only a row taller than a page is ever split: never lost
        this.headerHeight = table.getHeaderHeight();
        int rows = table.size();
        int last = legend ? rows - 1 : rows;
        int i = table.getHeaderRows();
        while (i < last) {
            int first = i;
            while (i < last - 1 && fullWidth(i)) {
                i++;
            }
            i++;
            units.add(unit(first, i));
        }
        if (legend) {
            Unit before = units.isEmpty() ? null : units.remove(units.size() - 1);
            units.add(unit(before == null ? rows - 1 : before.first(), rows));
        }
    }

    private Unit unit(int first, int end) {
        float height = 0;
        for (int r = first; r < end; r++) {
            height += table.getRowHeight(r);
        }
        return new Unit(first, end, height);
    }

    private boolean fullWidth(int row) {
        PdfPRow r = table.getRow(row);
        PdfPCell first = r.getCells()[0];
        int columns = table.getNumberOfColumns();
        return columns > 1 && first != null && first.getColspan() == columns;
    }

    /**
     * What must fit under a heading placed before the table: its header and first rows; the whole of a
     * short table (fewer than twice {@link #MIN_ROWS} units), which is never cut.
     */
    float startHeight() {
        float h = headerHeight;
        int first = isShort() ? units.size() : Math.min(MIN_ROWS, units.size());
        for (int i = 0; i < first; i++) {
            h += units.get(i).height();
        }
        return h + SLACK;
    }

    private boolean isShort() {
        return units.size() < 2 * MIN_ROWS;
    }

    /**
     * The parts, one a page, with null first when the table should start on a new page;
     * {@code available}: the height left on this page; {@code page}: the height of a page's content.
     */
    List<PdfPTable> split(float available, float page) {
        boolean fresh = available >= page - SLACK;
        List<List<Unit>> pages = paginate(available, page);
        boolean startLater = false;
        if (!fresh && pages.size() > 1 && (isShort() || pages.get(0).size() < Math.min(MIN_ROWS, units.size()))) {
            startLater = true;
            pages = paginate(page, page);
        }
        if (!fresh && !pages.isEmpty() && pages.get(0).isEmpty()) {
            startLater = true;
            pages.remove(0);
        }
        balanceLastPage(pages, page);
        List<PdfPTable> parts = new ArrayList<>();
        if (startLater) {
            parts.add(null);
        }
        for (List<Unit> units : pages) {
            if (!units.isEmpty()) {
                parts.add(part(units.get(0).first(), units.get(units.size() - 1).end()));
            }
        }
        return parts;
    }

    private List<List<Unit>> paginate(float available, float page) {
        List<List<Unit>> pages = new ArrayList<>();
        List<Unit> current = new ArrayList<>();
        float left = available - headerHeight - SLACK;
        for (Unit u : units) {
            if (u.height() > left && (!current.isEmpty() || pages.isEmpty())) {
                pages.add(current);
                current = new ArrayList<>();
                left = page - headerHeight - SLACK;
            }
            current.add(u);
            left -= u.height();
        }
        pages.add(current);
        if (pages.size() > 1 && pages.get(0).isEmpty() && available >= page - SLACK) {
            pages.remove(0); // a unit taller than a whole page: the library splits it
        }
        return pages;
    }

    /** Moves rows from the page before to a last page that would hold too few, while they fit. */
    private void balanceLastPage(List<List<Unit>> pages, float page) {
        if (pages.size() < 2) {
            return;
        }
        List<Unit> last = pages.get(pages.size() - 1);
        List<Unit> before = pages.get(pages.size() - 2);
        float room =
                page - headerHeight - SLACK - last.stream().map(Unit::height).reduce(0f, Float::sum);
        while (last.size() < MIN_ROWS && before.size() > MIN_ROWS) {
            Unit moved = before.get(before.size() - 1);
            if (moved.height() > room) {
                return;
            }
            before.remove(before.size() - 1);
            last.add(0, moved);
            room -= moved.height();
        }
    }

    /**
     * The header rows and the body rows [first, end), sharing the table's rows: the library itself
     * writes a table's header rows on every page from the same row objects, so writing a row does
     * not consume it. (Copying the whole table for each part and deleting the other rows copied
     * every cell once per page: quadratic in a long table's pages.)
     */
    private PdfPTable part(int first, int end) {
        PdfPTable part = PdfPTable.shallowCopy(table);
        part.getRows().addAll(table.getRows().subList(0, table.getHeaderRows()));
        part.getRows().addAll(table.getRows().subList(first, end));
        return part;
    }
}
