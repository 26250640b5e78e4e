package org.coopbrief.dataset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The entity hierarchy (a region inside its country, a company inside its city...) by the parent
 * column: the one place that decides what is "inside" a reporter or a partner.
 */
public final class EntityTree {

    private final Map<String, @Nullable String> parents;

    /** @param parents every entity code, in the order to list them, with its parent (null for none) */
    public EntityTree(Map<String, @Nullable String> parents) {
        this.parents = new LinkedHashMap<>(parents);
    }

    public static EntityTree of(Iterable<Entity> entities) {
        Map<String, @Nullable String> parents = new LinkedHashMap<>();
        entities.forEach(e -> parents.put(e.code(), e.parent()));
        return new EntityTree(parents);
    }

    public boolean knows(String code) {
        return parents.containsKey(code);
    }

    /** The code and every entity whose chain of parents leads to it, in the order given; a cycle in the data ends a chain. */
    public Set<String> within(String code) {
        Set<String> inside = new LinkedHashSet<>();
        Map<String, Boolean> memo = new HashMap<>();
        for (String candidate : parents.keySet()) {
            if (leadsTo(candidate, code, memo, 0)) {
                inside.add(candidate);
            }
        }
        if (knows(code)) {
            inside.add(code);
        }
        return inside;
    }

    /**
     * Every entity whose chain of parents leads to one of the codes, and each known code itself: the
     * union of {@link #within} over the codes, in one pass over the entities (many codes at once).
     */
    public Set<String> withinAny(Set<String> codes) {
        Set<String> inside = new LinkedHashSet<>();
        Map<String, Boolean> memo = new HashMap<>();
        for (String candidate : parents.keySet()) {
            if (leadsToAny(candidate, codes, memo, 0)) {
                inside.add(candidate);
            }
        }
        return inside;
    }

    private boolean leadsToAny(@Nullable String from, Set<String> to, Map<String, Boolean> memo, int depth) {
        if (from == null || depth > parents.size()) {
            return false;
        }
        if (to.contains(from)) {
            return true;
        }
        Boolean known = memo.get(from);
        if (known != null) {
            return known;
        }
        boolean result = leadsToAny(parents.get(from), to, memo, depth + 1);
        memo.put(from, result);
        return result;
    }

    private boolean leadsTo(@Nullable String from, String to, Map<String, Boolean> memo, int depth) {
        if (from == null || depth > parents.size()) {
            return false;
        }
        if (from.equals(to)) {
            return true;
        }
        Boolean known = memo.get(from);
        if (known != null) {
            return known;
        }
        boolean result = leadsTo(parents.get(from), to, memo, depth + 1);
        memo.put(from, result);
        return result;
    }
}
