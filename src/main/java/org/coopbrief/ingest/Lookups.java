package org.coopbrief.ingest;

import java.util.HashSet;
import java.util.Set;

/** What rows of this load may refer to: the entity codes and source ids accepted so far. */
final class Lookups {

    private final Set<String> entities;
    private final Set<String> sources;

    Lookups(Set<String> entities, Set<String> sources) {
        this.entities = new HashSet<>(entities);
        this.sources = new HashSet<>(sources);
    }

    void addEntity(String code) {
        entities.add(code);
    }

    void requireEntity(String field, String code) {
        if (code != null && !entities.contains(code)) {
            throw new RowRejectedException(
                    field,
                    code,
                    "unknown entity code (not in entities.csv)",
                    org.coopbrief.dataset.Problem.of("unknownEntity"));
        }
    }

    void requireSource(String field, String id) {
        if (id != null && !sources.contains(id)) {
            throw new RowRejectedException(
                    field,
                    id,
                    "unknown source id (not in sources.csv)",
                    org.coopbrief.dataset.Problem.of("unknownSource"));
        }
    }
}
