package org.coopbrief.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.coopbrief.localisation.Language;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * {@code coopbrief.delivery}: who receives a run's files by email, and how they are sent. With no
 * recipient nothing is sent and nothing changes. Checked when the settings are read, each value
 * naming its key; partner codes are checked against the input when a run is triggered.
 *
 * @param from           the sender address ({@code "Briefings <briefings@mfa.example>"}); required with recipients
 * @param maxMessageSize a message above this size (attachments encoded) is split over several, numbered "1 of 3"
 * @param retry          how often, and how long apart, a failed send is tried again
 * @param recipients     by name (the name is how {@code deliver --recipient} and the delivery report call them)
 */
public record DeliverySettings(
        @DefaultValue("") String from,
        @DefaultValue("20MB") DataSize maxMessageSize,
        @DefaultValue Retry retry,
        Map<String, Recipient> recipients) {

    public static final String KEY = "coopbrief.delivery";

    public DeliverySettings {
        from = from == null ? "" : from.strip();
        recipients = recipients == null ? Map.of() : new TreeMap<>(recipients);
        if (maxMessageSize == null || maxMessageSize.toBytes() <= 0) {
            throw new IllegalArgumentException(KEY + ".max-message-size must be positive, not " + maxMessageSize);
        }
        if (!recipients.isEmpty()) {
            if (from.isEmpty()) {
                throw new IllegalArgumentException(KEY + ".from: a sender address is needed to deliver to "
                        + String.join(", ", recipients.keySet()));
            }
            checkAddress(KEY + ".from", from);
        }
        recipients.forEach((name, r) -> r.check(KEY + ".recipients." + name));
    }

    public static DeliverySettings none() {
        return new DeliverySettings("", DataSize.ofMegabytes(20), Retry.DEFAULT, Map.of());
    }

    public boolean enabled() {
        return !recipients.isEmpty();
    }

    /**
     * @param address  one email address
     * @param language the language of its messages and of the files it receives ({@code en}, {@code ru})
     * @param overall  whether it receives the overall briefing
     * @param partners the partner briefings it receives: entity codes, or {@code all}
     * @param workbook whether it receives the workbook (the Russian one for a Russian reader, when the run has it)
     */
    public record Recipient(
            String address,
            @DefaultValue("en") String language,
            @DefaultValue("false") boolean overall,
            List<String> partners,
            @DefaultValue("false") boolean workbook) {

        public static final String ALL = "all";

        public Recipient {
            address = address == null ? "" : address.strip();
            language = language == null ? "en" : language.strip().toLowerCase(Locale.ROOT);
            List<String> codes = new ArrayList<>();
            if (partners != null) {
                partners.stream().map(String::strip).filter(p -> !p.isEmpty()).forEach(codes::add);
            }
            partners = List.copyOf(codes);
        }

        public Language lang() {
            return Language.parse(language);
        }

        public boolean allPartners() {
            return partners.stream().anyMatch(p -> p.equalsIgnoreCase(ALL));
        }

        void check(String key) {
            if (address.isEmpty()) {
                throw new IllegalArgumentException(key + ".address is missing");
            }
            checkAddress(key + ".address", address);
            try {
                Language.parse(language);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ".language: " + e.getMessage());
            }
            if (!overall && partners.isEmpty() && !workbook) {
                throw new IllegalArgumentException(
                        key + ": receives nothing; set overall: true, partners (codes or all) or workbook: true");
            }
        }
    }

    /**
     * @param attempts   tries per message before it is marked failed (1: no retry)
     * @param delay      the wait after the first failed try...
     * @param multiplier ...multiplied by this after each further one...
     * @param maxDelay   ...up to this
     */
    public record Retry(
            @DefaultValue("4") int attempts,
            @DefaultValue("PT30S") Duration delay,
            @DefaultValue("2") double multiplier,
            @DefaultValue("PT10M") Duration maxDelay) {

        static final Retry DEFAULT = new Retry(4, Duration.ofSeconds(30), 2, Duration.ofMinutes(10));

        public Retry {
            if (attempts < 1) {
                throw new IllegalArgumentException(KEY + ".retry.attempts must be 1 or more, not " + attempts);
            }
            if (delay.isNegative() || maxDelay.isNegative()) {
                throw new IllegalArgumentException(KEY + ".retry.delay and .max-delay must not be negative");
            }
            if (multiplier < 1) {
                throw new IllegalArgumentException(KEY + ".retry.multiplier must be 1 or more, not " + multiplier);
            }
        }

        /** The wait after the {@code failed}-th failed try (1, 2...). */
        public Duration delayAfter(int failed) {
            double millis = delay.toMillis() * Math.pow(multiplier, Math.max(0, failed - 1));
            return Duration.ofMillis((long) Math.min(millis, maxDelay.toMillis()));
        }
    }

    private static void checkAddress(String key, String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            if (!parsed.getAddress().contains("@")) {
                throw new AddressException("no domain", address);
            }
        } catch (AddressException e) {
            // no cause chained: the message shown is the innermost one, and this one names the key
            throw new IllegalArgumentException(
                    key + ": '" + address + "' is not a valid email address (" + e.getMessage() + ")");
        }
    }
}
