package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.Source;
import org.coopbrief.localisation.Texts;
import org.jspecify.annotations.Nullable;

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

    /**
     * One numbered note: its text, and the address apart, since an address is printed on a line of
     * its own (it is not words to break across lines).
     */
    record Note(String text, @Nullable String url) {}

    /** The notes, numbered, in the order of first citation. */
    List<Note> notes() {
        List<Note> lines = new ArrayList<>();
        numbers.forEach((id, n) -> lines.add(describe(n, sources.get(id))));
        return lines;
    }

    /** Title, publisher and year as far as the footnote gives them, where it stands in the books, then the address. */
    private Note describe(int number, Source s) {
        List<String> parts = new ArrayList<>();
        if (s.title() != null && !s.title().isBlank()) {
            parts.add(texts.quoted(texts.printed(s.title(), s.titleRu())));
        }
        if (s.publisher() != null && !s.publisher().isBlank()) {
            parts.add(texts.printed(s.publisher(), s.publisherRu()).strip());
        }
        if (s.year() != null) {
            parts.add(Integer.toString(s.year()));
        }
        String where = texts.text("sources.footnote", s.book(), Integer.toString(s.footnote()));
        String text = parts.isEmpty()
                ? where + " " + texts.text("sources.notPrinted")
                : String.join(". ", parts) + ". " + where;
        String url = s.url() == null || s.url().isBlank() ? null : s.url().strip();
        return new Note("[" + number + "] " + text, url);
    }
}
