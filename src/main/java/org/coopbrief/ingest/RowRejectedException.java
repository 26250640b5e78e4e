package org.coopbrief.ingest;

import org.coopbrief.dataset.Problem;
import org.jspecify.annotations.Nullable;

/** A row that cannot be loaded: which field, the value found, and why. The step skips it and records it. */
class RowRejectedException extends RuntimeException {

    private final String field;
    private final String value;
    private final transient @Nullable Problem problem;

    RowRejectedException(String field, String value, String reason) {
        this(field, value, reason, null);
    }

    /** {@code reason} in English; {@code problem} the same for the exports to word in their language. */
    RowRejectedException(String field, String value, String reason, @Nullable Problem problem) {
        super(reason);
        this.field = field;
        this.value = value;
        this.problem = problem;
    }

    @Nullable
    Problem problem() {
        return problem;
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
