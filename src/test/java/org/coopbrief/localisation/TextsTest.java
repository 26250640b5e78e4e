package org.coopbrief.localisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.junit.jupiter.api.Test;

class TextsTest {

    private final Texts en = Texts.of(Language.EN);
    private final Texts ru = Texts.of(Language.RU);

    @Test
    void russianNumbersHaveADecimalCommaAndSpaceGrouping() {
        assertThat(ru.amount(new BigDecimal("38.7"))).isEqualTo("38,7");
        assertThat(ru.amount(new BigDecimal("1234.56"))).isEqualTo("1\u00a0234,6");
        assertThat(ru.percent(new BigDecimal("31"))).isEqualTo("31\u00a0%");
        assertThat(ru.usdMillions(new BigDecimal("38.7"))).isEqualTo("38,7\u00a0млн\u00a0долл.\u00a0США");
        assertThat(ru.usdMillions(new BigDecimal("1200"))).isEqualTo("1,2\u00a0млрд\u00a0долл.\u00a0США");
    }

    @Test
    void countsTakeTheLanguagesPluralForms() {
        assertThat(List.of(1, 2, 5, 21).stream()
                        .map(n -> ru.text("partners.more", n, n, n, "x", "d"))
                        .toList())
                .containsExactly(
                        "Всего 1 число, 1 цель и 1 событие по d (включая регионы, города и предприятия партнёра); полная справка \u2014 x.",
                        "Всего 2 числа, 2 цели и 2 события по d (включая регионы, города и предприятия партнёра); полная справка \u2014 x.",
                        "Всего 5 чисел, 5 целей и 5 событий по d (включая регионы, города и предприятия партнёра); полная справка \u2014 x.",
                        "Всего 21 число, 21 цель и 21 событие по d (включая регионы, города и предприятия партнёра); полная справка \u2014 x.");
        assertThat(en.text("partners.more", 1, 2, 21, "x", "d"))
                .isEqualTo(
                        "1 number in all, 2 targets and 21 events up to d (including its regions, cities and companies); full briefing: x.");
        assertThat(List.of(1, 2, 5, 21).stream()
                        .map(n -> ru.text("summary.events", n, "a", "b", "c", "d"))
                        .toList())
                .containsExactly(
                        "С a по b зафиксировано 1 событие; последнее (c): d.",
                        "С a по b зафиксировано 2 события; последнее (c): d.",
                        "С a по b зафиксировано 5 событий; последнее (c): d.",
                        "С a по b зафиксировано 21 событие; последнее (c): d.");
        assertThat(List.of(1, 2, 5, 21).stream()
                        .map(n -> ru.text("targets.intro", n, "x").substring(0, "Всего 21 цель".length() + 1))
                        .toList())
                .containsExactly("Всего 1 цель. ", "Всего 2 цели. ", "Всего 5 целей.", "Всего 21 цель.");
        assertThat(en.text("quality.rejects", 1)).startsWith("The load of this run rejected 1 input row;");
        assertThat(en.text("quality.rejects", 0)).startsWith("The load of this run rejected 0 input rows;");
    }

    @Test
    void aCountingUnitTakesThePluralFormOfItsNumber() {
        assertThat(List.of("1", "2", "5", "21", "2.5").stream()
                        .map(n -> ru.unit(new BigDecimal(n), org.coopbrief.dataset.Unit.COMPANIES))
                        .toList())
                .containsExactly("компания", "компании", "компаний", "компания", "компании");
        assertThat(ru.unit(new BigDecimal("2.0"), org.coopbrief.dataset.Unit.PROJECTS))
                .isEqualTo("проекта");
        assertThat(ru.unit(new BigDecimal("5"), org.coopbrief.dataset.Unit.PROJECTS))
                .isEqualTo("проектов");
        assertThat(en.unit(BigDecimal.ONE, org.coopbrief.dataset.Unit.COMPANIES))
                .isEqualTo("company");
        assertThat(en.unit(BigDecimal.TEN, org.coopbrief.dataset.Unit.COMPANIES))
                .isEqualTo("companies");
        // units that are not counts do not change
        assertThat(ru.unit(BigDecimal.TEN, org.coopbrief.dataset.Unit.USD_M)).isEqualTo("млн\u00a0долл.\u00a0США");
    }

    @Test
    void aRussianSentenceEndingOnAnAbbreviatedYearHasOneFullStop() {
        assertThat(ru.text(
                        "summary.headline.leftOut",
                        "Россия",
                        "5,3 млрд долл. США",
                        ru.period(Period.parse("2021")),
                        "2020 г."))
                .endsWith("2021\u00a0г.")
                .doesNotContain("г..");
    }

    @Test
    void englishNumbersHaveADecimalPointAndCommaGrouping() {
        assertThat(en.amount(new BigDecimal("1234.56"))).isEqualTo("1,234.6");
        assertThat(en.amount(new BigDecimal("300.00"))).isEqualTo("300");
        assertThat(en.signedPercent(new BigDecimal("31.19"))).isEqualTo("+31.2%");
        assertThat(en.signedPercent(new BigDecimal("-12"))).isEqualTo("\u221212%");
        assertThat(en.usdMillions(new BigDecimal("38.7"))).isEqualTo("$38.7 million");
    }

    @Test
    void aPeriodTakesTheCaseItsPrepositionGoverns() {
        assertThat(ru.period(Period.parse("2020-01..02"), GrammaticalCase.DATIVE))
                .isEqualTo("январю\u2013февралю 2020\u00a0г.");
        assertThat(ru.period(Period.parse("2020-01..02"), GrammaticalCase.GENITIVE))
                .isEqualTo("января\u2013февраля 2020\u00a0г.");
        assertThat(ru.period(Period.parse("2020-05"), GrammaticalCase.PREPOSITIONAL))
                .isEqualTo("мае 2020\u00a0г.");
        assertThat(ru.period(Period.parse("2021-Q1"), GrammaticalCase.DATIVE)).isEqualTo("1-му кварталу 2021\u00a0г.");
        assertThat(ru.period(Period.parse("2017-H1"), GrammaticalCase.GENITIVE))
                .isEqualTo("1-го полугодия 2017\u00a0г.");
        assertThat(ru.period(Period.parse("2019"), GrammaticalCase.DATIVE)).isEqualTo("2019\u00a0г.");
        assertThat(ru.periodShort(Period.parse("2020-03"), GrammaticalCase.DATIVE))
                .isEqualTo("марту 2020");
        assertThat(ru.periodShort(Period.parse("2020-01..02"), GrammaticalCase.DATIVE))
                .isEqualTo("янв.\u2013февр. 2020");
        assertThat(ru.periodShort(Period.parse("2021-Q1"), GrammaticalCase.DATIVE))
                .isEqualTo("1 кв. 2021");
        // English words every case alike
        assertThat(en.period(Period.parse("2020-01..02"), GrammaticalCase.DATIVE))
                .isEqualTo("January\u2013February 2020");
        assertThat(en.periodShort(Period.parse("2020-03"), GrammaticalCase.DATIVE))
                .isEqualTo("Mar 2020");
    }

    @Test
    void periodsAndDatesUseTheLanguagesMonthNames() {
        assertThat(en.period(Period.parse("2018-01..07"))).isEqualTo("January\u2013July 2018");
        assertThat(ru.period(Period.parse("2018-01..07"))).isEqualTo("январь\u2013июль 2018\u00a0г.");
        assertThat(en.periodShort(Period.parse("2017-01..09"))).isEqualTo("Jan\u2013Sep 2017");
        assertThat(ru.period(Period.parse("2021-Q1"))).isEqualTo("1-й квартал 2021\u00a0г.");
        assertThat(en.period(Period.parse("2017-H1"))).isEqualTo("H1 2017");
        assertThat(ru.date(LocalDate.of(2019, 6, 14))).isEqualTo("14\u00a0июня 2019\u00a0г.");
        assertThat(en.date(LocalDate.of(2019, 6, 14))).isEqualTo("14 June 2019");
        assertThat(ru.date(PartialDate.parse("2018-09"))).isEqualTo("сентябрь 2018\u00a0г.");
    }

    @Test
    void theDatasRussianTextsKeepNumbersWithTheirUnitsAndTheEnglishStaysAsPrinted() {
        assertThat(ru.printed("x", "контракт на 3 млн долл. США в 2019 г."))
                .isEqualTo("контракт на 3\u00a0млн\u00a0долл.\u00a0США в 2019\u00a0г.");
        assertThat(en.ofData("a $3 million contract", "контракт на 3 млн долл. США"))
                .isEqualTo("a $3 million contract");
    }

    @Test
    void entityNamesComeFromTheDataInEachLanguage() {
        Entity georgia = new Entity("GE", "Georgia", "Грузия", EntityKind.COUNTRY, null, true);
        assertThat(en.name(georgia)).isEqualTo("Georgia");
        assertThat(ru.name(georgia)).isEqualTo("Грузия");
    }

    @Test
    void languagesParseFromTheCommandLineForm() {
        assertThat(Language.parseList("en,ru")).containsExactly(Language.EN, Language.RU);
        assertThat(Language.parseList(" ru ")).containsExactly(Language.RU);
        assertThat(Language.parseList(null)).containsExactly(Language.EN);
        assertThatThrownBy(() -> Language.parseList("en,de")).hasMessageContaining("'de' is not a language");
    }

    @Test
    void bothBundlesHaveTheSameKeysAndEveryPatternFormats() throws IOException {
        Properties english = load("en");
        Properties russian = load("ru");
        // reject reasons are worded from a key in Russian only: English prints the sentence the check wrote
        Set<String> shared = new TreeSet<>(russian.stringPropertyNames());
        shared.removeIf(k -> k.startsWith("reject."));
        // so are the names' genitives ("Регионы России"): English puts the name after "of" as it is
        shared.removeIf(k -> k.startsWith("genitive."));
        assertThat(shared).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        // numbers, since a plural pattern needs one (a text argument prints as itself anyway)
        Object[] args = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        for (String key : english.stringPropertyNames()) {
            for (Texts texts : List.of(en, ru)) {
                String text = texts.text(key, args);
                // an unknown key or a broken pattern would throw; typography uses ’, never a straight apostrophe,
                // except in the English workbook's texts (its sheets and the reasons they print), kept exactly as
                // that contract has always printed them
                assertThat(text).as(texts.language() + " " + key).doesNotContain("{");
                if (texts.language() != Language.EN || !(key.startsWith("xlsx.") || key.startsWith("reason."))) {
                    assertThat(text).as(texts.language() + " " + key).doesNotContain("'");
                }
            }
        }
        assertThat(russian.getProperty("section.summary")).matches("[\\p{IsCyrillic} ]+");
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void dataTextsAndQuotationsFollowTheLanguage() {
        Texts ru = Texts.of(Language.RU);
        Texts en = Texts.of(Language.EN);
        assertThat(ru.ofData("ship 525 tractors", "отгрузить 525 тракторов")).isEqualTo("отгрузить 525 тракторов");
        assertThat(ru.ofData("ship 525 tractors", null))
                .as("no Russian text: the data's English")
                .isEqualTo("ship 525 tractors");
        assertThat(en.ofData("ship 525 tractors", "отгрузить 525 тракторов")).isEqualTo("ship 525 tractors");
        assertThat(ru.quoted("парк «Великий камень»")).isEqualTo("\u00ABпарк \u201EВеликий камень\u201C\u00BB");
        assertThat(en.quoted(" Great Stone ")).isEqualTo("\u201CGreat Stone\u201D");
    }
}
