package org.coopbrief.export.excel;

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

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.Change;
import org.coopbrief.analysis.Comparability;
import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.Level;
import org.coopbrief.analysis.Origin;
import org.coopbrief.analysis.Peers;
import org.coopbrief.analysis.ShareBasis;
import org.coopbrief.analysis.Standing;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.analysis.TargetStatus;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Deadline;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Reject;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.coopbrief.run.ReportSelection;

/**
 * Not a test: writes a workbook from a synthetic dataset {@code scale} times the bundled one
 * (243 figures, 370 events, 429 sources, 52 targets, ~250 comparisons per unit of scale), the
 * dataset's rows generated on the fly, the comparisons' report held in memory (as the application
 * holds the report it loads), and prints the time and the peak heap used. Run it with a small heap
 * to see that the streamed sheets do not need more than the report:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.coopbrief.export.excel.WorkbookMemoryBenchmark 1000
 * </pre>
 */
public final class WorkbookMemoryBenchmark {

    private static final String[] PARTNERS = {
        "RU", "KZ", "UZ", "TJ", "KG", "AM", "GE", "AF", "CN", "VN", "CU", "CL", "RU-TA", "RU-STA", "RU-IRK", "RU-LEN",
        "KZ-PAV", "TJ-DU", "UZ-TK", "MD"
    };
    private static final String[] INDICATORS = {"turnover", "exports", "imports", "balance"};

    private WorkbookMemoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path file = Files.createTempFile("coopbrief-benchmark-", ".xlsx");
        long start = System.nanoTime();
        new WorkbookWriter()
                .write(
                        file,
                        "coopbrief-2020.xlsx",
                        new WorkbookWriter.Inputs(
                                new RunInfo(1, "coopbrief benchmark", "synthetic"),
                                new Synthetic(scale),
                                syntheticReport(scale)));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                "scale %d: %,d figures, %,d events, %,d sources, %,d comparisons%n",
                scale, 243L * scale, 370L * scale, 429L * scale, 250L * scale);
        System.out.printf(
                "written %s (%,d bytes) in %.1f s; peak heap used %,d MB of max %,d MB%n",
                file,
                Files.size(file),
                seconds,
                peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
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
                sink.accept(new FigureLine(
                        "F" + i,
                        "BY",
                        "Belarus",
                        partner,
                        "Partner " + partner,
                        INDICATORS[(int) (i / PARTNERS.length % 4)],
                        "goods",
                        i % 50 == 0 ? "butter" : null,
                        Integer.toString(2000 + (int) (i % 22)),
                        BigDecimal.valueOf(random.nextInt(100000), 1),
                        "USD_M",
                        i % 7 == 0 ? "about" : null,
                        i % 3 == 0 ? BigDecimal.valueOf(random.nextInt(500), 1) : null,
                        i % 3 == 0 ? "by some %" : null,
                        i % 3 == 0 ? "pct" : null,
                        null,
                        "B1-FN" + (i % 96 + 1),
                        "B1:" + (i % 900 + 1),
                        null,
                        "synthetic note for row " + i,
                        "синтетическое примечание к строке " + i,
                        i % 50 == 0 ? "сливочное масло" : null,
                        i % 3 == 0 ? "на несколько %" : null));
            }
        }

        @Override
        public void events(Consumer<EventLine> sink) {
            LocalDate first = LocalDate.of(1990, 1, 1);
            for (long i = 0; i < 370L * scale; i++) {
                sink.accept(new EventLine(
                        "E" + i,
                        first.plusDays(i * 11000 / (370L * scale)),
                        "2000-01-01",
                        "day",
                        "agreement",
                        "BY;KZ",
                        "Minsk, Belarus",
                        "Минск, Беларусь",
                        i % 1000 == 0
                                ? "=HYPERLINK(\"http://example.com\",\"x\")"
                                : "Agreement on cooperation number " + i,
                        "Соглашение о сотрудничестве № " + i,
                        "B0-FN1",
                        "B0:1",
                        null,
                        null));
            }
        }

        @Override
        public void sources(Consumer<SourceLine> sink) {
            for (long i = 0; i < 429L * scale; i++) {
                sink.accept(new SourceLine(
                        "S" + i,
                        "B0",
                        (int) (i % 333 + 1),
                        "Title of source " + i,
                        "Название источника " + i,
                        "BelTA",
                        "БелТА",
                        2019,
                        "http://example.com/" + i,
                        "B0:" + (i % 9000 + 1)));
            }
        }

        @Override
        public List<Reject> rejects(long runId) {
            return List.of();
        }

        @Override
        public Map<String, String> russianTargetTexts() {
            return Map.of();
        }

        @Override
        public Map<String, String> russianItems() {
            return Map.of("butter", "сливочное масло");
        }

        @Override
        public Map<String, String> entityNames(org.coopbrief.localisation.Language language) {
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

    /**
     * The comparisons' report, as the analysis step stores it: a year-over-year change for every row,
     * a share and rank in the focus period; targets at risk. Held in memory, as the application holds
     * the report it loads.
     */
    static AnalysisReport syntheticReport(int scale) {
        Random random = new Random(2);
        List<ComparisonRow> comparisons = new ArrayList<>();
        for (long i = 0; i < 250L * scale; i++) {
            String partner = PARTNERS[(int) (i % PARTNERS.length)];
            int year = 2000 + (int) (i / PARTNERS.length % 21);
            BigDecimal previous = BigDecimal.valueOf(1 + random.nextInt(100000), 1);
            BigDecimal value = BigDecimal.valueOf(1 + random.nextInt(100000), 1);
            BigDecimal pct = value.divide(previous, java.math.MathContext.DECIMAL64)
                    .subtract(BigDecimal.ONE)
                    .movePointRight(2);
            boolean focus = year == 2020 && i < 250L * PARTNERS.length;
            Scope scope = i % 2 == 0 ? Scope.GOODS : Scope.SERVICES;
            Period period = Period.year(year);
            Level level = new Level(
                    "BY",
                    partner,
                    Indicator.TURNOVER,
                    scope,
                    null,
                    period,
                    value,
                    Unit.USD_M,
                    BigDecimal.valueOf(5, 2),
                    Origin.REPORTED,
                    false,
                    value,
                    Unit.USD_M,
                    Qualifier.EXACT,
                    org.coopbrief.analysis.Reason.of(org.coopbrief.analysis.Reason.Code.TEXT, "printed"),
                    List.of("F" + i));
            Change change = new Change(
                    Period.year(year - 1), previous, Origin.REPORTED, false, value.subtract(previous), pct, false);
            Standing standing = focus
                    ? new Standing(
                            BigDecimal.valueOf(5),
                            ShareBasis.PEERS_TOTAL,
                            BigDecimal.valueOf(1000),
                            PARTNERS.length,
                            Peers.COUNTRIES,
                            (int) (i % PARTNERS.length) + 1,
                            null,
                            null,
                            false)
                    : null;
            comparisons.add(new ComparisonRow(
                    "BY", partner, Indicator.TURNOVER, scope, null, period, level, change, null, standing, focus));
        }
        List<TargetRow> targets = new ArrayList<>();
        for (int i = 0; i < 52 * scale; i++) {
            targets.add(new TargetRow(
                    "T" + i,
                    "BY",
                    PARTNERS[i % PARTNERS.length],
                    Indicator.TURNOVER,
                    Scope.GOODS,
                    null,
                    "reach a target",
                    Qualifier.EXACT,
                    Deadline.parse("2025"),
                    PartialDate.parse("2019"),
                    BigDecimal.valueOf(1000),
                    Unit.USD_M,
                    false,
                    null,
                    new TargetRow.Actual(Period.year(2020), BigDecimal.valueOf(500 + i % 400), Origin.REPORTED, false),
                    null,
                    BigDecimal.valueOf(50 + i % 40),
                    BigDecimal.valueOf(500 - i % 400),
                    BigDecimal.TEN,
                    BigDecimal.ONE,
                    Comparability.SAME,
                    Scope.GOODS,
                    TargetStatus.AT_RISK,
                    false,
                    org.coopbrief.analysis.Reason.of(org.coopbrief.analysis.Reason.Code.TEXT, "synthetic"),
                    null));
        }
        return new AnalysisReport(
                new ReportSelection(LocalDate.of(2021, 12, 31), Period.year(2020), "BY", List.of()),
                comparisons,
                List.of(),
                List.of(),
                targets,
                List.of(),
                Map.of(),
                Map.of());
    }
}
