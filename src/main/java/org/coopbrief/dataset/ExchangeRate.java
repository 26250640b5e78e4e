package org.coopbrief.dataset;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** Units of a currency per US dollar, annual average. */
public record ExchangeRate(String currency, int year, BigDecimal perUsd, @Nullable String source, @Nullable String note) {
}
