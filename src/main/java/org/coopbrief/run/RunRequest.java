package org.coopbrief.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.coopbrief.dataset.Period;
import org.coopbrief.localisation.Language;
import org.jspecify.annotations.Nullable;

/**
 * A run as asked for on the command line or by a schedule, each value parsed and typed but not
 * yet resolved against the data.
 *
 * @param asOf null for the default (the end of the latest period in the data)
 */
public record RunRequest(
        RequestedPeriod period,
        @Nullable LocalDate asOf,
        List<Language> languages,
        String reporter,
        List<String> partners,
        Path input) {

    public RunRequest {
        languages = languages.isEmpty()
                ? List.of(Language.EN)
                : languages.stream().distinct().toList();
        partners = partners.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.equals("all"))
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * Resolves the request against the facts of the input it will load, at trigger time.
     *
     * @throws IllegalArgumentException with a message for the user when a value does not fit the data
     */
    public RunParameters resolve(DataFacts facts) {
        if (period.relative() == RequestedPeriod.Relative.NONE
                && period.period().kind() != Period.Kind.YEAR) {
            throw new IllegalArgumentException(
                    "--period must be a year (2020), latest or previous-year, not '" + period + "'");
        }
        ReportSelection selection =
                SelectionRule.resolve(period, asOf, reporter, partners, facts, "the input " + input);
        return new RunParameters(selection, languages, 0, input, period.toString());
    }
}
