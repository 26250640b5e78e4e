package org.coopbrief.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.coopbrief.dataset.Period;

/**
 * The one rule that turns what was asked for into a {@link ReportSelection}, used by {@code run}
 * (on the input it will load), {@code compare} (on the loaded data) and the scheduler alike:
 * <ul>
 * <li>as-of: as given, else the end of the latest dated period of any figure; a date before every
 * figure is an error;</li>
 * <li>latest: the latest calendar year with a trade figure of the reporter ending at or before
 * as-of; previous-year: the year before it;</li>
 * <li>an explicit period must hold at least one figure of the reporter (or of its regions, cities
 * and companies) by the as-of date;</li>
 * <li>the reporter and every partner must be known entity codes.</li>
 * </ul>
 * Every violation is an {@link IllegalArgumentException} whose message names the value.
 */
public final class SelectionRule {

    private SelectionRule() {}

    public static ReportSelection resolve(
            RequestedPeriod requested,
            LocalDate asOf,
            String reporter,
            List<String> partners,
            DataFacts facts,
            String where) {
        if (!facts.knows(reporter)) {
            throw new IllegalArgumentException(
                    "unknown reporter code '" + reporter + "': not an entity of " + where + " (see entities.csv)");
        }
        List<String> unknown = partners.stream().filter(p -> !facts.knows(p)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown partner code" + (unknown.size() > 1 ? "s" : "") + " '"
                    + String.join("', '", unknown) + "': not an entity of " + where + " (see entities.csv)");
        }
        LocalDate earliest = facts.earliestEnd()
                .orElseThrow(() -> new IllegalArgumentException("no dated figure in " + where + ": nothing to report"));
        LocalDate date = asOf != null ? asOf : facts.latestEnd().orElseThrow();
        if (date.isBefore(earliest)) {
            throw new IllegalArgumentException("--as-of " + date + " is before every figure in " + where
                    + " (the earliest period ends on " + earliest + ")");
        }
        Period focus = switch (requested.relative()) {
            case NONE -> requested.period();
            case LATEST, PREVIOUS_YEAR -> {
                Period latest = facts.latestTradeYear(reporter, date)
                        .orElseThrow(() -> new IllegalArgumentException("cannot resolve --period " + requested + ": "
                                + where + " has no full-year trade figure of " + reporter + " ending by " + date
                                + "; give a year with --period"));
                yield requested.relative() == RequestedPeriod.Relative.LATEST ? latest : Period.year(latest.year() - 1);
            }
        };
        Set<String> reporters = facts.within(reporter);
        if (requested.relative() == RequestedPeriod.Relative.NONE && !focus.isDated()) {
            throw new IllegalArgumentException("--period must be a dated period, not '" + focus.code() + "'");
        }
        if (requested.relative() == RequestedPeriod.Relative.NONE && !facts.hasFigureIn(reporters, focus, date)) {
            throw new IllegalArgumentException("--period " + focus.code() + ": " + where + " has no figure of "
                    + reporter + " (or of its regions, cities and companies) in " + focus.code() + " by " + date);
        }
        return new ReportSelection(date, focus, reporter, partners);
    }
}
