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

    /** Parses a comma list of codes ("GE, AF" is GE and AF); null or blank is no selection. */
    public static List<String> parsePartners(String text) {
        if (text == null || text.isBlank()) {
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
     * Fills in the defaults from the data: as-of = the end of the latest dated period of any
     * figure; period = the latest calendar year with a trade-flow figure at or before as-of (else
     * with any figure); reporter = Belarus. Blank or null arguments count as absent.
     */
    static AnalysisParameters resolve(List<Figure> figures, String asOf, String period, String reporter, String partners) {
        LocalDate date = asOf == null || asOf.isBlank() ? figures.stream().map(Figure::period).filter(Period::isDated)
                .map(Period::end).max(Comparator.naturalOrder()).orElse(LocalDate.now()) : parseAsOf(asOf);
        Period focus;
        if (period == null || period.isBlank()) {
            focus = latestYear(figures, date, true);
            if (focus == null) {
                focus = latestYear(figures, date, false);
            }
        } else {
            try {
                focus = Period.parse(period);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--period: " + e.getMessage());
            }
        }
        return new AnalysisParameters(date, focus, reporter == null || reporter.isBlank() ? DEFAULT_REPORTER : reporter.strip(),
                parsePartners(partners));
    }

    private static Period latestYear(List<Figure> figures, LocalDate asOf, boolean tradeOnly) {
        return figures.stream().filter(f -> !tradeOnly || f.indicator().isTradeFlow()).map(Figure::period)
                .filter(Period::isFullYear).filter(p -> !p.end().isAfter(asOf)).max(Comparator.naturalOrder()).orElse(null);
    }
}
