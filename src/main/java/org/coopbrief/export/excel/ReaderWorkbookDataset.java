package org.coopbrief.export.excel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.LoadRecord;
import org.coopbrief.dataset.Reject;
import org.coopbrief.dataset.SeedPlace;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.dataset.Target;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;

/**
 * The published dataset as the workbook's cells show it, streamed from the dataset reader (the big
 * tables are never collected into lists): codes as written in the input files. The big tables are
 * read on a thread of their own, a few batches ahead of the sheet ({@link Prefetch}).
 */
record ReaderWorkbookDataset(DatasetReader reader, LoadRecord load) implements WorkbookDataset {

    @Override
    public void figures(Consumer<FigureLine> sink) {
        Map<String, String> names = entityNames(Language.EN);
        Codes codes = new Codes();
        Prefetch.stream(
                "workbook-figures",
                lines -> reader.figures(f -> {
                    StatedGrowth g = f.growth();
                    lines.accept(new FigureLine(
                            f.id(),
                            f.reporter(),
                            names.get(f.reporter()),
                            f.partner(),
                            names.get(f.partner()),
                            codes.of(f.indicator(), f.indicator()::code),
                            codes.of(f.scope(), f.scope()::code),
                            f.item(),
                            f.period().code(),
                            f.value(),
                            f.unit() == null ? null : f.unit().name(),
                            codes.of(
                                    f.qualifier(), f.qualifier()::code), // empty for an exact number, as on every sheet
                            g == null ? null : g.percent(),
                            g == null ? null : g.text(),
                            g == null ? null : codes.of(g.kind(), g.kind()::code),
                            g == null ? null : g.base().code(),
                            f.source(),
                            SeedPlace.format(f.seed()),
                            f.conflict(),
                            f.note(),
                            f.noteRu(),
                            f.itemRu(),
                            f.growthTextRu()));
                }),
                sink);
    }

    @Override
    public void events(Consumer<EventLine> sink) {
        Codes codes = new Codes();
        Prefetch.stream(
                "workbook-events",
                lines -> reader.eventsByDate(e -> lines.accept(new EventLine(
                        e.id(),
                        e.date().date(),
                        e.date().code(),
                        codes.of(
                                e.date().precision(),
                                () -> e.date().precision().name().toLowerCase(Locale.ROOT)),
                        codes.of(e.type(), e.type()::code),
                        String.join(";", e.parties()),
                        e.place(),
                        e.placeRu(),
                        e.title(),
                        e.titleRu(),
                        e.source(),
                        SeedPlace.format(e.seed()),
                        e.note(),
                        e.noteRu()))),
                sink);
    }

    @Override
    public void sources(Consumer<SourceLine> sink) {
        Prefetch.stream(
                "workbook-sources",
                lines -> reader.sources(s -> lines.accept(new SourceLine(
                        s.id(),
                        s.book(),
                        s.footnote(),
                        s.title(),
                        s.titleRu(),
                        s.publisher(),
                        s.publisherRu(),
                        s.year(),
                        s.url(),
                        SeedPlace.format(s.seed())))),
                sink);
    }

    /** The codes of enum constants, lower-cased once per table rather than on every row. */
    private static final class Codes {
        private final Map<Enum<?>, String> codes = new java.util.IdentityHashMap<>();

        String of(Enum<?> constant, java.util.function.Supplier<String> code) {
            String known = codes.get(constant);
            if (known == null) {
                known = code.get();
                codes.put(constant, known);
            }
            return known;
        }
    }

    @Override
    public List<Reject> rejects(long runId) {
        return load.rejects(runId);
    }

    @Override
    public Map<String, String> entityNames(Language language) {
        Texts texts = Texts.of(language);
        Map<String, String> names = new LinkedHashMap<>();
        for (Entity e : reader.entities()) {
            String name = texts.name(e);
            names.put(e.code(), name == null || name.isBlank() ? e.nameEn() : name);
        }
        return names;
    }

    @Override
    public Map<String, String> russianItems() {
        return reader.russianItems();
    }

    @Override
    public Map<String, String> russianTargetTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Target t : reader.targets()) {
            if (t.textRu() != null && !t.textRu().isBlank()) {
                texts.put(t.id(), t.textRu());
            }
        }
        return texts;
    }

    @Override
    public DatasetReader.Counts counts() {
        return reader.counts();
    }

    @Override
    public String inputDir() {
        return load.inputDir().orElse(null);
    }
}
