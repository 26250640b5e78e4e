package org.coopbrief.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the bundled input scaled {@code n} times: copy 0 is the bundled data as it is; every
 * further copy {@code k} adds a new reporter under Belarus ({@code BY-Xk}, a region) with a clone
 * of every region, city and company of Belarus ({@code CODE-Xk}), a clone of every source
 * (footnote + k * 1000), and a copy of every figure, target and event that names them, its ids
 * suffixed and its periods and dates moved {@code 5 * (k % 3)} years back (more years). Partners
 * grow far slower than rows, as in a real dataset: they are cloned ({@code CODE-Pp}) in the
 * first ceil(cbrt(n)) copies only, and later copies name those clones. Exchange rates are added for
 * the years the moved periods need. The result is valid input: a load of it rejects nothing.
 *
 * <pre>
 * java -cp target/test-classes org.coopbrief.benchmark.ScaledInput 100 input target/input-100x
 * </pre>
 */
public final class ScaledInput {

    private static final String REPORTER = "BY";
    private static final String WORLD = "WORLD";

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");
    private static final Pattern SOURCE = Pattern.compile("(B[01])-FN([0-9]+)");
    private static final Pattern CONFLICT = Pattern.compile("C([0-9]+)");

    private final Path from;
    private final int copies;
    private final int partnerCopies;
    private final Set<String> reporterSide = new HashSet<>();
    private final Set<String> partnerSide = new HashSet<>();

    private ScaledInput(Path from, int copies) {
        this.from = from;
        this.copies = copies;
        this.partnerCopies = (int) Math.ceil(Math.cbrt(copies) - 1e-9);
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        write(
                Path.of(args.length > 1 ? args[1] : "input"),
                n,
                Path.of(args.length > 2 ? args[2] : "target/input-" + n + "x"));
    }

    /** Writes the input {@code from} scaled {@code n} times into {@code to} (created or overwritten). */
    public static void write(Path from, int n, Path to) throws IOException {
        if (n < 1) {
            throw new IllegalArgumentException("scale must be 1 or more: " + n);
        }
        Files.createDirectories(to);
        new ScaledInput(from, n).writeAll(to);
    }

    private void writeAll(Path to) throws IOException {
        Table entities = Table.read(from.resolve("entities.csv"));
        Map<String, String> parents = new HashMap<>();
        for (List<String> row : entities.rows) {
            parents.put(row.get(0), row.get(4));
        }
        for (List<String> row : entities.rows) {
            String code = row.get(0);
            String c = code;
            while (c != null && !c.isEmpty() && !c.equals(REPORTER)) {
                c = parents.get(c);
            }
            if (code.equals(REPORTER) || (c != null && c.equals(REPORTER))) {
                reporterSide.add(code);
            } else if (!code.equals(WORLD)) {
                partnerSide.add(code);
            }
        }
        // entities: each copy after its parents (copy 0, then copy 1...); a copy's reporter is a
        // region of Belarus named BY-Xk
        entities.write(to.resolve("entities.csv"), copies, (row, k, out) -> {
            String code = row.get(0);
            if (k > 0 && code.equals(REPORTER)) {
                out.add(List.of(
                        entity(code, k), "Belarus, reporter " + k, "Беларусь, участник " + k, "region", REPORTER, ""));
                return;
            }
            if (k > 0 && !reporterSide.contains(code) && !(partnerSide.contains(code) && k < partnerCopies)) {
                return;
            }
            List<String> r = new ArrayList<>(row);
            r.set(0, entity(code, k));
            if (k > 0) {
                r.set(1, r.get(1) + " " + k);
                r.set(2, r.get(2) + " " + k);
                r.set(5, ""); // a clone's code is not of ISO form
            }
            r.set(4, entity(r.get(4), k));
            out.add(r);
        });
        Table.read(from.resolve("sources.csv")).write(to.resolve("sources.csv"), copies, (row, k, out) -> {
            List<String> r = new ArrayList<>(row);
            int footnote = Integer.parseInt(r.get(2)) + 1000 * k;
            r.set(0, r.get(1) + "-FN" + footnote);
            r.set(2, Integer.toString(footnote));
            out.add(r);
        });
        int[] years = {Integer.MAX_VALUE, Integer.MIN_VALUE};
        Table figures = Table.read(from.resolve("figures.csv"));
        figures.write(to.resolve("figures.csv"), copies, (row, k, out) -> {
            Map<String, String> f = figures.named(row);
            if (!copied(k, f.get("reporter"), f.get("partner"))) {
                return;
            }
            f.put("id", id(f.get("id"), k));
            f.put("reporter", entity(f.get("reporter"), k));
            f.put("partner", entity(f.get("partner"), k));
            f.put("period", years(f.get("period"), k));
            f.put("growth_base", years(f.get("growth_base"), k));
            f.put("source", source(f.get("source"), k));
            f.put("conflict", conflict(f.get("conflict"), k));
            Matcher m = YEAR.matcher(f.get("period"));
            while (m.find()) {
                int year = Integer.parseInt(m.group());
                years[0] = Math.min(years[0], year);
                years[1] = Math.max(years[1], year);
            }
            out.add(figures.row(f));
        });
        Table targets = Table.read(from.resolve("targets.csv"));
        targets.write(to.resolve("targets.csv"), copies, (row, k, out) -> {
            Map<String, String> t = targets.named(row);
            if (!copied(k, t.get("reporter"), t.get("partner"))) {
                return;
            }
            t.put("id", id(t.get("id"), k));
            t.put("reporter", entity(t.get("reporter"), k));
            t.put("partner", entity(t.get("partner"), k));
            t.put("baseline_period", years(t.get("baseline_period"), k));
            t.put("deadline", years(t.get("deadline"), k));
            t.put("set_on", years(t.get("set_on"), k));
            t.put("source", source(t.get("source"), k));
            out.add(targets.row(t));
        });
        Table events = Table.read(from.resolve("events.csv"));
        events.write(to.resolve("events.csv"), copies, (row, k, out) -> {
            Map<String, String> e = events.named(row);
            List<String> parties = new ArrayList<>();
            for (String p : e.get("parties").split(";")) {
                parties.add(entity(p.strip(), k));
            }
            if (!copied(k, e.get("parties").split(";"))) {
                return;
            }
            e.put("id", id(e.get("id"), k));
            e.put("date", years(e.get("date"), k));
            e.put("parties", String.join(";", parties));
            e.put("source", source(e.get("source"), k));
            out.add(events.row(e));
        });
        // exchange rates: every currency gets a rate for every year the moved periods reach
        Table rates = Table.read(from.resolve("exchange_rates.csv"));
        Map<String, TreeMap<Integer, List<String>>> byCurrency = new LinkedHashMap<>();
        for (List<String> row : rates.rows) {
            byCurrency.computeIfAbsent(row.get(0), c -> new TreeMap<>()).put(Integer.parseInt(row.get(1)), row);
        }
        List<List<String>> rateRows = new ArrayList<>(rates.rows);
        if (copies > 1) {
            for (TreeMap<Integer, List<String>> known : byCurrency.values()) {
                for (int year = Math.min(years[0], known.firstKey());
                        year <= Math.max(years[1], known.lastKey());
                        year++) {
                    if (!known.containsKey(year)) {
                        var nearest =
                                known.floorEntry(year) != null ? known.floorEntry(year) : known.ceilingEntry(year);
                        List<String> r = new ArrayList<>(nearest.getValue());
                        r.set(1, Integer.toString(year));
                        int note = rates.header.indexOf("note");
                        r.set(note, "synthetic benchmark rate (the rate of " + nearest.getKey() + ")");
                        r.set(note + 1, "синтетический курс для замеров (курс " + nearest.getKey() + " г.)");
                        rateRows.add(r);
                    }
                }
            }
        }
        try (Writer out = Files.newBufferedWriter(to.resolve("exchange_rates.csv"), StandardCharsets.UTF_8)) {
            Table.line(out, rates.header);
            for (List<String> r : rateRows) {
                Table.line(out, r);
            }
        }
    }

    /**
     * The code of an entity in copy k: the reporter and its regions, cities and companies are
     * cloned in every copy ({@code -Xk}); the partners in {@link #partnerCopies} copies only
     * ({@code -Pp}, p = k mod that), so partners grow far slower than rows, as in a real dataset.
     */
    private String entity(String code, int k) {
        if (k == 0 || code == null || code.isEmpty()) {
            return code;
        }
        if (reporterSide.contains(code)) {
            return code + "-X" + k;
        }
        int p = k % partnerCopies;
        return partnerSide.contains(code) && p > 0 ? code + "-P" + p : code;
    }

    /** Whether a row naming these entities has a copy k of its own (its key then differs from every other copy's). */
    private boolean copied(int k, String... codes) {
        if (k == 0) {
            return true;
        }
        boolean partner = false;
        for (String c : codes) {
            String code = c.strip();
            if (reporterSide.contains(code)) {
                return true;
            }
            partner |= partnerSide.contains(code);
        }
        return partner && k < partnerCopies;
    }

    private static String id(String id, int k) {
        return k == 0 ? id : id + "-X" + k;
    }

    private static String years(String text, int k) {
        int shift = 5 * (k % 3);
        if (text == null || text.isEmpty() || shift == 0) {
            return text;
        }
        Matcher m = YEAR.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Integer.toString(Integer.parseInt(m.group()) - shift));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String source(String id, int k) {
        if (id == null || id.isEmpty() || k == 0) {
            return id;
        }
        Matcher m = SOURCE.matcher(id);
        if (!m.matches()) {
            throw new IllegalStateException("unexpected source id " + id);
        }
        return m.group(1) + "-FN" + (Integer.parseInt(m.group(2)) + 1000 * k);
    }

    private static String conflict(String group, int k) {
        if (group == null || group.isEmpty() || k == 0) {
            return group;
        }
        Matcher m = CONFLICT.matcher(group);
        if (!m.matches()) {
            throw new IllegalStateException("unexpected conflict group " + group);
        }
        // C followed by 2 to 4 digits; beyond 999 copies groups of different copies share a number,
        // which never makes a row a duplicate (their keys differ)
        return String.format("C%02d", (Integer.parseInt(m.group(1)) + 10 * k) % 10000);
    }

    private interface RowCopier {
        void copy(List<String> row, int k, List<List<String>> out) throws IOException;
    }

    /** One CSV file: header and rows, quoted as RFC 4180 says. */
    private static final class Table {
        final List<String> header;
        final List<List<String>> rows;

        private Table(List<String> header, List<List<String>> rows) {
            this.header = header;
            this.rows = rows;
        }

        static Table read(Path path) throws IOException {
            try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                List<List<String>> records = new ArrayList<>();
                List<String> record;
                while ((record = next(in)) != null) {
                    records.add(record);
                }
                return new Table(records.get(0), records.subList(1, records.size()));
            }
        }

        Map<String, String> named(List<String> row) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), row.get(i));
            }
            return m;
        }

        List<String> row(Map<String, String> named) {
            List<String> r = new ArrayList<>();
            for (String column : header) {
                r.add(named.get(column));
            }
            return r;
        }

        void write(Path path, int copies, RowCopier copier) throws IOException {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16)) {
                line(out, header);
                List<List<String>> produced = new ArrayList<>();
                for (int k = 0; k < copies; k++) {
                    for (List<String> row : rows) {
                        copier.copy(row, k, produced);
                    }
                    for (List<String> r : produced) {
                        line(out, r);
                    }
                    produced.clear();
                }
            }
        }

        static void line(Writer out, List<String> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                String v = values.get(i) == null ? "" : values.get(i);
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(v.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(v);
                }
            }
            out.write('\n');
        }

        private static List<String> next(Reader in) throws IOException {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (quoted) {
                    if (c < 0) {
                        throw new IOException("unterminated quote");
                    }
                    if (c == '"') {
                        in.mark(1);
                        int d = in.read();
                        if (d == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = d;
                            continue;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c < 0 || c == '\n') {
                    fields.add(field.toString());
                    return fields;
                } else if (c == '\r') {
                    // dropped: \r\n ends the record at the \n
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                } else {
                    field.append((char) c);
                }
                c = in.read();
            }
        }
    }
}
