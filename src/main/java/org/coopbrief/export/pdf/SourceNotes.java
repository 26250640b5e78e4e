package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Title, publisher and year as far as the footnote gives them, where it stands in the books, then
     * the address. The author stands before the quoted title, not inside it ("Матвеев, В. «МАЗ
     * поставит…»"), and an "Ibid." footnote repeats the reference it points to (the book's previous
     * footnote), since the note before it here is another one.
     */
    private Note describe(int number, Source own) {
        Source s = ibid(own);
        List<String> parts = new ArrayList<>();
        String title = s.title() == null || s.title().isBlank() ? null : texts.printed(s.title(), s.titleRu());
        if (title != null) {
            Author a = Author.of(title.strip());
            parts.add(a.name() == null ? texts.quoted(a.title()) : a.name() + " " + texts.quoted(a.title()));
        }
        if (s.publisher() != null && !s.publisher().isBlank()) {
            parts.add(texts.printed(s.publisher(), s.publisherRu()).strip());
        }
        if (s.year() != null) {
            parts.add(Integer.toString(s.year()));
        }
        if (title != null && s != own) { // the page the "Ibid." gives ("С. 13."), after the reference it repeats
            String page = IBID.matcher(texts.printed(own.title(), own.titleRu()).strip())
                    .replaceFirst("");
            if (!page.isBlank()) {
                parts.add(page.strip().replaceFirst("\\.$", ""));
            }
        }
        String where = texts.text(
                "sources.footnote", texts.text("sources.book." + own.book()), Integer.toString(own.footnote()));
        String text = parts.isEmpty()
                ? where + " " + texts.text("sources.notPrinted")
                : String.join(". ", parts) + ". " + where;
        String url = s.url() == null || s.url().isBlank() ? null : s.url().strip();
        return new Note("[" + number + "] " + text, url);
    }

    /** "Ibid.", "Там же. С. 13.": a footnote that repeats the one before it in its book. */
    private static final Pattern IBID = Pattern.compile("^(Ibid\\.|Там же\\.)\\s*");

    /** The source an "Ibid." footnote points to: the book's previous footnote, followed back; else the source. */
    private Source ibid(Source s) {
        Source at = s;
        for (int i = 0;
                i < MAX_IBID
                        && at.title() != null
                        && IBID.matcher(at.title().strip()).find();
                i++) {
            Source before = sources.get(at.book() + "-FN" + (at.footnote() - 1));
            if (before == null) {
                return s;
            }
            at = before;
        }
        return at.title() != null && IBID.matcher(at.title().strip()).find() ? s : at;
    }

    private static final int MAX_IBID = 10;

    /** The ids of the footnotes {@link #ibid} may follow back to from this one: none unless it is an "Ibid.". */
    static List<String> footnotesAnIbidMayRepeat(Source s) {
        if (s.title() == null || !IBID.matcher(s.title().strip()).find()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int n = s.footnote() - 1; n >= Math.max(1, s.footnote() - MAX_IBID); n--) {
            ids.add(s.book() + "-FN" + n);
        }
        return ids;
    }

    /**
     * A title split from the author the footnote puts in it: leading ("Матвеев, В. МАЗ…", "Сачук Т.
     * В. Социально…") or trailing ("… (автор: В. Матвеев)", "… (В. Сидорчик)"), the name then
     * written surname first.
     */
    record Author(@Nullable String name, String title) {

        private static final Pattern LEADING =
                Pattern.compile("^(\\p{Lu}[\\p{Ll}-]+,? \\p{Lu}\\.(?:[ \\u00a0]?\\p{Lu}\\.)?)[ \\u00a0](\\p{Lu}.*)$");
        private static final Pattern TRAILING = Pattern.compile(
                "^(.*\\S) \\((?:автор: |author: )?(\\p{Lu}\\.(?:[ \\u00a0]?\\p{Lu}\\.)?)[ \\u00a0](\\p{Lu}[\\p{Ll}-]+)\\)$");

        static Author of(String title) {
            Matcher lead = LEADING.matcher(title);
            if (lead.matches()) {
                return new Author(lead.group(1).replace(' ', '\u00a0'), lead.group(2));
            }
            Matcher trail = TRAILING.matcher(title);
            if (trail.matches()) {
                return new Author(trail.group(3) + ",\u00a0" + trail.group(2).replace(' ', '\u00a0'), trail.group(1));
            }
            return new Author(null, title);
        }
    }
}
