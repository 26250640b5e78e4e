package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.PLAIN_NUMBER;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The books' footnotes: the original sources the numbers are cited from. */
final class SourcesSheet {

    static final String NAME = "Sources";

    static final List<Column> COLUMNS = List.of(
            new Column("Source id", 10, TEXT, "<book>-FN<number>, as cited in the Source columns"),
            new Column("Book", 6, TEXT, "B0 (long edition) or B1 (\"In order to maintain stability\", 2022)"),
            new Column("Footnote", 8, PLAIN_NUMBER, "Footnote number in the book"),
            new Column(
                    "Title",
                    60,
                    TEXT,
                    "The cited item's title as printed (empty where the book does not print the footnote text)"),
            new Column("Publisher", 24, TEXT, "Agency, site or publisher named by the footnote"),
            new Column("Year", 6, PLAIN_NUMBER, "Year the footnote gives"),
            new Column(
                    "URL", 50, TEXT, "The address, with PDF-extraction artefacts repaired (shown as text, not a link)"),
            new Column("Seed place", 12, TEXT, "Line of the footnote text in the seed book"));

    private SourcesSheet() {}

    static int write(Sheet sheet, Styles styles, WorkbookDataset dataset) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, 1);
        dataset.sources(s -> {
            Row row = out.next();
            out.text(row, 0, s.id());
            out.text(row, 1, s.book());
            out.number(row, 2, s.footnote());
            out.text(row, 3, s.title());
            out.text(row, 4, s.publisher());
            out.number(row, 5, s.year());
            out.text(row, 6, s.url());
            out.text(row, 7, s.seed());
        });
        out.finish();
        return out.rows();
    }
}
