package org.coopbrief.dataset;

/** A reporter or partner: a country, region, city, company, bloc... */
public record Entity(String code, String nameEn, String nameRu, EntityKind kind, String parent, boolean iso) {
}
