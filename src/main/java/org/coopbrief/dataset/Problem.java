package org.coopbrief.dataset;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Why an input value is refused, as a key and its arguments rather than English text, so each
 * export words it in its language through the bundles' {@code reject.<key>} patterns. The load keeps
 * the English sentence beside it for its log and {@code rejects.csv}.
 */
public record Problem(String key, List<String> args) {

    private static final String SEPARATOR = "\u001F";

    public Problem {
        args = List.copyOf(args);
    }

    /** A problem with its arguments as text (null as empty). */
    public static Problem of(String key, Object... args) {
        return new Problem(
                key, Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList());
    }

    /** The problem as stored: key and arguments separated by a control character no text holds. */
    public String encode() {
        return args.isEmpty() ? key : key + SEPARATOR + String.join(SEPARATOR, args);
    }

    /** A stored problem; null for none (a reject recorded before problems were structured). */
    public static @Nullable Problem decode(@Nullable String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        String[] parts = stored.split(SEPARATOR, -1);
        return new Problem(parts[0], List.of(parts).subList(1, parts.length));
    }
}
