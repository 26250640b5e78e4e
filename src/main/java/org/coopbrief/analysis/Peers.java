package org.coopbrief.analysis;

import java.util.Objects;

import org.coopbrief.dataset.EntityKind;

/**
 * The partners a partner is compared with: those of its kind and parent (countries; the regions
 * of one country), so that no number is counted twice.
 *
 * @param parent the parent's code; null for countries and other top-level entities
 */
public record Peers(EntityKind kind, String parent) {

    /** Countries, compared with the world total where the data has one. */
    public static final Peers COUNTRIES = new Peers(EntityKind.COUNTRY, null);

    public Peers {
        Objects.requireNonNull(kind, "kind");
    }

    /** "countries", "regions of RU". */
    public String label() {
        String plural = switch (kind) {
            case COUNTRY -> "countries";
            case CITY -> "cities";
            case COMPANY -> "companies";
            default -> kind.code() + "s";
        };
        return parent == null ? plural : plural + " of " + parent;
    }
}
