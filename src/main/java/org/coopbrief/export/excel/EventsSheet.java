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
import org.coopbrief.localisation.Texts;

/** Agreements, forums, visits... sorted by date; the date cell shows only the precision the book printed. */
final class EventsSheet {

    /** The sheet's name key: {@code xlsx.sheet.events}. */
    static final String KEY = "events";
    /** The Excel table over the rows, for pivot tables and structured references. */
    static final String TABLE = "EventsTable";

    static final List<Column> COLUMNS = List.of(
            new Column("events.date", 11, DATE),
            new Column("events.dateAsPrinted", 11, TEXT),
            new Column("events.precision", 9, TEXT),
            new Column("events.type", 12, TEXT),
            new Column("events.parties", 18, TEXT),
            new Column("events.partyNames", 36, TEXT),
            new Column("events.place", 22, TEXT),
            new Column("events.title", 70, TEXT),
            new Column("events.source", 10, TEXT),
            new Column("events.seedPlace", 14, TEXT),
            new Column("events.eventId", 9, TEXT),
            new Column("events.note", 50, TEXT));

    private EventsSheet() {}

    static int write(
            Sheet sheet,
            XSSFSheet underlying,
            Styles styles,
            Texts texts,
            WorkbookDataset dataset,
            Map<String, String> names) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, texts, 1);
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
            out.text(row, c++, e.place() == null ? null : texts.ofData(e.place(), e.placeRu()));
            out.text(row, c++, texts.ofData(e.title(), e.titleRu()));
            out.text(row, c++, e.source());
            out.text(row, c++, e.seed());
            out.text(row, c++, e.id());
            out.text(row, c, e.note() == null ? null : texts.ofData(e.note(), e.noteRu()));
        });
        out.finishAsTable(underlying, TABLE);
        return out.rows();
    }
}
