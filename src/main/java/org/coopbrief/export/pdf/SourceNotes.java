package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.Source;
import org.coopbrief.localisation.Texts;

/**
 * The numbered notes of one document: each source gets a number the first time a number citing
 * it is shown, and the notes list them in that order.
 */
final class SourceNotes {

    private final Map<String, Source> sources;
    private final Texts texts;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    SourceNotes(Map<String, Source> sources, Texts texts) {
        this.sources = sources;
        this.texts = texts;
    }

    /** "[3]" for the source's note, or "" when the number cites none. */
    String cite(String sourceId) {
        if (sourceId == null || !sources.containsKey(sourceId)) {
            return "";
        }
        return "[" + numbers.computeIfAbsent(sourceId, id -> numbers.size() + 1) + "]";
    }

    /** All notes citing several sources: "[1, 4]". */
    String cite(List<String> sourceIds) {
        List<String> cited = new ArrayList<>();
        for (String id : sourceIds) {
            String c = cite(id);
            if (!c.isEmpty() && !cited.contains(c)) {
                cited.add(c);
            }
        }
        return cited.isEmpty()
                ? ""
                : "["
                        + String.join(
                                ", ",
                                cited.stream()
                                        .map(c -> c.substring(1, c.length() - 1))
                                        .toList()) + "]";
    }

    /** The note of each source, once and in order: "[3]", "[5]". */
    List<String> citeEach(List<String> sourceIds) {
        return sourceIds.stream()
                .map(this::cite)
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
    }

    /** The line under a chart: "Sources: [3], [5]", from the sources of the figures drawn. */
    String sourceLine(List<String> sourceIds) {
        List<String> cited = citeEach(sourceIds);
        return cited.isEmpty()
                ? texts.text("chart.source.none")
                : texts.text("chart.source", cited.size(), String.join(", ", cited));
    }

    boolean isEmpty() {
        return numbers.isEmpty();
    }

    /** The notes, numbered, as lines of text. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        numbers.forEach((id, n) -> lines.add("[" + n + "] " + describe(sources.get(id))));
        return lines;
    }

    /** Publisher, year, title and address as far as the footnote gives them, then where it stands in the books. */
    String describe(Source s) {
        List<String> parts = new ArrayList<>();
        if (s.title() != null && !s.title().isBlank()) {
            parts.add(texts.quoted(texts.ofData(s.title(), s.titleRu())));
        }
        if (s.publisher() != null && !s.publisher().isBlank()) {
            parts.add(s.publisher().strip());
        }
        if (s.year() != null) {
            parts.add(Integer.toString(s.year()));
        }
        if (s.url() != null && !s.url().isBlank()) {
            parts.add(s.url().strip());
        }
        String where = texts.text("sources.footnote", s.book(), Integer.toString(s.footnote()));
        if (parts.isEmpty()) {
            return where + " " + texts.text("sources.notPrinted");
        }
        return String.join(". ", parts) + ". " + where;
    }
}
