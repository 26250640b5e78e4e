package org.coopbrief.dataset;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A stated target: either an absolute value in a unit, or a multiple of the indicator's level in a
 * baseline period. {@code item} is the part of the whole the target counts ("joint research laboratories"),
 * as a figure's item; null for the whole. {@code itemRu} is its Russian text (targets.csv
 * {@code item_ru}), required wherever the item is given (null beside it only in a dataset published
 * before migration V10). Deadline null means no deadline. {@code textRu} is the project's Russian text of
 * {@code text}, given wherever the text is (null only in a dataset published before migration V4).
 */
public record Target(
        String id,
        String reporter,
        String partner,
        Indicator indicator,
        Scope scope,
        @Nullable String item,
        @Nullable String itemRu,
        @Nullable BigDecimal value,
        @Nullable Unit unit,
        @Nullable BigDecimal baselineMultiple,
        @Nullable Period baselinePeriod,
        @Nullable Deadline deadline,
        @Nullable PartialDate setOn,
        Qualifier qualifier,
        @Nullable String source,
        List<SeedPlace> seed,
        @Nullable String text,
        @Nullable String textRu,
        @Nullable String note) {}
