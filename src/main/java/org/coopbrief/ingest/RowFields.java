package org.coopbrief.ingest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.coopbrief.dataset.InvalidValueException;
import org.coopbrief.dataset.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Typed, named access to one record's fields. Every failure becomes a {@link RowRejectedException}
 * naming the field, so a rejection always says file, line, field and reason.
 */
final class RowFields {

    private static final int MAX_FIELD_CHARS = 4000;

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Map<String, Integer> columnIndex;
    private final List<String> values;

    /** {@code columnIndex}: each header column's position, built once per file, not per row. */
    RowFields(Map<String, Integer> columnIndex, List<String> values) {
        this.columnIndex = columnIndex;
        this.values = values;
    }

    /** Each column's position in {@code columns}, for {@link #RowFields(Map, List)}. */
    static Map<String, Integer> index(List<String> columns) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.putIfAbsent(columns.get(i), i);
        }
        return Map.copyOf(index);
    }

    /** The trimmed text of a field, or null when it is empty. */
    String optional(String column) {
        Integer index = columnIndex.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        String v = values.get(index).strip();
        if (v.length() > MAX_FIELD_CHARS) {
            throw new RowRejectedException(
                    column,
                    v.substring(0, 40) + "...",
                    "longer than " + MAX_FIELD_CHARS + " characters",
                    Problem.of("tooLong", MAX_FIELD_CHARS));
        }
        if (hasControlCharacter(v)) {
            throw new RowRejectedException(column, v, "contains a control character", Problem.of("controlCharacter"));
        }
        return v.isEmpty() ? null : v;
    }

    private static boolean hasControlCharacter(String v) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch < 0x20 && ch != '\n' && ch != '\t') {
                return true;
            }
        }
        return false;
    }

    String required(String column) {
        String v = optional(column);
        if (v == null) {
            throw new RowRejectedException(column, "", "is required but empty", Problem.of("required"));
        }
        return v;
    }

    <T> T required(String column, Function<String, T> parser) {
        return parse(column, required(column), parser);
    }

    <T> T optional(String column, Function<String, T> parser) {
        String v = optional(column);
        return v == null ? null : parse(column, v, parser);
    }

    BigDecimal decimal(String column) {
        return optional(column, RowFields::decimalValue);
    }

    Integer integer(String column) {
        return optional(column, text -> {
            if (!WHOLE.matcher(text).matches()) {
                throw new InvalidValueException("'" + text + "' is not a whole number", "notWholeNumber", text);
            }
            return Integer.valueOf(text);
        });
    }

    /**
     * The Russian text of an English field ({@code title_ru} of {@code title}): given exactly when
     * the English is, and holding at least one Cyrillic letter (Latin letters may appear in it, as
     * in a proper name such as COVID-19, but a text of Latin letters only is English left
     * untranslated). Null when both are empty.
     */
    @Nullable
    String russian(String column, String englishColumn) {
        String english = optional(englishColumn);
        String v = optional(column);
        if (v == null) {
            if (english != null) {
                throw new RowRejectedException(
                        column,
                        "",
                        "is empty but " + englishColumn + " is given: give its Russian text",
                        Problem.of("russianMissing", englishColumn));
            }
            return null;
        }
        if (english == null) {
            throw new RowRejectedException(
                    column,
                    v,
                    "is given but " + englishColumn + " is empty (a Russian text translates the English)",
                    Problem.of("russianWithoutEnglish", englishColumn));
        }
        if (!hasCyrillic(v)) {
            throw new RowRejectedException(
                    column,
                    v,
                    "has no Cyrillic letter: give the Russian text, not the English",
                    Problem.of("noCyrillic"));
        }
        return v;
    }

    static boolean hasCyrillic(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            // ASCII is never Cyrillic: only other code points need the script table's search
            if (cp >= 0x80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** A code: letters, digits, dashes, dots and underscores only. */
    String code(String column, boolean required) {
        String v = required ? required(column) : optional(column);
        if (v != null && !CODE.matcher(v).matches()) {
            throw new RowRejectedException(
                    column, v, "is not a code (letters, digits, '-', '_', '.'; at most 64)", Problem.of("notACode"));
        }
        return v;
    }

    private static BigDecimal decimalValue(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new InvalidValueException(
                    "'" + text + "' is not a decimal number (digits with an optional '.' fraction, no grouping)",
                    "notDecimal",
                    text);
        }
        return new BigDecimal(text);
    }

    private static <T> T parse(String column, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new RowRejectedException(
                    column, text, e.getMessage(), e instanceof InvalidValueException v ? v.problem() : null);
        }
    }
}
