package org.coopbrief.dataset;

/** How a stated growth rate was printed: a percent change, a multiple, or a Russian-style index (100 = no change). */
public enum GrowthKind {
    PCT,
    TIMES,
    INDEX;

    public static GrowthKind parse(String text) {
        return Vocabulary.parse(GrowthKind.class, text, "a growth kind");
    }

    public String code() {
        return Vocabulary.code(this);
    }
}
