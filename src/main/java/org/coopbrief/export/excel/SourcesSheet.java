package org.coopbrief.export.excel;

import static org.coopbrief.export.excel.Styles.Kind.PLAIN_NUMBER;
import static org.coopbrief.export.excel.Styles.Kind.TEXT;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.coopbrief.localisation.Texts;

/** The books' footnotes: the original sources the numbers are cited from. */
final class SourcesSheet {

    /** The sheet's name key: {@code xlsx.sheet.sources}. */
    static final String KEY = "sources";

    static final List<Column> COLUMNS = List.of(
            new Column("sources.sourceId", 10, TEXT),
            new Column("sources.book", 6, TEXT),
            new Column("sources.footnote", 8, PLAIN_NUMBER),
            new Column("sources.title", 60, TEXT),
            new Column("sources.publisher", 24, TEXT),
            new Column("sources.year", 6, PLAIN_NUMBER),
            new Column("sources.url", 50, TEXT),
            new Column("sources.seedPlace", 12, TEXT));

    private SourcesSheet() {}

    static int write(Sheet sheet, Styles styles, Texts texts, WorkbookDataset dataset) {
        DataSheet out = new DataSheet(sheet, COLUMNS, styles, texts, 1);
        dataset.sources(s -> {
            Row row = out.next();
            out.text(row, 0, s.id());
            out.text(row, 1, s.book());
            out.number(row, 2, s.footnote());
            out.text(row, 3, s.title() == null ? null : texts.ofData(s.title(), s.titleRu()));
            out.text(row, 4, s.publisher() == null ? null : texts.ofData(s.publisher(), s.publisherRu()));
            out.number(row, 5, s.year());
            out.text(row, 6, s.url());
            out.text(row, 7, s.seed());
        });
        out.finish();
        return out.rows();
    }
}
