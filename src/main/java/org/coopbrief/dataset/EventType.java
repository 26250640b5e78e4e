package org.coopbrief.dataset;

public enum EventType {
    AGREEMENT,
    COMMISSION,
    CONTRACT,
    EXHIBITION,
    FORUM,
    MEETING,
    PROGRAMME,
    TWINNING,
    ENTERPRISE,
    VISIT,
    OTHER;

    public static EventType parse(String text) {
        return Vocabulary.parse(EventType.class, text, "an event type");
    }

    public String code() {
        return Vocabulary.code(this);
    }
}
