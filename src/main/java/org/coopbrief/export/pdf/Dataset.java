package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.EntityTree;
import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Source;
import org.coopbrief.dataset.Target;

/** The loaded dataset as the briefings look things up in it (whole figures only). */
record Dataset(
        List<Entity> entities, List<Figure> figures, List<Target> targets, List<Event> events, List<Source> sources) {

    Dataset {
        entities = List.copyOf(entities);
        figures = List.copyOf(figures);
        targets = List.copyOf(targets);
        events = List.copyOf(events);
        sources = List.copyOf(sources);
    }

    /**
     * The published dataset as the briefings of this report use it: whole figures only (a part never
     * enters a series or a ranking), and of those the reporter's (or of anything inside it), without
     * their notes (a briefing never prints a figure's note); the events that involve the reporter or
     * one of the report's partners (or anything inside either), which are all a briefing lists or
     * counts; the sources those figures, targets and events cite. Rows are streamed and only these
     * kept, so a large dataset is never held whole.
     */
    static Dataset read(DatasetReader reader, AnalysisReport report) {
        List<Entity> entities = reader.entities();
        EntityTree tree = EntityTree.of(entities);
        Set<String> reporters = tree.within(report.parameters().reporter());
        List<Figure> figures = reader.figuresWithoutNotes().stream()
                .filter(f -> !f.isPart() && reporters.contains(f.reporter()))
                .toList();
        List<Target> targets = reader.targets();
        Set<String> partners = new HashSet<>(report.briefedPartners());
        figures.forEach(f -> partners.add(f.partner()));
        report.comparisons().forEach(r -> partners.add(r.partner()));
        targets.forEach(t -> partners.add(t.partner()));
        Set<String> involved = new HashSet<>(reporters);
        involved.addAll(partners);
        involved.addAll(tree.withinAny(partners));
        List<Event> events = new ArrayList<>();
        reader.events(e -> {
            if (e.parties().stream().anyMatch(involved::contains)) {
                events.add(e);
            }
        });
        Set<String> cited = new HashSet<>();
        figures.forEach(f -> cited.add(f.source()));
        targets.forEach(t -> cited.add(t.source()));
        events.forEach(e -> cited.add(e.source()));
        List<Source> sources = new ArrayList<>();
        Set<String> ibidBefore = new HashSet<>();
        reader.sources(s -> {
            if (cited.contains(s.id())) {
                sources.add(s);
                ibidBefore.addAll(SourceNotes.footnotesAnIbidMayRepeat(s));
            }
        });
        // an "Ibid." repeats the book's earlier footnote, which the rows may not cite themselves
        ibidBefore.removeAll(cited);
        if (!ibidBefore.isEmpty()) {
            reader.sources(s -> {
                if (ibidBefore.contains(s.id())) {
                    sources.add(s);
                }
            });
        }
        return new Dataset(entities, figures, targets, events, sources);
    }

    Map<String, Entity> entitiesByCode() {
        return entities.stream()
                .collect(Collectors.toMap(Entity::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    Map<String, Source> sourcesById() {
        return sources.stream()
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The entity and everything inside it (its regions, cities, companies...). */
    Set<String> within(String code) {
        return EntityTree.of(entities).within(code);
    }

    /**
     * The partners of the reporter (or of anything inside it) that have at least one whole figure,
     * ordered as {@link #ordered} orders them.
     */
    List<String> partnersWithData(String reporter) {
        Set<String> reporters = within(reporter);
        return ordered(figures.stream()
                .filter(f -> reporters.contains(f.reporter()) && !reporters.contains(f.partner()))
                .map(Figure::partner)
                .collect(Collectors.toSet()));
    }

    /** Entity codes ordered as the entities file lists them by kind (the world and blocs last), then by name. */
    List<String> ordered(Collection<String> codes) {
        Map<String, Entity> byCode = entitiesByCode();
        return codes.stream()
                .distinct()
                .sorted(Comparator.comparing((String c) -> groupOf(byCode.get(c)))
                        .thenComparing(
                                c -> byCode.containsKey(c) ? byCode.get(c).nameEn() : c))
                .toList();
    }

    private static int groupOf(Entity e) {
        return e == null ? 3 : e.kind() == EntityKind.WORLD ? 2 : e.kind() == EntityKind.BLOC ? 1 : 0;
    }
}
