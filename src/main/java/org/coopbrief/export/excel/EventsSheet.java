package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.DATE;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Agreements, forums, visits... sorted by date; the date cell shows only the precision the book printed. */
final class EventsSheet {

    static final String NAME = "Events";
    /** The Excel table over the rows, for pivot tables and structured references. */
    static final String TABLE = "EventsTable";

    static final List<Column> COLUMNS = List.of(
            new Column(
                    "Date",
                    11,
                    DATE,
                    "First day of the event, a real date; shown as printed: day, month (yyyy-mm) or year"),
            new Column("Date as printed", 11, TEXT, "The date in the book's precision: YYYY-MM-DD, YYYY-MM or YYYY"),
            new Column("Precision", 9, TEXT, "day, month or year"),
            new Column(
                    "Type",
                    12,
                    TEXT,
                    "agreement, commission, forum, visit, exhibition, contract, programme, twinning, enterprise, meeting, other"),
            new Column("Parties", 18, TEXT, "Entity codes of the parties, Belarusian side first"),
            new Column("Party names", 36, TEXT, "English names of the parties"),
            new Column("Place", 22, TEXT, "Where, when the book says"),
            new Column("Title", 70, TEXT, "What happened, one line"),
            new Column("Source", 10, TEXT, "Footnote id (see Sources)"),
            new Column("Seed place", 14, TEXT, "Where the event's date is printed in the seed books: book:line"),
            new Column("Event id", 9, TEXT, "Row id in events.csv"),
            new Column("Note", 50, TEXT, "Curator's note"));

    private EventsSheet() {}

    static int write(
            Sheet sheet, XSSFSheet underlying, Styles styles, WorkbookDataset dataset, Map<String, String> names) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, 1);
        dataset.events(e -> {
            Row row = out.next();
            int c = 0;
            out.date(
                    row,
                    c++,
                    e.firstDay(),
                    switch (e.precision() == null ? "day" : e.precision()) {
                        case "month" -> Styles.Kind.MONTH;
                        case "year" -> Styles.Kind.YEAR;
                        default -> DATE;
                    });
            out.text(row, c++, e.dateText());
            out.text(row, c++, e.precision());
            out.text(row, c++, e.type());
            out.text(row, c++, e.parties() == null ? null : e.parties().replace(";", "; "));
            out.text(
                    row,
                    c++,
                    e.parties() == null
                            ? null
                            : Arrays.stream(e.parties().split(";"))
                                    .map(code -> names.getOrDefault(code.strip(), code.strip()))
                                    .collect(Collectors.joining("; ")));
            out.text(row, c++, e.place());
            out.text(row, c++, e.title());
            out.text(row, c++, e.source());
            out.text(row, c++, e.seed());
            out.text(row, c++, e.id());
            out.text(row, c, e.note());
        });
        out.finishAsTable(underlying, TABLE);
        return out.rows();
    }
}
