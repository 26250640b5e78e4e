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
        throw new IllegalArgumentException("'" + text + "' is not " + what + " (expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Vocabulary::code).collect(Collectors.joining(", ")) + ")");
    }

    static String code(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }
}
