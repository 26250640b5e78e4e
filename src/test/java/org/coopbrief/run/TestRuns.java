package org.coopbrief.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.coopbrief.ingest.InputFacts;
import org.coopbrief.localisation.Language;

/** Run parameters for tests, built the way {@code run} builds them: a request resolved on the input. */
public final class TestRuns {

    private TestRuns() {}

    /** The options as given on the command line (null for absent). */
    public static RunParameters resolve(
            Path input, String period, String asOf, String languages, String reporter, String partners) {
        RunRequest request = new RunRequest(
                RequestedPeriod.parse(period == null ? "latest" : period),
                asOf == null ? null : LocalDate.parse(asOf),
                languages == null
                        ? List.of()
                        : Arrays.stream(languages.split(","))
                                .map(Language::parse)
                                .toList(),
                reporter == null ? ReportSelection.DEFAULT_REPORTER : reporter,
                partners == null ? List.of() : Arrays.asList(partners.split(",")),
                input);
        return request.resolve(InputFacts.read(input));
    }
}
