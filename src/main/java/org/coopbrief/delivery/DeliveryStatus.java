package org.coopbrief.delivery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** A run's delivery in one line, from the outbox: for {@code history}, {@code deliver} and the run's end. */
@Component
public class DeliveryStatus {

    private final Outbox outbox;

    DeliveryStatus(Outbox outbox) {
        this.outbox = outbox;
    }

    /** "3 sent, 1 failed (failed: analysts 1 of 1)", or empty when the run has no delivery. */
    public Optional<String> summary(long run) {
        List<OutboxRow> rows = outbox.rows(run);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<OutboxRow.Status, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        String text = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
        List<String> failed = rows.stream()
                .filter(r -> r.status() == OutboxRow.Status.FAILED)
                .map(r -> r.recipient() + " " + r.partLabel())
                .toList();
        return Optional.of(text + (failed.isEmpty() ? "" : " (failed: " + String.join(", ", failed) + ")"));
    }
}
