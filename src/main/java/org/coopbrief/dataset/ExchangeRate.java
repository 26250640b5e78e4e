package org.coopbrief.dataset;

import java.math.BigDecimal;

/** Units of a currency per US dollar, annual average. */
public record ExchangeRate(String currency, int year, BigDecimal perUsd, String source, String note) {
}
