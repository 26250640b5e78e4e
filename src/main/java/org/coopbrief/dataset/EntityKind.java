package org.coopbrief.dataset;

public enum EntityKind {
    WORLD,
    BLOC,
    COUNTRY,
    REGION,
    CITY,
    DISTRICT,
    COMPANY,
    ZONE,
    ORGANISATION;

    public static EntityKind parse(String text) {
        return Vocabulary.parse(EntityKind.class, text, "an entity kind");
    }

    public String code() {
        return Vocabulary.code(this);
    }
}
