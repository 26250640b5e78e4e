package org.coopbrief.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;

/**
 * Reads the periods of an input folder's figures.csv without loading it, so that relative
 * run parameters ("latest") can be resolved when a run is triggered, before any job starts.
 */
public final class InputPeriods {

    private final List<Period> tradePeriods;
    private final List<Period> allPeriods;

    private InputPeriods(List<Period> tradePeriods, List<Period> allPeriods) {
        this.tradePeriods = tradePeriods;
        this.allPeriods = allPeriods;
    }

    /** @throws IllegalArgumentException naming the file when it cannot be read */
    public static InputPeriods read(Path inputDir, String reporter) {
        Path file = inputDir.resolve("figures.csv");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvRecordParser parser = new CsvRecordParser(in, file.toString());
            CsvRecord header = parser.next();
            if (header == null) {
                throw new IllegalArgumentException(file + ": file is empty");
            }
            int rep = header.values().indexOf("reporter");
            int ind = header.values().indexOf("indicator");
            int per = header.values().indexOf("period");
            if (rep < 0 || ind < 0 || per < 0) {
                throw new IllegalArgumentException(file + ":1: header lacks reporter, indicator or period");
            }
            List<Period> trade = new java.util.ArrayList<>();
            List<Period> all = new java.util.ArrayList<>();
            for (CsvRecord r; (r = parser.next()) != null;) {
                if (r.values().size() <= Math.max(rep, Math.max(ind, per))) {
                    continue; // the load will reject it with its line
                }
                Period p;
                try {
                    p = Period.parse(r.values().get(per));
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (!p.isDated()) {
                    continue;
                }
                all.add(p);
                boolean flow;
                try {
                    flow = Indicator.parse(r.values().get(ind)).isTradeFlow();
                } catch (IllegalArgumentException e) {
                    flow = false;
                }
                if (flow && r.values().get(rep).strip().equals(reporter)) {
                    trade.add(p);
                }
            }
            return new InputPeriods(trade, all);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The latest calendar year with a trade figure of the reporter. */
    public Optional<Integer> latestFullYear() {
        return tradePeriods.stream().filter(Period::isFullYear).map(Period::year).max(Integer::compare);
    }

    /** The end of the latest dated period of any figure: the default as-of date. */
    public Optional<java.time.LocalDate> latestEnd() {
        return allPeriods.stream().map(Period::end).max(java.time.LocalDate::compareTo);
    }
}
