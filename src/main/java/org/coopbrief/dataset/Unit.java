package org.coopbrief.dataset;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The unit a value is printed in: a currency at a magnitude, or a physical unit. */
public enum Unit {
    USD("USD", "0.000001"),
    USD_K("USD", "0.001"),
    USD_M("USD", "1"),
    USD_B("USD", "1000"),
    USD_T("USD", "1000000"),
    RUB_M("RUB", "1"),
    RUB_B("RUB", "1000"),
    EUR_M("EUR", "1"),
    EUR_B("EUR", "1000"),
    BYN_M("BYN", "1"),
    T(null, null),
    KT(null, null),
    UNITS(null, null),
    PERSONS(null, null),
    JOBS(null, null),
    COMPANIES(null, null),
    PROJECTS(null, null),
    CONTAINERS(null, null),
    HECTARES(null, null),
    PERCENT(null, null);

    private final String currency;
    private final BigDecimal millions;

    Unit(String currency, String millions) {
        this.currency = currency;
        this.millions = millions == null ? null : new BigDecimal(millions);
    }

    /** The ISO 4217 currency, for money units. */
    public Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    public boolean isMoney() {
        return currency != null;
    }

    /** A unit that counts whole things (units, persons, jobs, companies, projects, containers). */
    public boolean isCount() {
        return switch (this) {
            case UNITS, PERSONS, JOBS, COMPANIES, PROJECTS, CONTAINERS -> true;
            default -> false;
        };
    }

    /** How many millions of the currency one printed unit is (USD_B: 1000). */
    public BigDecimal millionsPerUnit() {
        if (millions == null) {
            throw new IllegalStateException(name() + " is not a money unit");
        }
        return millions;
    }

    public static Unit parse(String text) {
        try {
            return valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "'" + text + "' is not a unit (expected one of " + allowed() + ")", "unit", text, allowed());
        }
    }

    static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
