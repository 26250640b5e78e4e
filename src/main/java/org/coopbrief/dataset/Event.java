package org.coopbrief.dataset;

import java.util.List;

public record Event(String id, PartialDate date, EventType type, List<String> parties, String place, String title,
        String source, List<SeedPlace> seed, String note) {
}
