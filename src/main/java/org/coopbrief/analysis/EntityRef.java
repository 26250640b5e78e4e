package org.coopbrief.analysis;

import java.util.Objects;

import org.coopbrief.dataset.EntityKind;

/**
 * Where an entity the results mention sits in the hierarchy of entities.
 *
 * @param parent the code of the entity it belongs to (Russia for a Russian region); null at the top
 */
public record EntityRef(EntityKind kind, String parent) {

    public EntityRef {
        Objects.requireNonNull(kind, "kind");
    }
}
