package org.coopbrief.cli;

import org.coopbrief.analysis.AnalysisParameters;

import picocli.CommandLine.Option;

/** The analysis options shared by run and compare; absent ones take their defaults from the data. */
class AnalysisOptions {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Judge data and targets as known at this date, YYYY-MM-DD (default: the end of the latest period in the data).")
    String asOf;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "The focus period: 2020, 2021-Q1..., latest or previous-year (default: latest, the latest"
                    + " calendar year with a trade figure of the reporter).")
    String period;

    @Option(names = "--reporter", paramLabel = "CODE",
            description = "The reporting side, an entity code; its regions, cities and companies are included (default: BY, Belarus).")
    String reporter;

    /** A message for the user when an option is malformed, else null. Codes are checked against the data later. */
    String problem() {
        try {
            if (asOf != null) {
                AnalysisParameters.parseAsOf(asOf);
            }
            if (period != null) {
                AnalysisParameters.parsePeriod(period);
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (reporter != null && reporter.isBlank()) {
            return "--reporter must not be empty";
        }
        return null;
    }
}
