package org.coopbrief.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference number of a run's briefings, from a template such as {@code CB-{period}-{run}}:
 * {@code {period}} the focus period (2020), {@code {run}} the run's id, {@code {reporter}} the
 * reporter's code (BY), {@code {lang}} the briefing's language (en). Checked when the settings
 * are read, so a template with an unknown placeholder stops the command before any run starts.
 */
public record ReferenceTemplate(String template) {

    public static final List<String> PLACEHOLDERS = List.of("period", "run", "reporter", "lang");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    public ReferenceTemplate {
        String key = "coopbrief.briefing.reference";
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException(key + " must not be blank (default: {period}/{run})");
        }
        template = template.strip();
        Matcher m = PLACEHOLDER.matcher(template);
        List<String> unknown = new ArrayList<>();
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add("{" + m.group(1) + "}");
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(key + " '" + template + "': unknown placeholder "
                    + String.join(", ", unknown) + " (known: {" + String.join("}, {", PLACEHOLDERS) + "})");
        }
        String rest = m.replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            throw new IllegalArgumentException(
                    key + " '" + template + "': a brace that opens or closes no placeholder");
        }
    }

    /** The reference of one briefing. */
    public String expand(String period, long run, String reporter, String lang) {
        Map<String, String> values =
                Map.of("period", period, "run", Long.toString(run), "reporter", reporter, "lang", lang);
        return PLACEHOLDER.matcher(template).replaceAll(r -> Matcher.quoteReplacement(values.get(r.group(1))));
    }
}
