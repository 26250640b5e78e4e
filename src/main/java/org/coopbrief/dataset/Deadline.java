package org.coopbrief.dataset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A target's deadline: one year, or a range of years ("within three to four years"), which counts at its last year. */
public record Deadline(int firstYear, int lastYear) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:\\.\\.(\\d{4}))?");

    public Deadline {
        if (lastYear < firstYear) {
            throw new InvalidValueException(
                    "deadline range " + firstYear + ".." + lastYear + " must run forwards",
                    "deadlineBackwards",
                    firstYear + ".." + lastYear);
        }
    }

    public static Deadline parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValueException(
                    "'" + text.strip() + "' is not a deadline (expected YYYY or YYYY..YYYY)", "deadline", text.strip());
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        if (first < 1900 || last > 2100) {
            throw new InvalidValueException(
                    "deadline '" + text.strip() + "' is out of range 1900..2100", "deadlineRange", text.strip());
        }
        return new Deadline(first, last);
    }

    public boolean isRange() {
        return lastYear != firstYear;
    }

    public String code() {
        return isRange() ? firstYear + ".." + lastYear : Integer.toString(firstYear);
    }

    @Override
    public String toString() {
        return code();
    }
}
