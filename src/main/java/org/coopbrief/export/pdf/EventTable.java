package org.coopbrief.export.pdf;

import java.util.List;

import org.coopbrief.dataset.Event;
import org.coopbrief.localisation.Texts;

/** Events as a dated list: date, kind, parties, what happened, where, source. */
final class EventTable {

    private EventTable() {}

    static void add(BriefingPdf pdf, BriefingContext context, SourceNotes notes, List<Event> events) {
        Texts texts = context.texts();
        Wording wording = context.wording();
        if (events.isEmpty()) {
            pdf.paragraph(texts.text("events.none"));
            return;
        }
        TableBuilder table = new TableBuilder(
                pdf.style(),
                new float[] {1.4f, 1.3f, 2f, 4f, 1.4f, 0.6f},
                texts.text("col.date"),
                texts.text("col.type"),
                texts.text("col.parties"),
                texts.text("col.event"),
                texts.text("col.place"),
                texts.text("col.source"));
        for (Event e : events) {
            table.text(texts.date(e.date()));
            table.text(texts.eventType(e.type()));
            table.text(String.join(", ", e.parties().stream().map(wording::name).toList()));
            table.text(texts.printed(e.title(), e.titleRu()));
            table.text(e.place() == null ? null : texts.printed(e.place(), e.placeRu()));
            table.text(notes.cite(e.source()));
        }
        pdf.table(table.build());
    }
}
