package org.coopbrief.analysis;

import java.util.Locale;

/** What changed since the previous briefing of a series, in the order the briefings list the changes. */
public enum ChangeKind {
    /** A number the previous run did not have (same reporter, partner, indicator, scope, item, period). */
    NEW_FIGURE,
    /** The same number with a different value or qualifier. */
    REVISED_FIGURE,
    /** A number the previous run had and this one does not. */
    WITHDRAWN_FIGURE,
    NEW_TARGET,
    /** The target itself is worded or set differently (value, baseline, deadline, qualifier, text). */
    CHANGED_TARGET,
    /** The target's status at the as-of date is another one (ON TRACK to AT RISK). */
    TARGET_STATUS,
    NEW_EVENT,
    NEW_FINDING;

    /** "new_figure", as the workbook's Changes sheet writes it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
