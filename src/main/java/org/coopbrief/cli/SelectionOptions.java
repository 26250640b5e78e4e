package org.coopbrief.cli;

import java.time.LocalDate;

import org.coopbrief.run.ReportSelection;
import org.coopbrief.run.RequestedPeriod;

import picocli.CommandLine.Option;

/** The options of {@code run} and {@code compare} that choose what is reported: period, as-of date, reporter. */
class SelectionOptions {

    @Option(
            names = "--period",
            paramLabel = "PERIOD",
            defaultValue = "latest",
            converter = Converters.PeriodConverter.class,
            description = "The focus period: a year (2020; compare also takes 2021-Q1, 2018-01..07...), latest (the"
                    + " latest year with a trade figure of the reporter) or previous-year. Default: ${DEFAULT-VALUE}.")
    RequestedPeriod period;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            converter = Converters.DateConverter.class,
            description = "Judge data and targets as known at this date, YYYY-MM-DD; later periods are left out."
                    + " Default: the end of the latest period in the data.")
    LocalDate asOf;

    @Option(
            names = "--reporter",
            paramLabel = "CODE",
            defaultValue = ReportSelection.DEFAULT_REPORTER,
            description = "The reporting side, an entity code; its regions, cities and companies are included."
                    + " Default: ${DEFAULT-VALUE} (Belarus).")
    String reporter;
}
