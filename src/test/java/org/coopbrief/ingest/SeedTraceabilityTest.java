package org.coopbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.coopbrief.dataset.SeedPlace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled data cannot drift from its source: every figure's and target's value, and every
 * event's year, is printed in the seed book at (or within two text lines of) the recorded line.
 * The seed books live in ../shared/seeds beside the repository (COOPBRIEF_SEEDS overrides); CI
 * has them, so there the test fails rather than skips when they are missing.
 */
class SeedTraceabilityTest {

    private static final Path INPUT = Path.of("input");
    private static final Map<String, String> BOOK_FILES =
            Map.of("B0", "000_04d2d979b8eaaf9e.txt", "B1", "001_332081d33ffde5f8.txt");
    private static final Pattern GROUPED = Pattern.compile("(\\d)[,\\u00a0 ](\\d{3})(?!\\d)");

    private static final Map<String, List<String>> books = new HashMap<>();

    @BeforeAll
    static void readTheBooks() throws IOException {
        Path seeds = Path.of(System.getenv().getOrDefault("COOPBRIEF_SEEDS", "../shared/seeds"));
        boolean present = Files.isDirectory(seeds);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("seed books in " + seeds.toAbsolutePath()).isTrue();
        }
        assumeTrue(present, "seed books not found in " + seeds.toAbsolutePath() + " (set COOPBRIEF_SEEDS)");
        for (var e : BOOK_FILES.entrySet()) {
            books.put(e.getKey(), Files.readAllLines(seeds.resolve(e.getValue()), StandardCharsets.UTF_8));
        }
    }

    private static List<Map<String, String>> rows(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(INPUT.resolve(file), StandardCharsets.UTF_8)) {
            CsvRecordParser parser = new CsvRecordParser(in, file);
            List<String> header = parser.next().values();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CsvRecord r; (r = parser.next()) != null; ) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), r.values().get(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The seed line and the two non-blank lines on each side, joined, with digit grouping removed. */
    private static String around(SeedPlace place) {
        List<String> lines = books.get(place.book());
        assertThat(place.line()).as(place + " is beyond the end of the book").isLessThanOrEqualTo(lines.size());
        List<String> window = new ArrayList<>();
        window.add(lines.get(place.line() - 1));
        for (int i = place.line() - 2, n = 0; i >= 0 && n < 2; i--) {
            if (!lines.get(i).isBlank()) {
                window.add(0, lines.get(i));
                n++;
            }
        }
        for (int i = place.line(), n = 0; i < lines.size() && n < 2; i++) {
            if (!lines.get(i).isBlank()) {
                window.add(lines.get(i));
                n++;
            }
        }
        String text = String.join(" ", window).replaceAll("\\s+", " ");
        String previous;
        do {
            previous = text;
            text = GROUPED.matcher(text).replaceAll("$1$2");
        } while (!text.equals(previous));
        return text;
    }

    private static boolean printedNear(String number, List<SeedPlace> places) {
        Pattern p = Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d]|\\.\\d)");
        return places.stream().anyMatch(place -> p.matcher(around(place)).find());
    }

    private static boolean inWords(Map<String, String> row) {
        return row.getOrDefault("note", "").toLowerCase().contains("printed in words");
    }

    @Test
    void everyFigureAndTargetValueIsPrintedAtItsSeedPlace() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String file : List.of("figures.csv", "targets.csv")) {
            for (Map<String, String> row : rows(file)) {
                String value = row.get("value");
                if (value.isEmpty() || inWords(row)) {
                    continue;
                }
                checked++;
                if (!printedNear(value, SeedPlace.parseList(row.get("seed")))) {
                    missing.add(file + " " + row.get("id") + ": " + value + " not printed near " + row.get("seed"));
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(checked).as("figures and targets checked against the books").isGreaterThanOrEqualTo(100);
    }

    @Test
    void everyStatedGrowthIsPrintedAtItsSeedPlace() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Map<String, String> row : rows("figures.csv")) {
            String text = row.get("growth_text");
            if (row.get("growth_kind").equals("pct") && text.matches(".*\\d.*%.*") && !inWords(row)) {
                checked++;
                String number = text.replaceAll(".*?(\\d+(?:[.,]\\d+)?)\\s*%.*", "$1");
                if (!printedNear(number, SeedPlace.parseList(row.get("seed")))
                        && !printedNear(number.replace('.', ','), SeedPlace.parseList(row.get("seed")))) {
                    missing.add(row.get("id") + ": growth " + text + " not printed near " + row.get("seed"));
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(checked).as("stated growths checked against the books").isGreaterThanOrEqualTo(30);
    }

    @Test
    void everyEventYearIsPrintedAtItsSeedPlace() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Map<String, String>> events = rows("events.csv");
        for (Map<String, String> row : events) {
            String year = row.get("date").substring(0, 4);
            if (!printedNear(year, SeedPlace.parseList(row.get("seed"))) && !inWords(row)) {
                missing.add(row.get("id") + ": year " + year + " not printed near " + row.get("seed"));
            }
        }
        assertThat(missing).isEmpty();
        assertThat(events).hasSizeGreaterThanOrEqualTo(40);
    }
}
