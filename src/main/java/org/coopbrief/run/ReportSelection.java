package org.coopbrief.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.coopbrief.dataset.Period;

/**
 * What a report (and its analysis) is computed for, every default resolved: the one value the
 * analysis, the exports and {@code compare} share. Results are stored under {@link #key()}, built
 * here only: running again with the same selection replaces them.
 *
 * @param asOf     data and targets are judged as known at this date: periods ending after it are left out
 * @param focus    the focus period (the briefing's main period)
 * @param reporter the reporter; its regions, cities and companies are included, each as its own reporter
 * @param partners the partners selected (each with its regions, cities...), sorted; empty for all
 */
public record ReportSelection(LocalDate asOf, Period focus, String reporter, List<String> partners) {

    /** Belarus. */
    public static final String DEFAULT_REPORTER = "BY";

    public ReportSelection {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(reporter, "reporter");
        partners = partners.stream().sorted().distinct().toList();
    }

    /** The key results are stored under: the resolved selection as text. */
    public String key() {
        return "as-of=" + asOf + ";period=" + focus.code() + ";reporter=" + reporter + ";partners="
                + (partners.isEmpty() ? "*" : String.join(",", partners));
    }

    /** "reporter BY, period 2020, as of 2021-12-31[, partners GE,KZ]", for messages and logs. */
    public String describe() {
        return "reporter " + reporter + ", period " + focus.code() + ", as of " + asOf
                + (partners.isEmpty() ? "" : ", partners " + String.join(",", partners));
    }
}
