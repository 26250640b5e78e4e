package org.coopbrief.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The performance benchmark (README, Performance): for each size, generates the bundled input
 * scaled that many times ({@link ScaledInput}), runs {@code coopbrief run} on it as its own process
 * (the packaged jar, a fresh home, a GC log), samples the process's resident memory, then reads
 * each step's start, end and counts from the run's job repository and prints per step: seconds,
 * rows, rows per second, the largest heap used (from the GC log) and the largest RSS. In the same
 * run it measures the floors ({@link Floors}) and each step's ratio to its floor. Writes the
 * figures to {@code benchmark.csv} in the output folder (appended, so runs can be compared).
 *
 * <pre>
 * ./benchmark                       # 1x, 10x, 100x
 * ./benchmark --sizes 1000 --jvm -Xmx512m
 * </pre>
 */
public final class Benchmark {

    private static final Pattern GC_LINE = Pattern.compile("\\[(\\d+)ms].* (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    /** The worker steps of the partitioned partner briefings, one per PDF ({@code write-partner-briefing:GE-en}). */
    private static final String PARTITION_PREFIX = "write-partner-briefing:";
    /** The line for the time from the JVM's launch to the first step's start. */
    private static final String STARTUP = "before first step";

    private static final List<String> LOADED =
            List.of("entity", "source", "exchange_rate", "figure", "target", "event");

    private final Path root;
    private final Path out;
    private final Path jar;
    private final List<String> jvm;
    private final int chunk;
    private final PrintStream print;
    private final PythonPipeline python;

    private Benchmark(
            Path root, Path out, Path jar, List<String> jvm, int chunk, PrintStream print, PythonPipeline python) {
        this.root = root;
        this.out = out;
        this.jar = jar;
        this.jvm = jvm;
        this.chunk = chunk;
        this.print = print;
        this.python = python;
    }

    private static final String USAGE =
            "usage: benchmark [--sizes 1,10,100] [--jvm '-Xmx512m ...'] [--out DIR] [--chunk-size N] [--jar FILE]"
                    + " [--python]\n"
                    + "  --python  after each size's Java run, run the Python yardstick (src/test/python/pipeline.py:"
                    + " pandas,\n"
                    + "            XlsxWriter, matplotlib, ReportLab) on the same input, with the run's reporter, as-of"
                    + " date and\n"
                    + "            languages; prints its stages and the ratio Python/Java of the whole pipeline";

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(1, 10, 100);
        List<String> jvm = new ArrayList<>();
        Path out = Path.of("target/benchmark");
        int chunk = 100;
        Path jar = Path.of("target/coopbrief.jar");
        boolean withPython = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" ->
                    sizes = Arrays.stream(args[++i].split(","))
                            .map(Integer::valueOf)
                            .toList();
                case "--jvm" -> jvm.addAll(Arrays.asList(args[++i].trim().split("\\s+")));
                case "--out" -> out = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--chunk-size" -> chunk = Integer.parseInt(args[++i]);
                case "--python" -> withPython = true;
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> {
                    System.err.println(USAGE);
                    System.exit(2);
                }
            }
        }
        Path root = Path.of("").toAbsolutePath();
        PythonPipeline python = null;
        if (withPython) {
            String interpreter = PythonPipeline.find(root.resolve("target/python-venv"), System.err)
                    .orElse(null);
            if (interpreter == null) {
                System.exit(2);
            }
            python = new PythonPipeline(interpreter, root.resolve("src/test/python/pipeline.py"));
            System.out.println("python yardstick: " + interpreter + " src/test/python/pipeline.py");
        }
        Benchmark benchmark =
                new Benchmark(root, out.toAbsolutePath(), jar.toAbsolutePath(), jvm, chunk, System.out, python);
        benchmark.print.printf(
                "coopbrief benchmark: %s, sizes %s, JVM options %s, chunk size %d, %d cores, Java %s, %s%n",
                benchmark.jar,
                sizes,
                jvm.isEmpty() ? "(default heap)" : String.join(" ", jvm),
                chunk,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        for (int size : sizes) {
            benchmark.size(size);
        }
    }

    /** One measured step (or floor) of one size. */
    record Line(
            int size,
            String step,
            double seconds,
            long rows,
            String unit,
            long maxHeapMb,
            long maxRssMb,
            Double floorSeconds,
            Long floorRows,
            String status) {

        double rate() {
            return seconds <= 0 ? 0 : rows / seconds;
        }

        Double floorRate() {
            return floorSeconds == null || floorSeconds <= 0 ? null : floorRows / floorSeconds;
        }

        /** Throughput against the floor's for a load step, time against the floor's otherwise. */
        Double ratio() {
            if (floorSeconds == null) {
                return null;
            }
            return step.startsWith("load-") ? rate() / floorRate() : seconds / floorSeconds;
        }
    }

    private void size(int size) throws Exception {
        Path input = out.resolve("input-" + size + "x");
        Path home = out.resolve("run-" + size + "x");
        deleteTree(home);
        Files.createDirectories(home);
        long t0 = System.nanoTime();
        ScaledInput.write(root.resolve("input"), size, input);
        print.printf("%n== %dx: input generated in %.1f s (%s)%n", size, (System.nanoTime() - t0) / 1e9, input);

        Path gcLog = home.resolve("gc.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-Xlog:gc:file=" + gcLog + ":timemillis");
        command.addAll(List.of("-jar", jar.toString(), "run", "--input", input.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("output.txt").toFile());
        builder.environment().put("COOPBRIEF_HOME", home.toString());
        builder.environment().put("COOPBRIEF_MAX_INPUT_FILE_BYTES", Long.toString(Long.MAX_VALUE / 2));
        builder.environment().put("COOPBRIEF_CHUNK_SIZE", Integer.toString(chunk));
        long start = System.currentTimeMillis();
        Process process = builder.start();
        List<long[]> rss = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread sampler = new Thread(() -> {
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            while (!done.get()) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmRSS:")) {
                            long kb = Long.parseLong(line.replaceAll("\\D", ""));
                            synchronized (rss) {
                                rss.add(new long[] {System.currentTimeMillis(), kb});
                            }
                        }
                    }
                    Thread.sleep(100);
                } catch (IOException | RuntimeException e) {
                    return; // the process has ended (or there is no /proc)
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        int exit = process.waitFor();
        long end = System.currentTimeMillis();
        done.set(true);
        sampler.join(1000);
        print.printf(
                "coopbrief run: exit %d in %.1f s (output: %s)%n",
                exit, (end - start) / 1e3, home.resolve("output.txt"));
        if (exit != 0) {
            Files.readAllLines(home.resolve("output.txt")).stream()
                    .skip(Math.max(
                            0, Files.readAllLines(home.resolve("output.txt")).size() - 20))
                    .forEach(print::println);
        }
        List<long[]> gc = gcEvents(gcLog);

        String url = "jdbc:h2:file:" + home.resolve("data/coopbrief");
        List<Line> lines = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> params = new LinkedHashMap<>();
        long rejects;
        long firstStep = -1;
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement st = db.createStatement()) {
            for (String table : LOADED) {
                counts.put(table, count(st, "select count(*) from " + table));
            }
            counts.put("comparisons", count(st, "select count(*) from analysis_comparison"));
            rejects = count(st, "select count(*) from ingest_reject");
            try (ResultSet rs = st.executeQuery("select parameter_name, parameter_value from batch_job_execution_params"
                    + " where job_execution_id = (select max(job_execution_id) from batch_job_execution)")) {
                while (rs.next()) {
                    params.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("select step_name, start_time, end_time, status, write_count"
                    + " from batch_step_execution where job_execution_id = (select max(job_execution_id)"
                    + " from batch_job_execution) order by step_execution_id")) {
                while (rs.next()) {
                    String step = rs.getString(1);
                    long from = millis(rs.getTimestamp(2));
                    long to = rs.getTimestamp(3) == null ? end : millis(rs.getTimestamp(3));
                    if (firstStep < 0) {
                        firstStep = from;
                    }
                    long written = rs.getLong(5);
                    long rows = written;
                    String unit = "rows";
                    if (step.equals("analyse")) {
                        rows = counts.get("figure");
                        unit = "figures";
                    } else if (step.equals("write-partner-briefings") || step.equals("write-overall-briefing")) {
                        unit = "PDFs";
                    } else if (!step.startsWith("load-")) {
                        unit = "";
                    }
                    lines.add(new Line(
                            size,
                            step,
                            (to - from) / 1e3,
                            rows,
                            unit,
                            maxHeap(gc, from, to),
                            maxRss(rss, from, to),
                            null,
                            null,
                            rs.getString(4)));
                }
            }
        }
        if (firstStep > start) {
            // the JVM, the context and the job repository's bookkeeping before any work
            lines.add(
                    0,
                    new Line(
                            size,
                            STARTUP,
                            (firstStep - start) / 1e3,
                            0,
                            "",
                            maxHeap(gc, start, firstStep),
                            maxRss(rss, start, firstStep),
                            null,
                            null,
                            "COMPLETED"));
        }
        lines.add(new Line(
                size,
                "whole run",
                (end - start) / 1e3,
                counts.get("figure"),
                "figures",
                maxHeap(gc, start, end),
                maxRss(rss, start, end),
                null,
                null,
                exit == 0 ? "COMPLETED" : "exit " + exit));
        print.printf(
                "dataset: %,d entities, %,d sources, %,d figures, %,d targets, %,d events; %,d comparisons; %d rejects%n",
                counts.get("entity"),
                counts.get("source"),
                counts.get("figure"),
                counts.get("target"),
                counts.get("event"),
                counts.get("comparisons"),
                rejects);

        // the floors, on the same rows and cells
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.step().startsWith("load-") && exit == 0) {
                Floors.Floor floor = Floors.jdbcInsert(
                        url, home.resolve("floor"), line.step().substring(5), chunk);
                lines.set(i, withFloor(line, floor));
            } else if (line.step().equals("write-workbook") && exit == 0) {
                Path workbook;
                try (Stream<Path> files = Files.walk(home.resolve("reports"))) {
                    workbook = files.filter(p -> p.getFileName().toString().matches("coopbrief-\\d{4}\\.xlsx"))
                            .findFirst()
                            .orElseThrow();
                }
                Floors.Floor floor = Floors.sxssfWrite(workbook, home.resolve("floor"));
                Line l = lines.get(i);
                lines.set(
                        i,
                        new Line(
                                l.size(),
                                l.step(),
                                l.seconds(),
                                floor.rows(),
                                "sheet rows",
                                l.maxHeapMb(),
                                l.maxRssMb(),
                                floor.seconds(),
                                floor.rows(),
                                l.status()));
            }
        }
        table(lines);
        if (python != null && exit == 0) {
            lines.addAll(python(
                    size,
                    input,
                    params,
                    lines.stream()
                            .filter(l -> l.step().equals("whole run"))
                            .findFirst()
                            .orElseThrow()));
        }
        csv(lines, counts);
    }

    /**
     * The Python yardstick on the same input, with the Java run's reporter, as-of date and languages:
     * one line per stage, then its whole run (the process's wall time, interpreter start included, as
     * the Java whole run includes the JVM's) with the Java whole run as its "floor", so its ratio is
     * Python's seconds over Java's.
     */
    private List<Line> python(int size, Path input, Map<String, String> params, Line java) throws Exception {
        Path dir = out.resolve("python-" + size + "x");
        deleteTree(dir);
        String langs = params.getOrDefault("lang", "en");
        PythonPipeline.Result r = python.run(
                input,
                dir,
                params.getOrDefault("reporter", "BY"),
                params.get("as-of"),
                langs,
                out.resolve("python-" + size + "x.log"));
        print.printf(
                "python pipeline (langs %s): exit %d in %.1f s (output: %s)%n",
                langs, r.exit(), r.wallSeconds(), out.resolve("python-" + size + "x.log"));
        List<Line> lines = new ArrayList<>();
        String status = r.exit() == 0 ? "COMPLETED" : "exit " + r.exit();
        r.stages().forEach((stage, seconds) -> {
            if (!stage.equals("total")) {
                print.printf(Locale.ROOT, "  python %-12s %9.2f s%n", stage, seconds);
                lines.add(new Line(size, "python:" + stage, seconds, 0, "", -1, -1, null, null, status));
            }
        });
        print.printf(Locale.ROOT, "  python %-12s %9.2f s (after its imports)%n", "total", r.total());
        Double ratio = r.ratioTo(java.seconds());
        print.printf(
                Locale.ROOT,
                "whole pipeline: Java %.2f s, Python %.2f s: Python/Java %s%n",
                java.seconds(),
                r.wallSeconds(),
                ratio == null ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio));
        lines.add(new Line(
                size,
                "python whole run",
                r.wallSeconds(),
                java.rows(),
                java.unit(),
                -1,
                -1,
                r.exit() == 0 ? java.seconds() : null,
                java.rows(),
                status));
        return lines;
    }

    private static Line withFloor(Line l, Floors.Floor floor) {
        return new Line(
                l.size(),
                l.step(),
                l.seconds(),
                l.rows(),
                l.unit(),
                l.maxHeapMb(),
                l.maxRssMb(),
                floor.seconds(),
                floor.rows(),
                l.status());
    }

    private void table(List<Line> lines) {
        print.printf(
                "%-20s %9s %10s %-10s %11s %9s %8s %9s %11s %7s%n",
                "step", "seconds", "rows", "", "rows/s", "heap MB", "RSS MB", "floor s", "floor rows/s", "ratio");
        List<Double> perPdf = new ArrayList<>();
        for (Line l : lines) {
            if (l.step().startsWith(PARTITION_PREFIX)) {
                perPdf.add(l.seconds()); // summarised below; every partition stays in the CSV
                continue;
            }
            if (l.seconds() < 0.05 && l.floorSeconds() == null) {
                continue;
            }
            print.printf(
                    Locale.ROOT,
                    "%-20s %9.2f %10s %-10s %11s %9s %8s %9s %11s %7s%n",
                    l.step(),
                    l.seconds(),
                    l.unit().isEmpty() ? "" : String.format(Locale.ROOT, "%,d", l.rows()),
                    l.unit(),
                    l.unit().isEmpty() ? "" : String.format(Locale.ROOT, "%,.0f", l.rate()),
                    l.maxHeapMb() < 0 ? "-" : Long.toString(l.maxHeapMb()),
                    l.maxRssMb() < 0 ? "-" : Long.toString(l.maxRssMb()),
                    l.floorSeconds() == null ? "" : String.format(Locale.ROOT, "%.2f", l.floorSeconds()),
                    l.floorRate() == null ? "" : String.format(Locale.ROOT, "%,.0f", l.floorRate()),
                    l.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", l.ratio()));
        }
        Line analyse = lines.stream()
                .filter(l -> l.step().equals("analyse"))
                .findFirst()
                .orElse(null);
        if (analyse != null && analyse.rows() > 0) {
            print.printf(Locale.ROOT, "analyse: %.3f ms per figure%n", analyse.seconds() * 1000 / analyse.rows());
        }
        if (!perPdf.isEmpty()) {
            List<Double> sorted = perPdf.stream().sorted().toList();
            double sum = sorted.stream().mapToDouble(Double::doubleValue).sum();
            print.printf(
                    Locale.ROOT,
                    "partner briefings: %d PDFs, %.3f s each on average (median %.3f, slowest %.3f), %.1f s in all%n",
                    sorted.size(),
                    sum / sorted.size(),
                    sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() - 1),
                    sum);
        }

        print.println(
                "ratio: a load step's rows/s over the JDBC floor's; the workbook's seconds over the SXSSF floor's");
    }

    private void csv(List<Line> lines, Map<String, Long> counts) throws IOException {
        Path file = out.resolve("benchmark.csv");
        boolean fresh = !Files.exists(file);
        String when = DateTimeFormatter.ISO_INSTANT.format(Instant.now());
        try (Writer w = Files.newBufferedWriter(
                file,
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND)) {
            if (fresh) {
                w.write("run_at,jvm_options,size,figures,events,step,status,seconds,rows,unit,rows_per_s,max_heap_mb,"
                        + "max_rss_mb,floor_seconds,floor_rows_per_s,ratio\n");
            }
            for (Line l : lines) {
                w.write(String.join(
                        ",",
                        when,
                        "\"" + String.join(" ", jvm) + "\"",
                        Integer.toString(l.size()),
                        Long.toString(counts.get("figure")),
                        Long.toString(counts.get("event")),
                        l.step(),
                        l.status() == null ? "" : l.status(),
                        String.format(Locale.ROOT, "%.3f", l.seconds()),
                        Long.toString(l.rows()),
                        l.unit(),
                        String.format(Locale.ROOT, "%.1f", l.rate()),
                        Long.toString(l.maxHeapMb()),
                        Long.toString(l.maxRssMb()),
                        l.floorSeconds() == null ? "" : String.format(Locale.ROOT, "%.3f", l.floorSeconds()),
                        l.floorRate() == null ? "" : String.format(Locale.ROOT, "%.1f", l.floorRate()),
                        l.ratio() == null ? "" : String.format(Locale.ROOT, "%.3f", l.ratio())));
                w.write('\n');
            }
        }
        print.println("figures appended to " + file);
    }

    /** GC events: time (ms since the epoch), heap used before and after (MB). */
    private static List<long[]> gcEvents(Path log) throws IOException {
        List<long[]> events = new ArrayList<>();
        if (!Files.exists(log)) {
            return events;
        }
        for (String line : Files.readAllLines(log)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                events.add(
                        new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))
                        });
            }
        }
        return events;
    }

    /** The largest heap used during [from, to]: the largest before-collection figure, -1 without one. */
    private static long maxHeap(List<long[]> gc, long from, long to) {
        return gc.stream()
                .filter(e -> e[0] >= from && e[0] <= to)
                .mapToLong(e -> e[1])
                .max()
                .orElse(-1);
    }

    private static long maxRss(List<long[]> rss, long from, long to) {
        synchronized (rss) {
            return rss.stream()
                    .filter(s -> s[0] >= from - 100 && s[0] <= to + 100)
                    .mapToLong(s -> s[1] >> 10)
                    .max()
                    .orElse(-1);
        }
    }

    private static long millis(Timestamp t) {
        return t.toLocalDateTime().atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
