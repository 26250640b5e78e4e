package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.List;

import org.coopbrief.dataset.EventType;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;

/**
 * One change since the previous briefing of a series.
 *
 * @param subject   the id of what changed: the figure's id (the previous one for a withdrawn figure), the
 *                  target's, the event's, the finding's
 * @param partner   the partner the change concerns; for an event, null (see {@code parties})
 * @param parties   an event's parties; empty otherwise
 * @param period    a figure's or a finding's period; null for targets and events
 * @param date      an event's date; null otherwise
 * @param eventType an event's type; null otherwise
 * @param before    the value, target or status before; null for something new
 * @param after     the value, target or status now; null for a withdrawn figure
 * @param text      a target's wording or an event's title, in English
 * @param textRu    the same in Russian, when the data has it
 * @param finding   a new finding's kind; null otherwise
 */
public record ChangeRow(
        ChangeKind kind,
        String subject,
        String reporter,
        String partner,
        List<String> parties,
        Indicator indicator,
        Scope scope,
        String item,
        Period period,
        PartialDate date,
        EventType eventType,
        Value before,
        Value after,
        String text,
        String textRu,
        FindingKind finding) {

    public ChangeRow {
        parties = List.copyOf(parties);
    }

    /**
     * A figure's value or a target as set, and a target's status.
     *
     * @param amount         a figure's printed value, a target's value (its multiple for a baseline target)
     * @param baselinePeriod for a target relative to a baseline: the baseline period ({@code amount} x its level)
     * @param deadline       a target's deadline code; null without one (and for figures)
     * @param status         a target's status at the run's as-of date; null for figures
     */
    public record Value(
            BigDecimal amount,
            Unit unit,
            Qualifier qualifier,
            Period baselinePeriod,
            String deadline,
            TargetStatus status) {}

    /** The change concerns this partner: it is the partner of the row, or a party of the event. */
    public boolean concerns(String partnerCode) {
        return partnerCode.equals(partner) || parties.contains(partnerCode);
    }
}
