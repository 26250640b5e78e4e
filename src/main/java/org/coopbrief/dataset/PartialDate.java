package org.coopbrief.dataset;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date printed to the day, the month or only the year. {@link #date()} is the first day it can mean. */
public record PartialDate(LocalDate date, Precision precision) implements Comparable<PartialDate> {

    public enum Precision {
        DAY,
        MONTH,
        YEAR
    }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public static PartialDate parse(String text) {
        String s = text.strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw new InvalidValueException(
                    "'" + s + "' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)", "date", s);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900 || year > 2100) {
            throw new InvalidValueException(
                    "year " + year + " in '" + s + "' is out of range 1900..2100", "dateRange", year, s);
        }
        try {
            if (m.group(3) != null) {
                return new PartialDate(
                        LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), Precision.DAY);
            }
            if (m.group(2) != null) {
                return new PartialDate(LocalDate.of(year, Integer.parseInt(m.group(2)), 1), Precision.MONTH);
            }
        } catch (DateTimeException e) {
            throw new InvalidValueException("'" + s + "' is not a calendar date", "calendarDate", s);
        }
        return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    public int year() {
        return date.getYear();
    }

    public String code() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        int byDate = date.compareTo(o.date);
        return byDate != 0 ? byDate : precision.compareTo(o.precision);
    }

    @Override
    public String toString() {
        return code();
    }
}
