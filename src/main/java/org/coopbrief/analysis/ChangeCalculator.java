package org.coopbrief.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.coopbrief.analysis.RunSnapshot.SeenFigure;
import org.coopbrief.analysis.RunSnapshot.SeenTarget;

/**
 * What changed between what two runs saw: new, revised and withdrawn figures (same reporter, partner,
 * indicator, scope, item and period; revised when the value or the qualifier differs), new and changed
 * targets, target status changes, new events, new data-quality findings. Pure: no Spring, no database.
 */
final class ChangeCalculator {

    private ChangeCalculator() {}

    /** The changes from {@code previous} to {@code current}, ordered by kind, then partner, series and period. */
    static List<ChangeRow> between(RunSnapshot previous, RunSnapshot current) {
        List<ChangeRow> rows = new ArrayList<>();
        figures(previous, current, rows);
        targets(previous, current, rows);
        Set<String> events =
                previous.events().stream().map(RunSnapshot.SeenEvent::id).collect(Collectors.toSet());
        current.events().stream()
                .filter(e -> !events.contains(e.id()))
                .forEach(e -> rows.add(new ChangeRow(
                        ChangeKind.NEW_EVENT,
                        e.id(),
                        null,
                        null,
                        e.parties(),
                        null,
                        null,
                        null,
                        null,
                        e.date(),
                        e.type(),
                        null,
                        null,
                        e.title(),
                        e.titleRu(),
                        null)));
        Set<String> findings =
                previous.findings().stream().map(RunSnapshot.SeenFinding::id).collect(Collectors.toSet());
        current.findings().stream()
                .filter(f -> !findings.contains(f.id()))
                .forEach(f -> rows.add(new ChangeRow(
                        ChangeKind.NEW_FINDING,
                        f.id(),
                        f.reporter(),
                        f.partner(),
                        List.of(),
                        f.indicator(),
                        f.scope(),
                        f.item(),
                        f.period(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        f.kind())));
        rows.sort(ORDER);
        return List.copyOf(rows);
    }

    /** By kind, then partner, series, period, date and subject: the same order in every output. */
    static final Comparator<ChangeRow> ORDER = Comparator.comparing(ChangeRow::kind)
            .thenComparing(r -> r.partner() == null ? "" : r.partner())
            .thenComparing(r -> r.reporter() == null ? "" : r.reporter())
            .thenComparing(r -> r.indicator() == null ? "" : r.indicator().code())
            .thenComparing(r -> r.scope() == null ? "" : r.scope().code())
            .thenComparing(r -> r.item() == null ? "" : r.item())
            .thenComparing(r -> r.period() == null ? "" : r.period().code())
            .thenComparing(r -> r.date() == null ? "" : r.date().code())
            .thenComparing(ChangeRow::subject);

    private static void figures(RunSnapshot previous, RunSnapshot current, List<ChangeRow> rows) {
        Map<RunSnapshot.FigureKey, SeenFigure> before = byKey(previous.figures());
        Map<RunSnapshot.FigureKey, SeenFigure> now = byKey(current.figures());
        now.forEach((key, f) -> {
            SeenFigure old = before.get(key);
            if (old == null) {
                rows.add(figure(ChangeKind.NEW_FIGURE, f, null, f));
            } else if (f.differsFrom(old)) {
                rows.add(figure(ChangeKind.REVISED_FIGURE, f, old, f));
            }
        });
        before.forEach((key, old) -> {
            if (!now.containsKey(key)) {
                rows.add(figure(ChangeKind.WITHDRAWN_FIGURE, old, old, null));
            }
        });
    }

    private static Map<RunSnapshot.FigureKey, SeenFigure> byKey(List<SeenFigure> figures) {
        Map<RunSnapshot.FigureKey, SeenFigure> map = new LinkedHashMap<>();
        figures.forEach(f -> map.putIfAbsent(f.key(), f));
        return map;
    }

    private static ChangeRow figure(ChangeKind kind, SeenFigure f, SeenFigure before, SeenFigure after) {
        return new ChangeRow(
                kind,
                f.id(),
                f.reporter(),
                f.partner(),
                List.of(),
                f.indicator(),
                f.scope(),
                f.item(),
                f.period(),
                null,
                null,
                value(before),
                value(after),
                null,
                null,
                null);
    }

    private static ChangeRow.Value value(SeenFigure f) {
        return f == null ? null : new ChangeRow.Value(f.amount(), f.unit(), f.qualifier(), null, null, null);
    }

    private static void targets(RunSnapshot previous, RunSnapshot current, List<ChangeRow> rows) {
        Map<String, SeenTarget> before = new LinkedHashMap<>();
        previous.targets().forEach(t -> before.put(t.id(), t));
        for (SeenTarget t : current.targets()) {
            SeenTarget old = before.get(t.id());
            if (old == null) {
                rows.add(target(ChangeKind.NEW_TARGET, t, null));
                continue;
            }
            if (t.differsFrom(old)) {
                rows.add(target(ChangeKind.CHANGED_TARGET, t, old));
            }
            if (t.status() != old.status()) {
                rows.add(target(ChangeKind.TARGET_STATUS, t, old));
            }
        }
    }

    private static ChangeRow target(ChangeKind kind, SeenTarget t, SeenTarget before) {
        return new ChangeRow(
                kind,
                t.id(),
                t.reporter(),
                t.partner(),
                List.of(),
                t.indicator(),
                t.scope(),
                t.item(),
                null,
                null,
                null,
                value(before),
                value(t),
                t.text(),
                t.textRu(),
                null);
    }

    private static ChangeRow.Value value(SeenTarget t) {
        if (t == null) {
            return null;
        }
        boolean baseline = t.amount() == null && t.baselineMultiple() != null;
        return new ChangeRow.Value(
                baseline ? t.baselineMultiple() : t.amount(),
                t.unit(),
                t.qualifier(),
                baseline ? t.baselinePeriod() : null,
                t.deadline(),
                t.status());
    }
}
