package org.coopbrief.dataset;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Units of a currency per US dollar, annual average. {@code sourceRu} and {@code noteRu} are the
 * Russian texts of {@code source} and {@code note} (required wherever the English is given; null
 * beside it only in a dataset published before migration V10).
 */
public record ExchangeRate(
        String currency,
        int year,
        BigDecimal perUsd,
        @Nullable String source,
        @Nullable String note,
        @Nullable String sourceRu,
        @Nullable String noteRu) {}
