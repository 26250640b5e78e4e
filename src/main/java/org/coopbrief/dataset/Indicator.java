package org.coopbrief.dataset;

/** What a number measures. The first four are trade flows; the others are what targets refer to. */
public enum Indicator {
    TURNOVER,
    EXPORTS,
    IMPORTS,
    BALANCE,
    INVESTMENT,
    RESIDENTS,
    OUTPUT,
    JOBS,
    SHIPMENTS,
    PRODUCTION,
    SUPPLIES,
    ENTERPRISES,
    PROJECTS,
    CONTRACTS,
    TOURISTS,
    STUDENTS,
    CARGO,
    PASSENGERS,
    AGREEMENTS,
    MEETINGS,
    TREATIES,
    LEGAL_ACTS,
    AMENDMENTS,
    GDP,
    GDP_GROWTH,
    SHARE,
    IMPORT_SHARE,
    FLEET,
    FLEET_SHARE,
    DUTY_FREE_TARIFF_LINES;

    public static Indicator parse(String text) {
        return Vocabulary.parse(Indicator.class, text, "an indicator");
    }

    public boolean isTradeFlow() {
        return ordinal() <= BALANCE.ordinal();
    }

    public String code() {
        return Vocabulary.code(this);
    }
}
