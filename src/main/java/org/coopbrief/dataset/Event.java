package org.coopbrief.dataset;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An event of the books. {@code placeRu} and {@code titleRu} are the project's Russian texts of
 * {@code place} and {@code title}: the ingest requires a Russian text wherever the English is
 * given, so {@code titleRu} is null only in a dataset published before the Russian columns
 * existed (migration V4), until the next ingest. {@code noteRu} is the Russian text of the
 * curator's {@code note}, required alike (migration V10).
 */
public record Event(
        String id,
        PartialDate date,
        EventType type,
        List<String> parties,
        @Nullable String place,
        @Nullable String placeRu,
        String title,
        @Nullable String titleRu,
        @Nullable String source,
        List<SeedPlace> seed,
        @Nullable String note,
        @Nullable String noteRu) {}
