package org.coopbrief.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.run.DataFacts;

/**
 * Reads what the selection rule needs from an input folder (entity codes and parents, and each
 * figure's reporter, indicator and period) without loading it, so a run's parameters are resolved
 * and checked when it is triggered, before any job starts or any table is touched. Rows the load
 * would reject are passed over here: the load reports them with their line.
 */
public final class InputFacts {

    private InputFacts() {}

    /** @throws IllegalArgumentException naming the file when it cannot be read */
    public static DataFacts read(Path inputDir) {
        Map<String, String> parents = new HashMap<>();
        read(inputDir.resolve("entities.csv"), List.of("code", "parent"), v -> {
            if (!v.get(0).isBlank()) {
                parents.put(
                        v.get(0).strip(), v.get(1).isBlank() ? null : v.get(1).strip());
            }
        });
        List<DataFacts.FigurePeriod> figures = new ArrayList<>();
        read(inputDir.resolve("figures.csv"), List.of("reporter", "indicator", "period"), v -> {
            Period p;
            boolean flow;
            try {
                p = Period.parse(v.get(2));
                flow = Indicator.parse(v.get(1)).isTradeFlow();
            } catch (IllegalArgumentException e) {
                return;
            }
            figures.add(new DataFacts.FigurePeriod(v.get(0).strip(), flow, p));
        });
        return new DataFacts(parents, figures);
    }

    private interface Row {
        void accept(List<String> values);
    }

    private static void read(Path file, List<String> columns, Row row) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvRecordParser parser = new CsvRecordParser(in, file.toString());
            CsvRecord header = parser.next();
            if (header == null) {
                throw new IllegalArgumentException(file + ": file is empty");
            }
            List<Integer> at = columns.stream().map(header.values()::indexOf).toList();
            if (at.contains(-1)) {
                throw new IllegalArgumentException(file + ":1: header lacks one of " + String.join(", ", columns));
            }
            int last = at.stream().max(Integer::compare).orElseThrow();
            for (CsvRecord r; (r = parser.next()) != null; ) {
                if (r.values().size() > last) {
                    List<String> values = r.values();
                    row.accept(at.stream().map(values::get).toList());
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
