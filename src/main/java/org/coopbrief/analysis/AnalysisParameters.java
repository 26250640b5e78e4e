package org.coopbrief.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Period;

/**
 * What an analysis is computed for, every default resolved. Results are stored under
 * {@link #key()}: running again with the same parameters replaces them.
 *
 * @param asOf     data and targets are judged as known at this date: periods ending after it are left out
 * @param focus    the focus period (the briefing's main period); null when the data has no annual period
 * @param reporter the reporter; its regions, cities and companies are included, each as its own reporter
 * @param partners the partners selected (each with its regions, cities...); empty for all
 */
public record AnalysisParameters(LocalDate asOf, Period focus, String reporter, List<String> partners) {

    /** Job parameter names on {@code run}. */
    public static final String AS_OF = "as-of";
    public static final String PERIOD = "period";
    public static final String REPORTER = "reporter";
    public static final String PARTNERS = "partners";

    /** Belarus. */
    public static final String DEFAULT_REPORTER = "BY";

    public AnalysisParameters {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(reporter, "reporter");
        partners = partners.stream().sorted().distinct().toList();
    }

    /** The key results are stored under: the resolved parameters as text. */
    public String key() {
        return "as-of=" + asOf + ";period=" + (focus == null ? "none" : focus.code()) + ";reporter=" + reporter
                + ";partners=" + (partners.isEmpty() ? "*" : String.join(",", partners));
    }

    /** Parses a comma list of codes ("GE, AF" is GE and AF); null, blank or "all" is no selection. */
    public static List<String> parsePartners(String text) {
        if (text == null || text.isBlank() || text.strip().equals("all")) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Parses an ISO date, with a message that names the option. */
    public static LocalDate parseAsOf(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of '" + text + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    /**
     * Parses a focus period: a period code (2020, 2021-Q1...), or "latest" / "previous-year" (the
     * latest calendar year with a trade figure of the reporter, or the one before it), as {@code run} takes them.
     */
    public static Period parsePeriod(String text) {
        if (isRelative(text)) {
            return null;
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--period: " + e.getMessage() + ", latest or previous-year");
        }
    }

    private static boolean isRelative(String text) {
        return text.strip().equals("latest") || text.strip().equals("previous-year");
    }

    /**
     * Fills in the defaults from the data, as {@code run} does: as-of = the end of the latest dated
     * period of any figure; period = the latest calendar year with a trade figure of the reporter at
     * or before as-of (else of any reporter); reporter = Belarus; partners = all. Blank or null
     * arguments count as absent.
     */
    static AnalysisParameters resolve(List<Figure> figures, String asOf, String period, String reporter, String partners) {
        String who = reporter == null || reporter.isBlank() ? DEFAULT_REPORTER : reporter.strip();
        LocalDate date = asOf == null || asOf.isBlank() ? figures.stream().map(Figure::period).filter(Period::isDated)
                .map(Period::end).max(Comparator.naturalOrder()).orElse(LocalDate.now()) : parseAsOf(asOf);
        Period focus = period == null || period.isBlank() ? null : parsePeriod(period);
        if (focus == null) {
            Period latest = latestYear(figures, date, who);
            if (latest == null) {
                latest = latestYear(figures, date, null);
            }
            focus = latest != null && period != null && period.strip().equals("previous-year")
                    ? Period.year(latest.year() - 1) : latest;
        }
        return new AnalysisParameters(date, focus, who, parsePartners(partners));
    }

    private static Period latestYear(List<Figure> figures, LocalDate asOf, String reporter) {
        return figures.stream().filter(f -> f.indicator().isTradeFlow())
                .filter(f -> reporter == null || f.reporter().equals(reporter)).map(Figure::period)
                .filter(Period::isFullYear).filter(p -> !p.end().isAfter(asOf)).max(Comparator.naturalOrder()).orElse(null);
    }
}
