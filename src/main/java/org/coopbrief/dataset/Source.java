package org.coopbrief.dataset;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A footnote of a seed book: the original source a number is cited from. */
public record Source(String id, String book, int footnote, @Nullable String title, @Nullable String publisher, @Nullable Integer year, @Nullable String url,
        List<SeedPlace> seed) {
}
