package org.coopbrief.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.SeedPlace;
import org.coopbrief.dataset.Source;

final class SourceFile extends DatasetFile<Source> {

    @Override
    String fileName() {
        return "sources.csv";
    }

    @Override
    List<String> columns() {
        return List.of(
                "id", "book", "footnote", "title", "title_ru", "publisher", "publisher_ru", "year", "url", "seed");
    }

    @Override
    String table() {
        return "source";
    }

    @Override
    List<String> tableColumns() {
        return List.of(
                "id", "book", "footnote", "title", "title_ru", "publisher", "publisher_ru", "pub_year", "url", "seed");
    }

    @Override
    String id(Source row) {
        return row.id();
    }

    @Override
    Source parse(RowFields f, Lookups lookups) {
        String id = f.code("id", true);
        String book = f.required("book");
        if (!book.equals("B0") && !book.equals("B1")) {
            throw new RowRejectedException("book", book, "must be B0 or B1", org.coopbrief.dataset.Problem.of("book"));
        }
        Integer footnote = f.integer("footnote");
        if (footnote == null || footnote < 1) {
            throw new RowRejectedException(
                    "footnote",
                    String.valueOf(footnote),
                    "must be a footnote number of 1 or more",
                    org.coopbrief.dataset.Problem.of("footnote"));
        }
        if (!id.equals(book + "-FN" + footnote)) {
            throw new RowRejectedException(
                    "id",
                    id,
                    "must be " + book + "-FN" + footnote + " (book and footnote number)",
                    org.coopbrief.dataset.Problem.of("sourceId", book + "-FN" + footnote));
        }
        Integer year = f.integer("year");
        if (year != null && (year < 1900 || year > 2100)) {
            throw new RowRejectedException(
                    "year",
                    year.toString(),
                    "is out of range 1900..2100",
                    org.coopbrief.dataset.Problem.of("yearRange"));
        }
        String url = f.optional("url");
        if (url != null && !url.matches("(?i)(https?|ftp)://\\S+")) {
            throw new RowRejectedException(
                    "url", url, "is not an http(s) address", org.coopbrief.dataset.Problem.of("url"));
        }
        return new Source(
                id,
                book,
                footnote,
                f.optional("title"),
                f.russian("title_ru", "title"),
                f.optional("publisher"),
                f.russian("publisher_ru", "publisher"),
                year,
                url,
                f.required("seed", SeedPlace::parseList));
    }

    @Override
    Map<String, Object> toColumns(Source s) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", s.id());
        m.put("book", s.book());
        m.put("footnote", s.footnote());
        m.put("title", s.title());
        m.put("title_ru", s.titleRu());
        m.put("publisher", s.publisher());
        m.put("publisher_ru", s.publisherRu());
        m.put("pub_year", s.year());
        m.put("url", s.url());
        m.put("seed", SeedPlace.format(s.seed()));
        return m;
    }
}
