package org.coopbrief.dataset;

/** What a trade number covers. Numbers of different scope are never added or compared. */
public enum Scope {
    GOODS,
    GOODS_SERVICES,
    SERVICES,
    AGRIFOOD,
    TRANSPORT_SERVICES,
    EXCHANGE_SALES,
    CONSTRUCTION_SERVICES,
    NA;

    public static Scope parse(String text) {
        return Vocabulary.parse(Scope.class, text, "a scope");
    }

    public String code() {
        return Vocabulary.code(this);
    }
}
