package org.coopbrief.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.coopbrief.ingest.InputPeriods;

/**
 * Turns what a user or a schedule asked for into the run's identifying values, at trigger time:
 * "latest" and "previous-year" become years taken from the input that will be loaded, and an
 * absent as-of date becomes the end of the latest period in that input.
 */
public final class RunParameterResolver {

    public static final Set<String> LANGUAGES = Set.of("en", "ru");

    private RunParameterResolver() {
    }

    /** @throws IllegalArgumentException with a message for the user when a value is invalid */
    public static RunParameters resolve(Path input, String period, String asOf, String languages, String reporter,
            String partners) {
        InputPeriods periods = null;
        String resolvedPeriod;
        String requested = period == null || period.isBlank() ? "latest" : period.strip();
        if (requested.equals("latest") || requested.equals("previous-year")) {
            periods = InputPeriods.read(input, reporter);
            int latest = periods.latestFullYear().orElseThrow(() -> new IllegalArgumentException(
                    "cannot resolve --period " + requested + ": " + input.resolve("figures.csv")
                            + " has no full-year trade figure of " + reporter));
            resolvedPeriod = Integer.toString(requested.equals("latest") ? latest : latest - 1);
        } else if (requested.matches("\\d{4}")) {
            resolvedPeriod = requested;
        } else {
            throw new IllegalArgumentException("--period must be a year (2020), latest or previous-year, not '" + requested + "'");
        }
        LocalDate resolvedAsOf;
        if (asOf == null || asOf.isBlank()) {
            if (periods == null) {
                periods = InputPeriods.read(input, reporter);
            }
            resolvedAsOf = periods.latestEnd().orElse(LocalDate.of(Integer.parseInt(resolvedPeriod), 12, 31));
        } else {
            try {
                resolvedAsOf = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--as-of must be a date like 2021-06-30, not '" + asOf + "'");
            }
        }
        List<String> langs = Arrays.stream((languages == null || languages.isBlank() ? "en" : languages).split(","))
                .map(String::strip).distinct().toList();
        for (String lang : langs) {
            if (!LANGUAGES.contains(lang)) {
                throw new IllegalArgumentException("--lang must be en, ru or en,ru, not '" + languages + "'");
            }
        }
        List<String> selected = partners == null || partners.isBlank() || partners.strip().equals("all") ? List.of()
                : Arrays.stream(partners.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().sorted().toList();
        return new RunParameters(resolvedPeriod, resolvedAsOf, langs, reporter, selected, 0, input.toString(), requested);
    }
}
