package org.coopbrief.dataset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the books print them: a year, a quarter, a half, a month, a range of
 * months within one year, several whole years, or no period at all ("currently").
 * The canonical text form is the one documented in input/README.md.
 */
public record Period(Kind kind, int year, int firstMonth, int lastMonth, int lastYear) implements Comparable<Period> {

    public enum Kind {
        YEAR,
        QUARTER,
        HALF,
        MONTH,
        MONTHS,
        YEARS,
        UNDATED
    }

    public static final String SYNTAX = "YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM..MM, YYYY..YYYY or undated";

    public static final Period UNDATED = new Period(Kind.UNDATED, 0, 0, 0, 0);

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{2})\\.\\.(\\d{2})");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\.\\.(\\d{4})");

    public static Period year(int year) {
        return new Period(Kind.YEAR, checkYear(year), 1, 12, year);
    }

    /** Parses the canonical form; the message of the exception says what is wrong. */
    public static Period parse(String text) {
        String s = text.strip();
        if (s.equals("undated")) {
            return UNDATED;
        }
        Matcher m;
        if ((m = YEAR.matcher(s)).matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            int q = Integer.parseInt(m.group(2));
            return new Period(
                    Kind.QUARTER,
                    checkYear(Integer.parseInt(m.group(1))),
                    q * 3 - 2,
                    q * 3,
                    Integer.parseInt(m.group(1)));
        }
        if ((m = HALF.matcher(s)).matches()) {
            int h = Integer.parseInt(m.group(2));
            return new Period(
                    Kind.HALF, checkYear(Integer.parseInt(m.group(1))), h * 6 - 5, h * 6, Integer.parseInt(m.group(1)));
        }
        if ((m = MONTH.matcher(s)).matches()) {
            int y = checkYear(Integer.parseInt(m.group(1)));
            int month = checkMonth(Integer.parseInt(m.group(2)), s);
            return new Period(Kind.MONTH, y, month, month, y);
        }
        if ((m = MONTHS.matcher(s)).matches()) {
            int y = checkYear(Integer.parseInt(m.group(1)));
            int first = checkMonth(Integer.parseInt(m.group(2)), s);
            int last = checkMonth(Integer.parseInt(m.group(3)), s);
            if (last <= first) {
                throw new InvalidValueException(
                        "month range '" + s + "' must run forwards (first month before last)", "monthsBackwards", s);
            }
            if (first == 1 && last == 12) {
                throw new InvalidValueException("'" + s + "' is a whole year: write " + y, "wholeYear", s, y);
            }
            return new Period(Kind.MONTHS, y, first, last, y);
        }
        if ((m = YEARS.matcher(s)).matches()) {
            int first = checkYear(Integer.parseInt(m.group(1)));
            int last = checkYear(Integer.parseInt(m.group(2)));
            if (last <= first) {
                throw new InvalidValueException("year range '" + s + "' must run forwards", "yearsBackwards", s);
            }
            return new Period(Kind.YEARS, first, 1, 12, last);
        }
        throw new InvalidValueException("'" + s + "' is not a period (expected " + SYNTAX + ")", "period", s, SYNTAX);
    }

    private static int checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidValueException(
                    "year " + year + " is out of range " + MIN_YEAR + ".." + MAX_YEAR,
                    "periodYearRange",
                    year,
                    MIN_YEAR + ".." + MAX_YEAR);
        }
        return year;
    }

    private static int checkMonth(int month, String text) {
        if (month < 1 || month > 12) {
            throw new InvalidValueException(
                    "month " + month + " in '" + text + "' is not 01..12", "month", month, text);
        }
        return month;
    }

    public boolean isFullYear() {
        return kind == Kind.YEAR;
    }

    public boolean isDated() {
        return kind != Kind.UNDATED;
    }

    /** The same stretch of the calendar one year earlier; empty for multi-year totals and undated figures. */
    public Optional<Period> previousComparable() {
        if (kind == Kind.UNDATED || kind == Kind.YEARS) {
            return Optional.empty();
        }
        return Optional.of(new Period(kind, year - 1, firstMonth, lastMonth, lastYear - 1));
    }

    /** The last day of the period. */
    public LocalDate end() {
        if (kind == Kind.UNDATED) {
            throw new IllegalStateException("an undated period has no end");
        }
        return YearMonth.of(lastYear, lastMonth).atEndOfMonth();
    }

    public LocalDate start() {
        if (kind == Kind.UNDATED) {
            throw new IllegalStateException("an undated period has no start");
        }
        return LocalDate.of(year, firstMonth, 1);
    }

    public String code() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "-Q" + (lastMonth / 3);
            case HALF -> year + "-H" + (lastMonth / 6);
            case MONTH -> String.format("%d-%02d", year, firstMonth);
            case MONTHS -> String.format("%d-%02d..%02d", year, firstMonth, lastMonth);
            case YEARS -> year + ".." + lastYear;
            case UNDATED -> "undated";
        };
    }

    @Override
    public int compareTo(Period o) {
        if (kind == Kind.UNDATED || o.kind == Kind.UNDATED) {
            return Boolean.compare(kind != Kind.UNDATED, o.kind != Kind.UNDATED);
        }
        int byEnd = end().compareTo(o.end());
        return byEnd != 0 ? byEnd : start().compareTo(o.start());
    }

    @Override
    public String toString() {
        return code();
    }
}
