package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Source;
import org.coopbrief.dataset.Target;
import org.jspecify.annotations.Nullable;

/**
 * The loaded dataset as the briefings look things up in it (whole figures only). Of a figure a
 * briefing needs only what it cites and how it qualifies a single-figure amount ({@link
 * FigureNote}, by figure id) and, for the partners with data, who it is between: not the figure
 * itself, so a reporter's hundreds of thousands of figures are not held while the briefings run.
 *
 * @param figures            what the briefings use of each whole figure, by id
 * @param partnersByReporter the partners each reporter has at least one whole figure with
 */
record Dataset(
        List<Entity> entities,
        Map<String, FigureNote> figures,
        Map<String, Set<String>> partnersByReporter,
        List<Target> targets,
        List<Event> events,
        List<Source> sources) {

    /** What a briefing uses of a figure: the source it cites, the qualifier of its amount ("more than"). */
    record FigureNote(@Nullable String source, Qualifier qualifier) {}

    Dataset {
        entities = List.copyOf(entities);
        figures = Map.copyOf(figures);
        partnersByReporter = Map.copyOf(partnersByReporter);
        targets = List.copyOf(targets);
        events = List.copyOf(events);
        sources = List.copyOf(sources);
    }

    /** The dataset of these whole figures (and the rest), keeping of the figures what the briefings use. */
    static Dataset of(
            List<Entity> entities,
            List<Figure> figures,
            List<Target> targets,
            List<Event> events,
            List<Source> sources) {
        Figures kept = new Figures();
        figures.forEach(kept::add);
        return new Dataset(entities, kept.byId, kept.partnersByReporter(), targets, events, sources);
    }

    /** What the briefings keep of the figures, as they are read one at a time. */
    private static final class Figures {
        // few distinct (source, qualifier) pairs: each note is shared by the figures that have it
        private final Map<FigureNote, FigureNote> notes = new HashMap<>();
        private final Map<String, FigureNote> byId = new HashMap<>();
        private final Map<String, Set<String>> partnersByReporter = new HashMap<>();
        private final Set<String> sources = new HashSet<>();

        void add(Figure f) {
            FigureNote note = new FigureNote(f.source(), f.qualifier());
            byId.put(f.id(), notes.computeIfAbsent(note, n -> n));
            partnersByReporter
                    .computeIfAbsent(f.reporter(), r -> new HashSet<>())
                    .add(f.partner());
            sources.add(f.source());
        }

        Map<String, Set<String>> partnersByReporter() {
            Map<String, Set<String>> out = new HashMap<>();
            partnersByReporter.forEach((r, p) -> out.put(r, Set.copyOf(p)));
            return out;
        }
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
        Figures figures = new Figures();
        reader.figuresWithoutNotes(f -> {
            if (!f.isPart() && reporters.contains(f.reporter())) {
                figures.add(f);
            }
        });
        List<Target> targets = reader.targets();
        Set<String> partners = new HashSet<>(report.briefedPartners());
        figures.partnersByReporter.values().forEach(partners::addAll);
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
        Set<String> cited = new HashSet<>(figures.sources);
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
        return new Dataset(entities, figures.byId, figures.partnersByReporter(), targets, events, sources);
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
        return ordered(partnersByReporter.entrySet().stream()
                .filter(e -> reporters.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream())
                .filter(p -> !reporters.contains(p))
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
