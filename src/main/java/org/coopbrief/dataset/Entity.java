package org.coopbrief.dataset;

import org.jspecify.annotations.Nullable;

/** A reporter or partner: a country, region, city, company, bloc... */
public record Entity(
        String code,
        String nameEn,
        @Nullable String nameRu,
        EntityKind kind,
        @Nullable String parent,
        boolean iso) {}
