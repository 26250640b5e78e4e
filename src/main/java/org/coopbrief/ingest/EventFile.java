package org.coopbrief.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.EventType;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.SeedPlace;

final class EventFile extends DatasetFile<Event> {

    @Override
    String fileName() {
        return "events.csv";
    }

    @Override
    List<String> columns() {
        return List.of(
                "id",
                "date",
                "type",
                "parties",
                "place",
                "place_ru",
                "title",
                "title_ru",
                "source",
                "seed",
                "note",
                "note_ru");
    }

    @Override
    String table() {
        return "event";
    }

    @Override
    List<String> tableColumns() {
        return List.of(
                "id",
                "event_date",
                "first_day",
                "date_precision",
                "event_type",
                "parties",
                "place",
                "place_ru",
                "title",
                "title_ru",
                "source_id",
                "seed",
                "note",
                "note_ru");
    }

    @Override
    String id(Event row) {
        return row.id();
    }

    @Override
    Event parse(RowFields f, Lookups lookups) {
        String id = f.code("id", true);
        PartialDate date = f.required("date", PartialDate::parse);
        EventType type = f.required("type", EventType::parse);
        String partiesText = f.required("parties");
        Set<String> parties = new LinkedHashSet<>();
        for (String part : partiesText.split(";")) {
            String code = part.strip();
            if (code.isEmpty()) {
                throw new RowRejectedException(
                        "parties",
                        partiesText,
                        "has an empty item (codes separated by ';')",
                        org.coopbrief.dataset.Problem.of("emptyParty"));
            }
            lookups.requireEntity("parties", code);
            if (!parties.add(code)) {
                throw new RowRejectedException(
                        "parties",
                        partiesText,
                        "lists " + code + " twice",
                        org.coopbrief.dataset.Problem.of("partyTwice", code));
            }
        }
        String source = f.code("source", false);
        lookups.requireSource("source", source);
        String title = f.required("title");
        return new Event(
                id,
                date,
                type,
                new ArrayList<>(parties),
                f.optional("place"),
                f.russian("place_ru", "place"),
                title,
                f.russian("title_ru", "title"),
                source,
                f.required("seed", SeedPlace::parseList),
                f.optional("note"),
                f.russian("note_ru", "note"));
    }

    @Override
    Map<String, Object> toColumns(Event e) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", e.id());
        m.put("event_date", e.date().code());
        m.put("first_day", e.date().date());
        m.put("date_precision", e.date().precision().name().toLowerCase(java.util.Locale.ROOT));
        m.put("event_type", e.type().code());
        m.put("parties", String.join(";", e.parties()));
        m.put("place", e.place());
        m.put("place_ru", e.placeRu());
        m.put("title", e.title());
        m.put("title_ru", e.titleRu());
        m.put("source_id", e.source());
        m.put("seed", SeedPlace.format(e.seed()));
        m.put("note", e.note());
        m.put("note_ru", e.noteRu());
        return m;
    }
}
