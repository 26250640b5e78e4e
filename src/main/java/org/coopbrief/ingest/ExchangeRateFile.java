package org.coopbrief.ingest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.ExchangeRate;

final class ExchangeRateFile extends DatasetFile<ExchangeRate> {

    @Override
    String fileName() {
        return "exchange_rates.csv";
    }

    @Override
    List<String> columns() {
        return List.of("currency", "year", "per_usd", "source", "source_ru", "note", "note_ru");
    }

    @Override
    String table() {
        return "exchange_rate";
    }

    @Override
    List<String> tableColumns() {
        return List.of("currency", "rate_year", "per_usd", "source_text", "source_ru", "note", "note_ru");
    }

    @Override
    String idSql() {
        return "currency || ' ' || rate_year";
    }

    @Override
    String idColumn() {
        return "currency";
    }

    @Override
    String id(ExchangeRate row) {
        return row.currency() + " " + row.year();
    }

    @Override
    ExchangeRate parse(RowFields f, Lookups lookups) {
        String currency = f.required("currency");
        if (!currency.matches("[A-Z]{3}") || currency.equals("USD")) {
            throw new RowRejectedException(
                    "currency",
                    currency,
                    "must be an ISO 4217 code other than USD",
                    org.coopbrief.dataset.Problem.of("currency"));
        }
        Integer year = f.integer("year");
        if (year == null || year < 1900 || year > 2100) {
            throw new RowRejectedException(
                    "year",
                    String.valueOf(year),
                    "must be a year 1900..2100",
                    org.coopbrief.dataset.Problem.of("yearRange"));
        }
        BigDecimal perUsd = f.decimal("per_usd");
        if (perUsd == null || perUsd.signum() <= 0) {
            throw new RowRejectedException(
                    "per_usd",
                    String.valueOf(perUsd),
                    "must be a positive number",
                    org.coopbrief.dataset.Problem.of("positive"));
        }
        return new ExchangeRate(
                currency,
                year,
                perUsd,
                f.required("source"),
                f.optional("note"),
                f.russian("source_ru", "source"),
                f.russian("note_ru", "note"));
    }

    @Override
    Map<String, Object> toColumns(ExchangeRate r) {
        Map<String, Object> m = new HashMap<>();
        m.put("currency", r.currency());
        m.put("rate_year", r.year());
        m.put("per_usd", r.perUsd());
        m.put("source_text", r.source());
        m.put("source_ru", r.sourceRu());
        m.put("note", r.note());
        m.put("note_ru", r.noteRu());
        return m;
    }
}
