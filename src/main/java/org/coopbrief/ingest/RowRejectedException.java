package org.coopbrief.ingest;

/** A row that cannot be loaded: which field, the value found, and why. The step skips it and records it. */
class RowRejectedException extends RuntimeException {

    private final String field;
    private final String value;

    RowRejectedException(String field, String value, String reason) {
        super(reason);
        this.field = field;
        this.value = value;
    }

    String field() {
        return field;
    }

    String value() {
        return value;
    }

    String reason() {
        return getMessage();
    }
}
