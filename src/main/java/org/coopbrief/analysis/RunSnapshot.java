package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityTree;
import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.EventType;
import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Target;
import org.coopbrief.dataset.Unit;
import org.coopbrief.run.ReportSelection;

/**
 * What one run saw: the printed figures of its selection (one version per number, as the analysis
 * chose it), its targets with their status, the events and the data-quality findings. Kept with the
 * run ({@link SnapshotTables}), so that a later run says what changed since it
 * ({@link ChangeCalculator}) from what it saw, never from today's tables.
 *
 * @param run    the run's id (its job instance id); 0 for a computation that is not stored ({@code compare})
 * @param reporter the selection's reporter
 * @param issued the run's date of issue (the day it was first started)
 */
public record RunSnapshot(
        long run,
        String reporter,
        LocalDate asOf,
        Period focus,
        LocalDate issued,
        List<SeenFigure> figures,
        List<SeenTarget> targets,
        List<SeenEvent> events,
        List<SeenFinding> findings) {

    public RunSnapshot {
        figures = List.copyOf(figures);
        targets = List.copyOf(targets);
        events = List.copyOf(events);
        findings = List.copyOf(findings);
    }

    /** A printed figure, identified by reporter, partner, indicator, scope, item and period. */
    public record SeenFigure(
            String id,
            String reporter,
            String partner,
            Indicator indicator,
            Scope scope,
            String item,
            Period period,
            BigDecimal amount,
            Unit unit,
            Qualifier qualifier) {

        /** What identifies the number across runs (its id may change between datasets). */
        FigureKey key() {
            return new FigureKey(reporter, partner, indicator, scope, item, period);
        }

        /** A value or a qualifier that reads differently (1.50 and 1.5 are the same value). */
        boolean differsFrom(SeenFigure o) {
            return qualifier != o.qualifier || unit != o.unit || !sameAmount(amount, o.amount);
        }
    }

    record FigureKey(String reporter, String partner, Indicator indicator, Scope scope, String item, Period period) {}

    /**
     * A target as worded, with its status at the run's as-of date.
     *
     * @param amount the printed target value; null for a target relative to a baseline
     */
    public record SeenTarget(
            String id,
            String reporter,
            String partner,
            Indicator indicator,
            Scope scope,
            String item,
            String text,
            String textRu,
            BigDecimal amount,
            Unit unit,
            BigDecimal baselineMultiple,
            Period baselinePeriod,
            String deadline,
            Qualifier qualifier,
            TargetStatus status) {

        /** The target itself is another one: its wording, value, baseline, deadline or qualifier. */
        boolean differsFrom(SeenTarget o) {
            return !Objects.equals(text, o.text)
                    || !sameAmount(amount, o.amount)
                    || unit != o.unit
                    || !sameAmount(baselineMultiple, o.baselineMultiple)
                    || !Objects.equals(baselinePeriod, o.baselinePeriod)
                    || !Objects.equals(deadline, o.deadline)
                    || qualifier != o.qualifier;
        }
    }

    /** An event, with the parties it names. */
    public record SeenEvent(
            String id, PartialDate date, EventType type, List<String> parties, String title, String titleRu) {

        public SeenEvent {
            parties = List.copyOf(parties);
        }
    }

    /** A data-quality finding, by its stable id (kind, then the figures involved). */
    public record SeenFinding(
            String id,
            FindingKind kind,
            String reporter,
            String partner,
            Indicator indicator,
            Scope scope,
            String item,
            Period period) {}

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * What a run with this report saw in this dataset: the figures, targets and findings of the report's
     * selection, the events up to the as-of date that involve the reporter (and, when partners are
     * selected, one of them), taken one at a time from {@code events}. Pure but for that source.
     */
    static RunSnapshot of(
            long run,
            LocalDate issued,
            AnalysisReport report,
            List<Entity> entities,
            List<Figure> figures,
            List<Target> targets,
            Consumer<Consumer<Event>> events) {
        ReportSelection p = report.parameters();
        EntityTree tree = EntityTree.of(entities);
        Set<String> reporters = tree.within(p.reporter());
        Set<String> partners = new java.util.HashSet<>();
        p.partners().forEach(code -> partners.addAll(tree.within(code)));
        Predicate<String> selected = code -> partners.isEmpty() || partners.contains(code);

        List<Figure> visible = figures.stream()
                .filter(f -> reporters.contains(f.reporter()) && selected.test(f.partner()))
                .filter(f -> !f.period().isDated() || !f.period().end().isAfter(p.asOf()))
                .toList();
        List<SeenFigure> seenFigures = ReportedLevels.chooseVersions(visible).values().stream()
                .map(f -> new SeenFigure(
                        f.id(),
                        f.reporter(),
                        f.partner(),
                        f.indicator(),
                        f.scope(),
                        f.item(),
                        f.period(),
                        f.value(),
                        f.unit(),
                        f.qualifier()))
                .toList();

        Map<String, Target> definitions = new java.util.HashMap<>();
        targets.forEach(t -> definitions.put(t.id(), t));
        List<SeenTarget> seenTargets = report.targets().stream()
                .map(t -> {
                    Target d = definitions.get(t.targetId());
                    return new SeenTarget(
                            t.targetId(),
                            t.reporter(),
                            t.partner(),
                            t.indicator(),
                            t.scope(),
                            t.item(),
                            d == null ? t.quote() : d.text(),
                            d == null ? null : d.textRu(),
                            d == null ? null : d.value(),
                            d == null ? t.unit() : d.unit(),
                            d == null ? null : d.baselineMultiple(),
                            d == null ? null : d.baselinePeriod(),
                            t.deadline() == null ? null : t.deadline().code(),
                            t.qualifier(),
                            t.status());
                })
                .toList();

        List<SeenEvent> seenEvents = new ArrayList<>();
        seenEvents(p, entities, events).accept(seenEvents::add);
        seenEvents.sort(Comparator.comparing(SeenEvent::date).thenComparing(SeenEvent::id));

        List<SeenFinding> seenFindings = report.findings().stream()
                .map(f -> new SeenFinding(
                        f.findingId(),
                        f.kind(),
                        f.reporter(),
                        f.partner(),
                        f.indicator(),
                        f.scope(),
                        f.item(),
                        f.period()))
                .toList();
        return new RunSnapshot(
                run, p.reporter(), p.asOf(), p.focus(), issued, seenFigures, seenTargets, seenEvents, seenFindings);
    }

    /**
     * The events a run of this selection sees, of those {@code events} gives one at a time: up to the
     * as-of date, involving the reporter (or anything inside it) and, when partners are selected, one
     * of them. A source of its own, in the order of {@code events}: the analysis step writes them as
     * they come ({@link SnapshotTables#replace}), since a large dataset's reporter can see hundreds of
     * thousands of events.
     */
    static Consumer<Consumer<SeenEvent>> seenEvents(
            ReportSelection p, List<Entity> entities, Consumer<Consumer<Event>> events) {
        EntityTree tree = EntityTree.of(entities);
        Set<String> reporters = tree.within(p.reporter());
        Set<String> partners = new java.util.HashSet<>();
        p.partners().forEach(code -> partners.addAll(tree.within(code)));
        return sink -> events.accept(e -> {
            if (!e.date().date().isAfter(p.asOf())
                    && e.parties().stream().anyMatch(reporters::contains)
                    && (partners.isEmpty() || e.parties().stream().anyMatch(partners::contains))) {
                sink.accept(new SeenEvent(e.id(), e.date(), e.type(), e.parties(), e.title(), e.titleRu()));
            }
        });
    }

    /**
     * This snapshot cut to what a narrower selection sees: the rows of these partners (each with what
     * is inside it) only; all of them when {@code partners} is empty. For {@code compare --since}, whose
     * one partner is set against a run of all partners.
     */
    RunSnapshot within(Set<String> partners) {
        if (partners.isEmpty()) {
            return this;
        }
        return new RunSnapshot(
                run,
                reporter,
                asOf,
                focus,
                issued,
                figures.stream().filter(f -> partners.contains(f.partner())).toList(),
                targets.stream().filter(t -> partners.contains(t.partner())).toList(),
                events.stream()
                        .filter(e -> e.parties().stream().anyMatch(partners::contains))
                        .toList(),
                findings.stream().filter(f -> partners.contains(f.partner())).toList());
    }
}
