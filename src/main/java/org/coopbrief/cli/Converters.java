package org.coopbrief.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import org.coopbrief.localisation.Language;
import org.coopbrief.run.RequestedPeriod;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Typed option values: each parsed once, by its own type's parser, with that parser's message. */
final class Converters {

    private Converters() {}

    /** Turns a parser's IllegalArgumentException (or DateTimeParseException) into picocli's message. */
    abstract static class Parsing<T> implements ITypeConverter<T> {
        private final Function<String, T> parser;

        Parsing(Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public T convert(String value) {
            try {
                return parser.apply(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD)");
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class PeriodConverter extends Parsing<RequestedPeriod> {
        PeriodConverter() {
            super(RequestedPeriod::parse);
        }
    }

    static final class DateConverter extends Parsing<LocalDate> {
        DateConverter() {
            super(text -> LocalDate.parse(text.strip()));
        }
    }

    static final class LanguageConverter extends Parsing<Language> {
        LanguageConverter() {
            super(Language::parse);
        }
    }

    static final class DeliveryModeConverter extends Parsing<org.coopbrief.run.DeliveryMode> {
        DeliveryModeConverter() {
            super(org.coopbrief.run.DeliveryMode::parse);
        }
    }
}
