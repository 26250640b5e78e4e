package org.coopbrief.dataset;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One number as printed: value in its unit (null when only a growth rate is given), with the
 * qualifier, an optional stated growth, its source and where in the books it stands. {@code item}
 * names a part of the whole ("butter", "joint ventures") when the number covers only that part;
 * null for the whole. {@code noteRu} is the project's Russian text of the curator's {@code note}:
 * the ingest requires it wherever the note is given, so it is null beside a note only in a dataset
 * published before the column existed (migration V8), until the next ingest. {@code itemRu} and
 * {@code growthTextRu} are the Russian texts of {@code item} and of the stated growth's words
 * ({@code growth_text}), required alike (null beside the English only before migration V10).
 */
public record Figure(
        String id,
        String reporter,
        String partner,
        Indicator indicator,
        Scope scope,
        @Nullable String item,
        Period period,
        @Nullable BigDecimal value,
        @Nullable Unit unit,
        Qualifier qualifier,
        @Nullable StatedGrowth growth,
        @Nullable String source,
        List<SeedPlace> seed,
        @Nullable String conflict,
        @Nullable String note,
        @Nullable String noteRu,
        @Nullable String itemRu,
        @Nullable String growthTextRu) {

    /** A part of a whole (an item such as "butter"): it never enters a series, a sum or a ranking. */
    public boolean isPart() {
        return item != null;
    }
}
