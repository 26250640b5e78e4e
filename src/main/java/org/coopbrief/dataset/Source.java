package org.coopbrief.dataset;

import java.util.List;

/** A footnote of a seed book: the original source a number is cited from. */
public record Source(String id, String book, int footnote, String title, String publisher, Integer year, String url,
        List<SeedPlace> seed) {
}
