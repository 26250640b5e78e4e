package org.coopbrief.localisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EventType;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.jspecify.annotations.Nullable;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;

/**
 * Every word and number format of a report in one language, from the resource bundle
 * {@code i18n/messages_<lang>.properties}. Number symbols and month names come from the bundle
 * too, not from the JDK's locale data, so the output does not change with the JVM.
 * Every pattern goes through ICU's {@link MessageFormat}: arguments are passed already formatted,
 * except a count in a plural pattern ({@code {0,plural,one{# event} other{# events}}}), passed as a
 * number, whose forms follow the language's CLDR
 * plural rules ("1 event", "2 events"; "1 событие", "2 события", "5 событий", "21 событие").
 */
public final class Texts {

    private static final String BUNDLE = "i18n/messages";

    private final Language language;
    private final ResourceBundle bundle;
    private final DecimalFormatSymbols symbols;

    private Texts(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
        this.symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(raw("number.decimal").charAt(0));
        symbols.setGroupingSeparator(raw("number.grouping").charAt(0));
        // a true minus sign (U+2212), not the hyphen, in both languages
        symbols.setMinusSign('\u2212');
    }

    public static Texts of(Language language) {
        // no fallback to the JVM's default locale: a missing Russian key must not turn up in English
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(language, bundle);
    }

    public Language language() {
        return language;
    }

    /** The bundle's text for {@code key}, with the arguments put in. */
    public String text(String key, Object... args) {
        String text = new MessageFormat(raw(key), ULocale.forLocale(language.locale())).format(args);
        // a sentence ending on an abbreviated year ("2021 г.") takes no second full stop
        return language == Language.RU ? ABBREVIATION_THEN_STOP.matcher(text).replaceAll("$1") : text;
    }

    private static final java.util.regex.Pattern ABBREVIATION_THEN_STOP =
            java.util.regex.Pattern.compile("(\\bг{1,2}\\.)\\.(?!\\.)");

    /**
     * A text of the data in this report's language: the row's Russian text in a Russian report when
     * it has one, else the English as the data prints it.
     */
    public String ofData(String english, @Nullable String russian) {
        return language == Language.RU && russian != null && !russian.isBlank() ? russian : english;
    }

    /**
     * {@link #ofData}, set for a printed page: in Russian, with the typography of {@link #typeset}
     * (the workbook keeps the data's characters as they are, for filtering).
     */
    public String printed(String english, @Nullable String russian) {
        String text = ofData(english, russian);
        return language == Language.RU && text != null ? typeset(text) : text;
    }

    /**
     * Russian typography for the data's texts, which are written with plain spaces: a number keeps
     * its unit and "г."/"гг." on its line, and "млн долл. США" never breaks.
     */
    private static String typeset(String russian) {
        return russian.replaceAll("(\\d) (млн|млрд|трлн|тыс\\.|г\\.|гг\\.|%)", "$1\u00a0$2")
                .replaceAll("(млн|млрд|трлн|тыс\\.) долл\\. США", "$1\u00a0долл.\u00a0США");
    }

    /**
     * A quotation as the language sets it: “…” in English; «…» in Russian, with quotes inside
     * turned into „…“ (ёлочки outside, лапки inside).
     */
    public String quoted(String text) {
        String t = text.strip();
        if (language == Language.RU) {
            return "\u00AB" + t.replace('\u00AB', '\u201E').replace('\u00BB', '\u201C') + "\u00BB";
        }
        return "\u201C" + t + "\u201D";
    }

    /** Whether this language's bundle has a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private String raw(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text '" + key + "' for language " + language.code(), e);
        }
    }

    // ---- numbers

    /** A number with exactly {@code decimals} fraction digits, grouped ("1,234.5" / "1 234,5"). */
    public String number(BigDecimal value, int decimals) {
        return format(decimals, decimals).format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A number with at most one fraction digit, none when it is whole ("300", "38.7"). */
    public String amount(BigDecimal value) {
        return format(0, 1).format(value.setScale(1, RoundingMode.HALF_UP));
    }

    /** The format {@link #amount} uses, for chart axes and labels. */
    public NumberFormat amountFormat() {
        return format(0, 1);
    }

    /** "31.2%", "17%": at most one fraction digit. */
    public String percent(BigDecimal value) {
        return text("format.percent", amount(value));
    }

    /** "+31.2%", "-12%": a change, always with its sign. */
    public String signedPercent(BigDecimal value) {
        String n = amount(value);
        return text("format.percent", value.signum() > 0 ? "+" + n : n);
    }

    public String signedAmount(BigDecimal value) {
        String n = amount(value);
        return value.signum() > 0 ? "+" + n : n;
    }

    /** "$38.7 million", "$1.2 billion" / "38,7 млн долл. США", "1,2 млрд долл. США". */
    public String usdMillions(BigDecimal value) {
        if (value.abs().compareTo(THOUSAND) >= 0) {
            return text("format.usdBillions", amount(value.divide(THOUSAND)));
        }
        return text("format.usdMillions", amount(value));
    }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private DecimalFormat format(int minDecimals, int maxDecimals) {
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMinimumFractionDigits(minDecimals);
        f.setMaximumFractionDigits(maxDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    // ---- calendar

    /** "January" / "январь": a month on its own, as in a period. */
    public String month(int month) {
        return raw("month." + month);
    }

    /** A period in words, for sentences and titles: "January–July 2018", "январь–июль 2018 г.", "2016–2020 гг.". */
    public String period(Period p) {
        return period(p, GrammaticalCase.NOMINATIVE);
    }

    /**
     * A period in words in the case its preposition governs: "к январю–февралю 2020 г." (dative),
     * "с 1-го квартала 2021 г." (genitive). Years need none ("к 2019 г."); English words every case alike.
     */
    public String period(Period p, GrammaticalCase grammaticalCase) {
        return period(p, "month" + grammaticalCase.suffix() + ".", "", grammaticalCase.suffix());
    }

    /** A period with months abbreviated, for tables and charts: "Jan–Jul 2018". */
    public String periodShort(Period p) {
        return periodShort(p, GrammaticalCase.NOMINATIVE);
    }

    /**
     * An abbreviated period in the case its preposition governs: "к янв.–февр. 2020", "к марту 2020"
     * (only the months not abbreviated change; "1 кв. 2020" does not).
     */
    public String periodShort(Period p, GrammaticalCase grammaticalCase) {
        return period(p, "month.short" + grammaticalCase.suffix() + ".", ".short", "");
    }

    private String period(Period p, String months, String form, String caseSuffix) {
        String year = Integer.toString(p.year());
        return switch (p.kind()) {
            case YEAR -> text("period.year" + form, year);
            case QUARTER -> text("period.quarter" + form + caseSuffix, p.lastMonth() / 3, year);
            case HALF -> text("period.half" + form + caseSuffix, p.lastMonth() / 6, year);
            case MONTH -> text("period.month" + form, raw(months + p.firstMonth()), year);
            case MONTHS ->
                text("period.months" + form, raw(months + p.firstMonth()), raw(months + p.lastMonth()), year);
            case YEARS -> text("period.years" + form, year, Integer.toString(p.lastYear()));
            case UNDATED -> raw("period.undated");
        };
    }

    /** "14 June 2019" / "14 июня 2019 г.". */
    public String date(LocalDate date) {
        return text(
                "date.day",
                date.getDayOfMonth(),
                raw("month.genitive." + date.getMonthValue()),
                Integer.toString(date.getYear()));
    }

    /** A date printed to the day, the month or the year, in that precision. */
    public String date(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> date(date.date());
            case MONTH -> text("date.month", month(date.date().getMonthValue()), Integer.toString(date.year()));
            case YEAR -> text("date.year", Integer.toString(date.year()));
        };
    }

    // ---- vocabularies

    public String name(Entity entity) {
        return language == Language.RU ? entity.nameRu() : entity.nameEn();
    }

    /**
     * The name as it stands after a noun ("Regions of Russia", "Регионы России"): in Russian its
     * genitive from the bundle ({@code genitive.<code>}, Russian only: the data has the names in the
     * nominative), else the name in brackets ("Регионы (Абхазия)"), which needs no case; in English
     * the name.
     */
    public String nameOf(Entity entity) {
        return nameOf(entity.code(), name(entity));
    }

    /** {@link #nameOf(Entity)} of the entity {@code code} named {@code name} in this language. */
    public String nameOf(String code, String name) {
        if (language != Language.RU) {
            return name;
        }
        String key = "genitive." + code;
        return bundle.containsKey(key) ? raw(key) : text("name.ofUndeclined", name);
    }

    /**
     * The one order of names in a list (partners, entities): the language's alphabetical order
     * by ICU's collation (Russian names from А to Я), ignoring quotation marks and other
     * punctuation, so «Хёндэ Транс Авто» files under Х beside the names without quotes.
     */
    public Comparator<String> alphabetical() {
        RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(ULocale.forLocale(language.locale()));
        collator.setAlternateHandlingShifted(true);
        collator.freeze();
        return collator::compare;
    }

    public String indicator(Indicator indicator) {
        return raw("indicator." + indicator.code());
    }

    public String scope(Scope scope) {
        return raw("scope." + scope.code());
    }

    public String unit(Unit unit) {
        return raw("unit." + unit.name());
    }

    /**
     * The unit after a number, in the form the number takes: a unit that counts things agrees with
     * its number by the language's plural rules ("1 компания", "2 компании", "5 компаний"; "1
     * company", "2 companies"), through the bundle's {@code unit.counted.*} plural patterns; the
     * other units ("млн долл. США", "т", "ед.") do not change.
     */
    public String unit(BigDecimal amount, Unit unit) {
        String key = "unit.counted." + unit.name();
        if (amount == null || !bundle.containsKey(key)) {
            return unit(unit);
        }
        // the number as printed (one fraction digit at most): "2" selects few, "2,5" other
        BigDecimal shown = amount.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        Object count = shown.scale() <= 0 ? (Object) shown.longValue() : (Object) shown.doubleValue();
        return new MessageFormat(raw(key), ULocale.forLocale(language.locale())).format(new Object[] {count});
    }

    public String eventType(EventType type) {
        return raw("event." + type.code());
    }

    /** The qualifier as a word before a number ("about", "more than"); empty for an exact number. */
    public String qualifier(Qualifier qualifier) {
        return qualifier == Qualifier.EXACT
                ? ""
                : raw("qualifier." + qualifier.name().toLowerCase(Locale.ROOT));
    }
}
