package org.coopbrief.localisation;

/**
 * The case a period is worded in after a preposition (Russian: "к январю–февралю 2020 г.",
 * "с 1-го квартала", "в 1-м полугодии"). English words every case alike. The nominative is also
 * the accusative of the months, quarters and half-years ("за январь–февраль 2020 г.").
 */
public enum GrammaticalCase {
    /** "январь–февраль 2020 г." (and after "за", "на", "по": the accusative is the same). */
    NOMINATIVE(""),
    /** After "с", "до", "от": "января–февраля 2020 г.". */
    GENITIVE(".genitive"),
    /** After "к": "январю–февралю 2020 г.". */
    DATIVE(".dative"),
    /** After "в", "о": "январе–феврале 2020 г.". */
    PREPOSITIONAL(".prepositional");

    private final String suffix;

    GrammaticalCase(String suffix) {
        this.suffix = suffix;
    }

    /** The key infix of this case's forms in the bundle: "" for the nominative, ".dative" ... */
    String suffix() {
        return suffix;
    }
}
