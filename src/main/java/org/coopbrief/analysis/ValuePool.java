package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.coopbrief.dataset.Period;

/**
 * The values a read-back report repeats from row to row (codes, periods, reasons, figure-id lists,
 * amounts), each kept once: a report read row by row would otherwise hold a new copy of each in
 * every row (about half its memory at 1000x). Every value is immutable, so sharing it changes
 * nothing; one pool serves one read and is dropped with it.
 */
final class ValuePool {

    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Period> periods = new HashMap<>();
    private final Map<String, Reason> reasons = new HashMap<>();
    private final Map<String, List<String>> idLists = new HashMap<>();
    private final Map<BigDecimal, BigDecimal> numbers = new HashMap<>();
    private final Map<String, ResultTables.StoredBasis> bases = new HashMap<>();

    /** The same text as an earlier equal one; null stays null. */
    String text(String s) {
        return s == null ? null : texts.computeIfAbsent(s, Function.identity());
    }

    Period period(String code) {
        return code == null ? null : periods.computeIfAbsent(code, Period::parse);
    }

    /** A share basis stored as its label ({@link ResultTables#shareBasis}); null stays null. */
    ResultTables.StoredBasis basis(String label) {
        return label == null ? null : bases.computeIfAbsent(label, ResultTables::shareBasis);
    }

    Reason reason(String stored) {
        return reasons.computeIfAbsent(stored == null ? "" : stored, Reason::decode);
    }

    /** A list of figure ids stored joined by ';' (each id shared too). */
    List<String> ids(String stored) {
        return idLists.computeIfAbsent(stored, s -> {
            String[] parts = s.split(";");
            for (int i = 0; i < parts.length; i++) {
                parts[i] = text(parts[i]);
            }
            return List.of(parts);
        });
    }

    /** An equal number (same value and scale: {@link BigDecimal#equals}) read earlier; null stays null. */
    BigDecimal number(BigDecimal n) {
        return n == null ? null : numbers.computeIfAbsent(n, Function.identity());
    }
}
