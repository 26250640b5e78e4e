package org.coopbrief.dataset;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/** An input row the load rejected: where it stands, the field at fault, why, and the row's raw text. */
public record Reject(
        String file,
        int line,
        String field,
        @Nullable String value,
        String reason,
        @Nullable String raw) {

    /** {@code input/figures.csv:12: field 'value' ('abc'): is not a decimal number}. */
    public String describe(Path inputDir) {
        boolean quoted = value == null || value.isEmpty() || reason.contains("'" + value + "'");
        String shown = quoted ? "" : " ('" + value + "')";
        return inputDir.resolve(file) + ":" + line + ": field '" + field + "'" + shown + ": " + reason;
    }
}
