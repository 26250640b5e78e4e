package org.coopbrief.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coopbrief.localisation.Language;
import org.coopbrief.system.DeliverySettings;

/**
 * Which files of a run each recipient receives, and over how many messages: the overall briefing,
 * the partner briefings asked for, then the workbook, in the recipient's language; packed in that
 * order into messages no larger than the limit (a file larger than the limit alone goes in a
 * message of its own: a file is never left out). Pure: the run folder's files come in as names and sizes.
 */
final class DeliveryPlan {

    /** Room kept in every message for its headers and its two bodies. */
    static final long BODY_ALLOWANCE = 64 * 1024;

    record Result(List<PlannedMessage> messages, List<String> notes) {
        Result {
            messages = List.copyOf(messages);
            notes = List.copyOf(notes);
        }
    }

    private DeliveryPlan() {}

    /**
     * @param files the run folder's files (relative paths, '/' separated) and their sizes in bytes
     */
    static Result of(
            Map<String, DeliverySettings.Recipient> recipients,
            String period,
            Map<String, Long> files,
            long maxMessageBytes) {
        List<PlannedMessage> messages = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        recipients.forEach((name, r) -> {
            List<String> chosen = filesFor(name, r, period, files, notes);
            if (chosen.isEmpty()) {
                notes.add(name + ": nothing of this run to send");
                return;
            }
            List<List<String>> parts = split(chosen, files, maxMessageBytes);
            for (int i = 0; i < parts.size(); i++) {
                messages.add(new PlannedMessage(name, r.address(), r.lang(), i + 1, parts.size(), parts.get(i)));
            }
        });
        return new Result(messages, notes);
    }

    static String overallFile(String period, Language language) {
        return "coopbrief-briefing-" + period + "-" + language.code() + ".pdf";
    }

    static String partnerFile(String partner, String period, Language language) {
        return "partners/" + partner + "-" + period + "-" + language.code() + ".pdf";
    }

    static String workbookFile(String period, Language language) {
        return language == Language.EN
                ? "coopbrief-" + period + ".xlsx"
                : "coopbrief-" + period + "-" + language.code() + ".xlsx";
    }

    private static List<String> filesFor(
            String name, DeliverySettings.Recipient r, String period, Map<String, Long> files, List<String> notes) {
        Language language = r.lang();
        List<String> chosen = new ArrayList<>();
        if (r.overall()) {
            want(
                    chosen,
                    files,
                    overallFile(period, language),
                    name + ": no overall briefing in " + language.code(),
                    notes);
        }
        if (r.allPartners()) {
            String suffix = "-" + period + "-" + language.code() + ".pdf";
            files.keySet().stream()
                    .filter(f -> f.startsWith("partners/") && f.endsWith(suffix))
                    .sorted()
                    .forEach(chosen::add);
        } else {
            for (String partner : r.partners()) {
                want(
                        chosen,
                        files,
                        partnerFile(partner, period, language),
                        name + ": no briefing for partner " + partner + " in " + language.code()
                                + " in this run (the analysis gives none)",
                        notes);
            }
        }
        if (r.workbook()) {
            String own = workbookFile(period, language);
            String english = workbookFile(period, Language.EN);
            want(chosen, files, files.containsKey(own) ? own : english, name + ": no workbook in this run", notes);
        }
        return chosen;
    }

    private static void want(
            List<String> chosen, Map<String, Long> files, String file, String missing, List<String> notes) {
        if (files.containsKey(file)) {
            chosen.add(file);
        } else {
            notes.add(missing);
        }
    }

    /** The files packed in order into messages of at most {@code max} bytes, encoded. */
    static List<List<String>> split(List<String> files, Map<String, Long> sizes, long max) {
        List<List<String>> parts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        long used = BODY_ALLOWANCE;
        for (String f : files) {
            long size = encodedSize(sizes.get(f));
            if (!current.isEmpty() && used + size > max) {
                parts.add(current);
                current = new ArrayList<>();
                used = BODY_ALLOWANCE;
            }
            current.add(f);
            used += size;
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** A file's size in a message: base64 (4 bytes per 3, a line break every 76) and its part headers. */
    static long encodedSize(long bytes) {
        long base64 = (bytes + 2) / 3 * 4;
        return base64 + base64 / 76 * 2 + 512;
    }
}
