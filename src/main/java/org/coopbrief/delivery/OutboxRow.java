package org.coopbrief.delivery;

import java.time.LocalDateTime;
import java.util.List;

import org.coopbrief.localisation.Language;
import org.jspecify.annotations.Nullable;

/** A row of the outbox: one message of a run to a recipient, and how its delivery stands. */
public record OutboxRow(
        long id,
        long run,
        String recipient,
        String address,
        Language language,
        int part,
        int parts,
        List<String> files,
        Status status,
        int attempts,
        @Nullable String lastError,
        @Nullable String messageId,
        @Nullable LocalDateTime sentAt) {

    public enum Status {
        /** planned, not sent yet (or tried and to be tried again) */
        PENDING,
        /** handed to the server; a process that died here left it so, and it is sent again (same Message-ID) */
        SENDING,
        /** accepted by the server */
        SENT,
        /** every attempt failed; {@code deliver RUN --send} tries again */
        FAILED
    }

    public OutboxRow {
        files = List.copyOf(files);
    }

    /** "1 of 3". */
    public String partLabel() {
        return part + " of " + parts;
    }
}
