package org.coopbrief.dataset;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A footnote of a seed book: the original source a number is cited from. {@code titleRu} is the
 * project's Russian text of {@code title}, empty exactly when the title is (and null in a dataset
 * published before migration V4); {@code publisherRu} the publisher as a Russian reader knows it
 * (БелТА, «Форбс Казахстан»), empty exactly when the publisher is (null before migration V5).
 */
public record Source(
        String id,
        String book,
        int footnote,
        @Nullable String title,
        @Nullable String titleRu,
        @Nullable String publisher,
        @Nullable String publisherRu,
        @Nullable Integer year,
        @Nullable String url,
        List<SeedPlace> seed) {}
