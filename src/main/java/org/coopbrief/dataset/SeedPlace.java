package org.coopbrief.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a row's number is printed in the seed books: book B0 or B1 and a 1-based line. */
public record SeedPlace(String book, int line) {

    private static final Pattern FORM = Pattern.compile("(B[01]):(\\d{1,6})");

    public static List<SeedPlace> parseList(String text) {
        List<SeedPlace> places = new ArrayList<>();
        for (String part : text.split(";")) {
            Matcher m = FORM.matcher(part.strip());
            if (!m.matches() || Integer.parseInt(m.group(2)) < 1) {
                throw new InvalidValueException(
                        "'" + part.strip() + "' is not a seed place (expected B0:<line> or B1:<line>)",
                        "seed",
                        part.strip());
            }
            places.add(new SeedPlace(m.group(1), Integer.parseInt(m.group(2))));
        }
        return List.copyOf(places);
    }

    public static String format(List<SeedPlace> places) {
        return String.join(";", places.stream().map(SeedPlace::toString).toList());
    }

    @Override
    public String toString() {
        return book + ":" + line;
    }
}
