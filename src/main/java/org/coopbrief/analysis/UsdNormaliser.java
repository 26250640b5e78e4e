package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.coopbrief.dataset.ExchangeRate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Unit;

/**
 * Money to USD million. USD units scale by their magnitude (USD_K 818 is 0.818); other
 * currencies divide by the annual average rate of the period's year (RUB per USD), from the
 * exchange-rate data. Physical units are not money and stay as they are.
 */
final class UsdNormaliser {

    /**
     * A value ready to compare.
     *
     * @param amount      in USD million when {@code unit} is USD_M, else as printed
     * @param tolerance   the rounding of the printed value, in the same unit
     * @param viaRate     converted at an annual average rate (an approximation of the year's flows)
     * @param basis       how, in words
     */
    private static final Reason NONE = new Reason(java.util.List.of());

    record Normalised(BigDecimal amount, Unit unit, BigDecimal tolerance, boolean viaRate, Reason basis) {}

    private final Map<String, ExchangeRate> rates = new HashMap<>();

    UsdNormaliser(Collection<ExchangeRate> rates) {
        for (ExchangeRate r : rates) {
            this.rates.put(r.currency() + " " + r.year(), r);
        }
    }

    /** {@code value} printed in {@code unit} for {@code period}; tolerance is the printed rounding. */
    Normalised normalise(BigDecimal value, BigDecimal tolerance, Unit unit, Period period) {
        if (!unit.isMoney()) {
            return new Normalised(value, unit, tolerance, false, NONE);
        }
        BigDecimal millions = unit.millionsPerUnit();
        String currency = unit.currency().orElseThrow();
        if (currency.equals("USD")) {
            return new Normalised(
                    Decimals.amount(value.multiply(millions, Decimals.MC)),
                    Unit.USD_M,
                    Decimals.amount(tolerance.multiply(millions, Decimals.MC)),
                    false,
                    unit == Unit.USD_M ? NONE : Reason.of(Reason.Code.LEVEL_IN_USD, Reason.level(null, value, unit)));
        }
        if (period.kind() == Period.Kind.YEARS || !period.isDated()) {
            return new Normalised(
                    value, unit, tolerance, false, Reason.of(Reason.Code.NOT_CONVERTED_RANGE, currency, period));
        }
        ExchangeRate rate = rates.get(currency + " " + period.year());
        if (rate == null) {
            return new Normalised(
                    value,
                    unit,
                    tolerance,
                    false,
                    Reason.of(Reason.Code.NOT_CONVERTED_NO_RATE, currency, period.year()));
        }
        BigDecimal usd = value.multiply(millions, Decimals.MC).divide(rate.perUsd(), Decimals.MC);
        BigDecimal usdTolerance = tolerance.multiply(millions, Decimals.MC).divide(rate.perUsd(), Decimals.MC);
        return new Normalised(
                Decimals.amount(usd),
                Unit.USD_M,
                Decimals.amount(usdTolerance),
                true,
                Reason.of(
                        Reason.Code.CONVERTED,
                        Reason.level(null, value, unit),
                        rate.perUsd(),
                        currency,
                        period.year(),
                        rate.source(),
                        // a rate loaded before its Russian column existed (V10) keeps its English source
                        rate.sourceRu() == null ? rate.source() : rate.sourceRu()));
    }

    /** The per-USD rate of a currency in a year, if the data has one. */
    BigDecimal rate(String currency, int year) {
        ExchangeRate r = rates.get(currency + " " + year);
        return r == null ? null : r.perUsd();
    }
}
