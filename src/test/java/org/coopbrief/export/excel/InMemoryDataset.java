package org.coopbrief.export.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Reject;
import org.coopbrief.localisation.Language;

/** A dataset held in lists, for tests that build a workbook without a database. */
final class InMemoryDataset implements WorkbookDataset {

    final List<FigureLine> figures = new ArrayList<>();
    final List<EventLine> events = new ArrayList<>();
    final List<SourceLine> sources = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    final Map<String, String> names = new LinkedHashMap<>();
    final Map<String, String> russianNames = new LinkedHashMap<>();
    final Map<String, String> russianTargetTexts = new LinkedHashMap<>();
    final Map<String, String> russianItems = new LinkedHashMap<>();

    @Override
    public void figures(Consumer<FigureLine> sink) {
        figures.forEach(sink);
    }

    @Override
    public void events(Consumer<EventLine> sink) {
        events.forEach(sink);
    }

    @Override
    public void sources(Consumer<SourceLine> sink) {
        sources.forEach(sink);
    }

    @Override
    public List<Reject> rejects(long runId) {
        return rejects;
    }

    @Override
    public Map<String, String> entityNames(Language language) {
        return language == Language.RU ? russianNames : names;
    }

    @Override
    public Map<String, String> russianTargetTexts() {
        return russianTargetTexts;
    }

    @Override
    public Map<String, String> russianItems() {
        return russianItems;
    }

    @Override
    public DatasetReader.Counts counts() {
        return new DatasetReader.Counts(names.size(), sources.size(), figures.size(), 0, events.size(), 0);
    }

    @Override
    public String inputDir() {
        return "input";
    }
}
