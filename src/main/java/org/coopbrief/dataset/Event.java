package org.coopbrief.dataset;

import org.jspecify.annotations.Nullable;

import java.util.List;

public record Event(String id, PartialDate date, EventType type, List<String> parties, @Nullable String place, String title,
        @Nullable String source, List<SeedPlace> seed, @Nullable String note) {
}
