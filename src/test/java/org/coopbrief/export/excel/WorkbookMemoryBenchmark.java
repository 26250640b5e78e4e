package org.coopbrief.export.excel;

import org.coopbrief.dataset.Reject;
import org.coopbrief.dataset.DatasetReader;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Unit;

/**
 * Not a test: writes a workbook from a synthetic dataset {@code scale} times the bundled one
 * (243 figures, 370 events, 429 sources, 52 targets, ~250 comparisons per unit of scale), rows
 * generated on the fly, and prints the time and the peak heap used. Run it with a small heap to
 * see that the streamed sheets do not need more:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.coopbrief.export.excel.WorkbookMemoryBenchmark 1000
 * </pre>
 */
public final class WorkbookMemoryBenchmark {

    private static final String[] PARTNERS = {"RU", "KZ", "UZ", "TJ", "KG", "AM", "GE", "AF", "CN", "VN", "CU", "CL",
        "RU-TA", "RU-STA", "RU-IRK", "RU-LEN", "KZ-PAV", "TJ-DU", "UZ-TK", "MD"};
    private static final String[] INDICATORS = {"turnover", "exports", "imports", "balance"};

    private WorkbookMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path file = Files.createTempFile("coopbrief-benchmark-", ".xlsx");
        long start = System.nanoTime();
        new WorkbookWriter().write(file, "coopbrief-2020.xlsx", new WorkbookWriter.Inputs(
                new RunInfo(1, "coopbrief benchmark", "synthetic"), new Synthetic(scale),
                new SyntheticAnalysis(scale)));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("scale %d: %,d figures, %,d events, %,d sources, %,d comparisons%n", scale, 243L * scale,
                370L * scale, 429L * scale, 250L * scale);
        System.out.printf("written %s (%,d bytes) in %.1f s; peak heap used %,d MB of max %,d MB%n", file, Files.size(file),
                seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        Files.delete(file);
    }

    /** The dataset's tables, generated row by row. */
    static final class Synthetic implements WorkbookDataset {
        private final int scale;

        Synthetic(int scale) {
            this.scale = scale;
        }

        @Override
        public void figures(Consumer<FigureLine> sink) {
            Random random = new Random(1);
            for (long i = 0; i < 243L * scale; i++) {
                String partner = PARTNERS[(int) (i % PARTNERS.length)];
                sink.accept(new FigureLine("F" + i, "BY", "Belarus", partner, "Partner " + partner,
                        INDICATORS[(int) (i / PARTNERS.length % 4)], "goods", i % 50 == 0 ? "butter" : null,
                        Integer.toString(2000 + (int) (i % 22)), BigDecimal.valueOf(random.nextInt(100000), 1), "USD_M",
                        i % 7 == 0 ? "about" : null, i % 3 == 0 ? BigDecimal.valueOf(random.nextInt(500), 1) : null,
                        i % 3 == 0 ? "by some %" : null, i % 3 == 0 ? "pct" : null, null, "B1-FN" + (i % 96 + 1),
                        "B1:" + (i % 900 + 1), null, "synthetic note for row " + i));
            }
        }

        @Override
        public void events(Consumer<EventLine> sink) {
            LocalDate first = LocalDate.of(1990, 1, 1);
            for (long i = 0; i < 370L * scale; i++) {
                sink.accept(new EventLine("E" + i, first.plusDays(i * 11000 / (370L * scale)), "2000-01-01", "day",
                        "agreement", "BY;KZ", "Minsk, Belarus", i % 1000 == 0 ? "=HYPERLINK(\"http://example.com\",\"x\")"
                                : "Agreement on cooperation number " + i, "B0-FN1", "B0:1", null));
            }
        }

        @Override
        public void sources(Consumer<SourceLine> sink) {
            for (long i = 0; i < 429L * scale; i++) {
                sink.accept(new SourceLine("S" + i, "B0", (int) (i % 333 + 1), "Title of source " + i, "BelTA", 2019,
                        "http://example.com/" + i, "B0:" + (i % 9000 + 1)));
            }
        }

        @Override
        public List<Reject> rejects(long runId) {
            return List.of();
        }

        @Override
        public Map<String, String> entityNames() {
            Map<String, String> names = new LinkedHashMap<>();
            names.put("BY", "Belarus");
            for (String p : PARTNERS) {
                names.put(p, "Partner " + p);
            }
            return names;
        }

        @Override
        public DatasetReader.Counts counts() {
            return new DatasetReader.Counts(264, 429 * scale, 243 * scale, 52 * scale, 370 * scale, 13);
        }

        @Override
        public String inputDir() {
            return "synthetic";
        }
    }

    /** Comparison results, generated row by row; targets and findings as lists, as the interface has them. */
    static final class SyntheticAnalysis implements WorkbookAnalysis {
        private final int scale;

        SyntheticAnalysis(int scale) {
            this.scale = scale;
        }

        @Override
        public Parameters parameters() {
            return new Parameters(LocalDate.of(2021, 12, 31), Period.year(2020), "BY", List.of());
        }

        @Override
        public void comparisons(Consumer<ComparisonLine> sink) {
            Random random = new Random(2);
            for (long i = 0; i < 250L * scale; i++) {
                String partner = PARTNERS[(int) (i % PARTNERS.length)];
                int year = 2000 + (int) (i / PARTNERS.length % 21);
                BigDecimal previous = BigDecimal.valueOf(1 + random.nextInt(100000), 1);
                BigDecimal value = BigDecimal.valueOf(1 + random.nextInt(100000), 1);
                BigDecimal pct = value.divide(previous, java.math.MathContext.DECIMAL64).subtract(BigDecimal.ONE)
                        .movePointRight(2);
                boolean focus = year == 2020 && i < 250L * PARTNERS.length;
                sink.accept(new ComparisonLine("BY", partner, "turnover", i % 2 == 0 ? "goods" : "services", null,
                        Period.year(year), focus, Unit.USD_M, value, "reported", false, Period.year(year - 1), previous,
                        "reported", value.subtract(previous), pct, null, null, null, null,
                        focus ? BigDecimal.valueOf(5) : null, focus ? "synthetic" : null,
                        focus ? (int) (i % PARTNERS.length) + 1 : null, null, null));
            }
        }

        @Override
        public void derivedLevels(Consumer<DerivedLevel> sink) {
        }

        @Override
        public List<TargetLine> targets() {
            List<TargetLine> targets = new ArrayList<>();
            for (int i = 0; i < 52 * scale; i++) {
                targets.add(new TargetLine("T" + i, "BY", PARTNERS[i % PARTNERS.length], "turnover", "goods",
                        "reach a target", null, "2025", PartialDate.parse("2019"), BigDecimal.valueOf(1000), Unit.USD_M, null,
                        Period.year(2020), BigDecimal.valueOf(500 + i % 400), false, null, null,
                        BigDecimal.valueOf(50 + i % 40), BigDecimal.valueOf(500 - i % 400), BigDecimal.TEN, BigDecimal.ONE,
                        "AT RISK", "synthetic", null));
            }
            return targets;
        }

        @Override
        public List<FindingLine> findings() {
            return List.of();
        }

        @Override
        public BigDecimal usdMillion(String figureId, BigDecimal value, Unit unit, Period period) {
            return value;
        }
    }
}
