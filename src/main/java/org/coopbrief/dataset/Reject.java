package org.coopbrief.dataset;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/** An input row the load rejected: where it stands, the field at fault, why (in English, and as a
 * {@link Problem} for the exports to word when one was recorded), and the row's raw text.
 */
public record Reject(
        String file,
        int line,
        String field,
        @Nullable String value,
        String reason,
        @Nullable String raw,
        @Nullable Problem problem) {

    /** A reject without a structured problem (worded by its English reason everywhere). */
    public Reject(String file, int line, String field, @Nullable String value, String reason, @Nullable String raw) {
        this(file, line, field, value, reason, raw, null);
    }

    /** {@code input/figures.csv:12: field 'value' ('abc'): is not a decimal number}. */
    public String describe(Path inputDir) {
        boolean quoted = value == null || value.isEmpty() || reason.contains("'" + value + "'");
        String shown = quoted ? "" : " ('" + value + "')";
        return inputDir.resolve(file) + ":" + line + ": field '" + field + "'" + shown + ": " + reason;
    }
}
