package org.coopbrief.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.Period;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;
import org.jspecify.annotations.Nullable;

/**
 * What is new since the previous briefing of the series (see README, "What's new"): the rows, and
 * the words a reader sees for them in each language. The overall briefing, the partner briefings,
 * the workbook's Changes sheet, {@code compare --since} and the delivered messages all show these.
 *
 * @param reporter the series' reporter (a change of another reporter, a region say, names it)
 * @param since    the run compared with; null for the first briefing of a series
 * @param rows     the changes, in {@link ChangeCalculator#ORDER}
 * @param entities the entities the rows name, by code (for their names in each language)
 * @param itemsRu  an item (figures.csv, targets.csv {@code item}) to its Russian text ({@code item_ru}), for the
 *                 Russian words of a row's item
 */
public record Changes(
        String reporter,
        @Nullable Since since,
        List<ChangeRow> rows,
        Map<String, Entity> entities,
        Map<String, String> itemsRu) {

    public Changes {
        rows = List.copyOf(rows);
        entities = Map.copyOf(entities);
        itemsRu = Map.copyOf(itemsRu);
        if (since == null && !rows.isEmpty()) {
            throw new IllegalArgumentException("a first briefing has nothing to list as changed");
        }
    }

    /**
     * The briefing compared with.
     *
     * @param run    its run id
     * @param issued its date of issue (the day it was first started)
     * @param asOf   its as-of date
     * @param focus  its focus period
     */
    public record Since(long run, LocalDate issued, LocalDate asOf, Period focus) {}

    /** The first briefing of a series: nothing to compare with. */
    public static Changes first(String reporter) {
        return new Changes(reporter, null, List.of(), Map.of(), Map.of());
    }

    /**
     * The changes from what {@code previous} saw to what {@code current} sees (null {@code previous}: a
     * first briefing), with the names of the entities they mention.
     */
    static Changes between(@Nullable RunSnapshot previous, RunSnapshot current, List<Entity> entities) {
        return between(previous, current, entities, Map.of());
    }

    /** {@link #between(RunSnapshot, RunSnapshot, List)}, with the Russian texts of the items. */
    static Changes between(
            @Nullable RunSnapshot previous, RunSnapshot current, List<Entity> entities, Map<String, String> itemsRu) {
        if (previous == null) {
            return first(current.reporter());
        }
        List<ChangeRow> rows = ChangeCalculator.between(previous, current);
        java.util.Set<String> codes = new java.util.HashSet<>();
        codes.add(current.reporter());
        rows.forEach(r -> {
            codes.add(r.reporter());
            codes.add(r.partner());
            codes.addAll(r.parties());
        });
        Map<String, Entity> named = new java.util.HashMap<>();
        entities.stream().filter(e -> codes.contains(e.code())).forEach(e -> named.put(e.code(), e));
        return new Changes(
                current.reporter(),
                new Since(previous.run(), previous.issued(), previous.asOf(), previous.focus()),
                rows,
                named,
                itemsRu);
    }

    /** There is no earlier briefing of the series. */
    public boolean isFirst() {
        return since == null;
    }

    /** The changes that concern one partner (its rows, the events it is a party to): its briefing's list. */
    public Changes concerning(String partner) {
        return new Changes(
                reporter, since, rows.stream().filter(r -> r.concerns(partner)).toList(), entities, itemsRu);
    }

    /** How many changes of a kind. */
    public long count(ChangeKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }

    /** The section's title: "What’s new since the briefing of 2 November 2026" ("What’s new" for a first one). */
    public String title(Language language) {
        Texts texts = Texts.of(language);
        return since == null ? texts.text("news.title.first") : texts.text("news.title", texts.date(since.issued()));
    }

    /**
     * The sentence that opens the list: the briefing compared with and how many changes; "This is the
     * first briefing of this series" for a first one; nothing changed, when so.
     */
    public String intro(Language language) {
        Texts texts = Texts.of(language);
        if (since == null) {
            return texts.text("news.first");
        }
        if (rows.isEmpty()) {
            return texts.text("news.none", texts.date(since.issued()), texts.date(since.asOf()));
        }
        return texts.text(
                "news.intro",
                texts.date(since.issued()),
                Long.toString(since.run()),
                texts.date(since.asOf()),
                rows.size());
    }

    /** Every change in words, one point each, in order. */
    public List<String> points(Language language) {
        ChangePoints words = new ChangePoints(Texts.of(language), reporter, entities, itemsRu);
        return rows.stream().map(words::point).toList();
    }

    /**
     * At most {@code limit} points: the first ones, then, when there are more, a last point saying
     * how many more there are and where they are listed (the workbook's Changes sheet).
     */
    public List<String> points(Language language, int limit) {
        List<String> all = points(language);
        if (all.size() <= limit) {
            return all;
        }
        List<String> shown = new java.util.ArrayList<>(all.subList(0, limit - 1));
        shown.add(Texts.of(language).text("news.more", all.size() - shown.size()));
        return List.copyOf(shown);
    }

    /** One change in words. */
    public String point(ChangeRow row, Language language) {
        return new ChangePoints(Texts.of(language), reporter, entities, itemsRu).point(row);
    }
}
