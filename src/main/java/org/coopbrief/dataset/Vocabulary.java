package org.coopbrief.dataset;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses the lower-case codes of input/README.md's vocabularies into enum constants. */
final class Vocabulary {

    private Vocabulary() {}

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        String code = text.strip();
        for (E e : type.getEnumConstants()) {
            if (code(e).equals(code)) {
                return e;
            }
        }
        String allowed =
                Arrays.stream(type.getEnumConstants()).map(Vocabulary::code).collect(Collectors.joining(", "));
        throw new InvalidValueException(
                "'" + text + "' is not " + what + " (expected one of " + allowed + ")",
                "vocabulary." + type.getSimpleName(),
                text,
                allowed);
    }

    static String code(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }
}
