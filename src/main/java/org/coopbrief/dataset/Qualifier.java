package org.coopbrief.dataset;

/** How exact a printed number is. Anything but EXACT makes results built on it approximate. */
public enum Qualifier {
    EXACT,
    ABOUT,
    ALMOST,
    MORE_THAN,
    AT_LEAST,
    JUST_OVER,
    UP_TO,
    LESS_THAN;

    /** An empty field is an exact number. */
    public static Qualifier parse(String text) {
        return text == null || text.isBlank() ? EXACT : Vocabulary.parse(Qualifier.class, text, "a qualifier");
    }

    public boolean isApproximate() {
        return this != EXACT;
    }

    /** The code written in the CSV file; empty for exact numbers. */
    public String code() {
        return this == EXACT ? "" : Vocabulary.code(this);
    }
}
