package org.coopbrief.localisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A language the reports are written in. */
public enum Language {
    EN(Locale.ENGLISH),
    RU(Locale.forLanguageTag("ru"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** "en", as in file names and on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language parse(String text) {
        String code = text.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException(
                "'" + text.strip() + "' is not a language (expected one of " + codes() + ")");
    }

    /** Parses "en", "ru" or "en,ru" (in the order given, duplicates dropped); blank means English. */
    public static List<Language> parseList(String text) {
        if (text == null || text.isBlank()) {
            return List.of(EN);
        }
        List<Language> languages = new ArrayList<>();
        for (String part : text.split(",")) {
            Language l = parse(part);
            if (!languages.contains(l)) {
                languages.add(l);
            }
        }
        return List.copyOf(languages);
    }

    public static String codes() {
        return Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));
    }
}
