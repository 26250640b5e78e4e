package org.coopbrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** Copies the small valid test dataset (src/test/resources/fixture) to a folder, for tests to break. */
public final class TestInputs {

    public static final List<String> FILES =
            List.of("entities.csv", "sources.csv", "exchange_rates.csv", "figures.csv", "targets.csv", "events.csv");

    private TestInputs() {}

    /**
     * Starts a job on an input folder as a new instance. Kept out of the test classes because
     * {@code @SpringBatchTest} treats any test-class method returning a JobExecution as a factory.
     */
    public record Launcher(org.springframework.batch.test.JobOperatorTestUtils jobs) {
        public org.springframework.batch.core.job.JobExecution run(Path input) throws Exception {
            return jobs.startJob(new org.springframework.batch.core.job.parameters.JobParametersBuilder()
                    .addString("input", input.toString())
                    .addLong("launch", System.nanoTime())
                    .toJobParameters());
        }
    }

    public static Path copyFixture(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : FILES) {
            try (InputStream in = TestInputs.class.getResourceAsStream("/fixture/" + name)) {
                Files.copy(in, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** Appends one line to a file and returns its line number. */
    public static int appendLine(Path file, String line) throws IOException {
        int lines = Files.readAllLines(file).size();
        Files.writeString(file, line + "\n", StandardOpenOption.APPEND);
        return lines + 1;
    }

    /** Data records of a CSV file, counted by the application's own parser (quoted line breaks allowed). */
    public static int records(Path dir, String name) throws IOException {
        try (java.io.Reader in = Files.newBufferedReader(dir.resolve(name))) {
            CsvRecordParser parser = new CsvRecordParser(in, name);
            int n = -1;
            while (parser.next() != null) {
                n++;
            }
            return n;
        }
    }

    /** Data rows in the fixture's copy of a file. */
    public static int rows(Path dir, String name) throws IOException {
        return (int) Files.readAllLines(dir.resolve(name)).stream()
                        .filter(l -> !l.isBlank())
                        .count()
                - 1;
    }
}
