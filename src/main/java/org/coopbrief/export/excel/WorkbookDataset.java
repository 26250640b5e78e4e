package org.coopbrief.export.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Reject;
import org.coopbrief.localisation.Language;

/**
 * The loaded dataset as the workbook shows it. The large tables are pushed row by row so the
 * workbook can stream them.
 */
interface WorkbookDataset {

    /** Figures in load order. */
    void figures(Consumer<FigureLine> sink);

    /** Events by date (first day, then precision), then id. */
    void events(Consumer<EventLine> sink);

    void sources(Consumer<SourceLine> sink);

    /** Rows the load rejected for this run. */
    List<Reject> rejects(long runId);

    /** Entity code to its name in {@code language} (the English name where the data has no Russian one). */
    Map<String, String> entityNames(Language language);

    /** Target id to the project's Russian text of the target, for the targets that have one. */
    Map<String, String> russianTargetTexts();

    /**
     * A figure's or target's item (figures.csv, targets.csv {@code item}) to its Russian text
     * ({@code item_ru}), for the items that have one: the sheets that show an item word it with this.
     */
    Map<String, String> russianItems();

    DatasetReader.Counts counts();

    /** The input folder of the dataset that was loaded, or null if unknown. */
    String inputDir();

    record FigureLine(
            String id,
            String reporter,
            String reporterName,
            String partner,
            String partnerName,
            String indicator,
            String scope,
            String item,
            String period,
            BigDecimal value,
            String unit,
            String qualifier,
            BigDecimal growthPct,
            String growthText,
            String growthKind,
            String growthBase,
            String source,
            String seed,
            String conflict,
            String note,
            String noteRu,
            String itemRu,
            String growthTextRu) {}

    record EventLine(
            String id,
            LocalDate firstDay,
            String dateText,
            String precision,
            String type,
            String parties,
            String place,
            String placeRu,
            String title,
            String titleRu,
            String source,
            String seed,
            String note,
            String noteRu) {}

    record SourceLine(
            String id,
            String book,
            int footnote,
            String title,
            String titleRu,
            String publisher,
            String publisherRu,
            Integer year,
            String url,
            String seed) {}
}
