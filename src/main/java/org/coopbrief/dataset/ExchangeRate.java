package org.coopbrief.dataset;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** Units of a currency per US dollar, annual average. */
public record ExchangeRate(
        String currency,
        int year,
        BigDecimal perUsd,
        @Nullable String source,
        @Nullable String note) {}
