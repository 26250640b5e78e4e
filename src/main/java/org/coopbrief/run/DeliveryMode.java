package org.coopbrief.run;

import java.util.Locale;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * What a run does with its files once they are written ({@code run --deliver}): send them to the
 * configured recipients, write each message as an {@code .eml} file in the run folder instead, or
 * nothing. Recorded with the run (a non-identifying job parameter), so a restart does the same.
 */
public enum DeliveryMode {
    SEND("send"),
    DRY_RUN("dry-run"),
    OFF("off");

    private final String code;

    DeliveryMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DeliveryMode parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (DeliveryMode m : values()) {
            if (m.code.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("--deliver: '" + text + "' is not one of send, dry-run, off");
    }

    /** The mode a run was started with; {@link #SEND} for runs started before the parameter existed. */
    public static DeliveryMode of(JobParameters parameters) {
        String value = parameters.getString(RunParameters.DELIVER);
        return value == null ? SEND : parse(value);
    }
}
