package org.coopbrief.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.coopbrief.CoopbriefTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

@CoopbriefTest(properties = "coopbrief.reports-dir=target/test-reports/ingest-job-test")
class IngestJobTest {

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    @Qualifier("ingestJob")
    Job ingestJob;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IngestSummary summary;

    @Value("${coopbrief.reports-dir}")
    Path reports;

    @TempDir
    Path dir;

    @BeforeEach
    void useTheIngestJob() {
        jobs.setJob(ingestJob);
        ingest = new TestInputs.Launcher(jobs);
    }

    private TestInputs.Launcher ingest;

    private int rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private Map<String, Integer> liveCounts() {
        return Map.of(
                "entity",
                rows("entity"),
                "source",
                rows("source"),
                "exchange_rate",
                rows("exchange_rate"),
                "figure",
                rows("figure"),
                "target",
                rows("target"),
                "event",
                rows("event"));
    }

    @Test
    void loadsEveryValidRowOfTheFixture() throws Exception {
        JobExecution execution = ingest.run(TestInputs.copyFixture(dir));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(liveCounts())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("entity", 6, "source", 2, "exchange_rate", 2, "figure", 6, "target", 2, "event", 3));
        assertThat(summary.rejects(execution.getJobInstance().getInstanceId())).isEmpty();
        Map<String, Object> afghanistan = jdbc.queryForMap("select * from figure where id = 'F0001'");
        assertThat(afghanistan)
                .containsEntry("REPORTER", "BY")
                .containsEntry("PARTNER", "AF")
                .containsEntry("PERIOD", "2018")
                .containsEntry("UNIT", "USD_M")
                .containsEntry("GROWTH_BASE", "2017");
        assertThat((java.math.BigDecimal) afghanistan.get("AMOUNT")).isEqualByComparingTo("38.7");
        assertThat(jdbc.queryForObject("select title from source where id = 'B1-FN60'", String.class))
                .isEqualTo("Belarus and Afghanistan: trade, \"new\" projects");
        assertThat(jdbc.queryForObject("select qualifier from figure where id = 'F0002'", String.class))
                .isEqualTo("about");
        assertThat(jdbc.queryForMap("select place_ru, title_ru from event where id = 'E0001'"))
                .containsEntry("PLACE_RU", "Минск, Беларусь")
                .containsEntry("TITLE_RU", "Соглашение о торгово-экономическом сотрудничестве");
        assertThat(jdbc.queryForMap("select place_ru, title_ru from event where id = 'E0003'"))
                .containsEntry("PLACE_RU", null)
                .containsEntry("TITLE_RU", "Бизнес-форум «Минск — Тбилиси»");
        assertThat(jdbc.queryForObject("select quote_ru from target where id = 'T001'", String.class))
                .isEqualTo("выйти на товарооборот в 200 млн долл. США к 2020 г.");
        assertThat(jdbc.queryForObject("select title_ru from source where id = 'B1-FN60'", String.class))
                .isEqualTo("Беларусь и Афганистан: торговля, «новые» проекты");
        assertThat(jdbc.queryForMap("select note, note_ru from figure where id = 'F0004'"))
                .containsEntry("NOTE", "roubles, as printed")
                .containsEntry("NOTE_RU", "рубли, как напечатано");
        assertThat(jdbc.queryForMap("select note, note_ru from figure where id = 'F0001'"))
                .containsEntry("NOTE", null)
                .containsEntry("NOTE_RU", null);
        assertThat(jdbc.queryForMap("select growth_text, growth_text_ru, item, item_ru from figure where id = 'F0005'"))
                .containsEntry("GROWTH_TEXT", "by 12.5%")
                .containsEntry("GROWTH_TEXT_RU", "на 12,5%")
                .containsEntry("ITEM", null)
                .containsEntry("ITEM_RU", null);
        assertThat(jdbc.queryForMap("select source_text, source_ru, note, note_ru from exchange_rate"
                        + " where currency = 'RUB' and rate_year = 2013"))
                .containsEntry("SOURCE_TEXT", "Bank of Russia official rate, annual average")
                .containsEntry("SOURCE_RU", "Официальный курс Банка России, среднегодовой")
                .containsEntry("NOTE", null)
                .containsEntry("NOTE_RU", null);
        assertThat(jdbc.queryForMap("select note, note_ru from event where id = 'E0001'"))
                .containsEntry("NOTE", null)
                .containsEntry("NOTE_RU", null);
    }

    @Test
    void aRussianTextMayHoldLatinLettersBesideCyrillicOnes() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        TestInputs.appendLine(
                input.resolve("events.csv"),
                "E0100,2021-02,forum,BY;AF,,,EDB project Travel without COVID,Проект ЕАБР «Путешествую без COVID-19»,,B1:1,,");

        JobExecution execution = ingest.run(input);

        assertThat(summary.rejects(execution.getJobInstance().getInstanceId())).isEmpty();
        assertThat(jdbc.queryForObject("select title_ru from event where id = 'E0100'", String.class))
                .isEqualTo("Проект ЕАБР «Путешествую без COVID-19»");
    }

    @Test
    void aTargetsItemIsStoredWithItsRussianText() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        TestInputs.appendLine(
                input.resolve("targets.csv"),
                "T100,BY,AF,enterprises,na,pharmaceutical enterprises,фармацевтические предприятия,2,COMPANIES,,,2022,2021,,,"
                        + "B1:1,two pharmaceutical enterprises,два фармацевтических предприятия,");

        JobExecution execution = ingest.run(input);

        assertThat(summary.rejects(execution.getJobInstance().getInstanceId())).isEmpty();
        assertThat(jdbc.queryForMap("select item, item_ru from target where id = 'T100'"))
                .containsEntry("ITEM", "pharmaceutical enterprises")
                .containsEntry("ITEM_RU", "фармацевтические предприятия");
        assertThat(jdbc.queryForMap("select item, item_ru from target where id = 'T001'"))
                .containsEntry("ITEM", null)
                .containsEntry("ITEM_RU", null);
    }

    @Test
    void ingestingTwiceLeavesTheSameRows() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        ingest.run(input);
        Map<String, Integer> first = liveCounts();
        JobExecution second = ingest.run(input);

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(liveCounts()).isEqualTo(first);
        assertThat(jdbc.queryForList("select id from event order by id", String.class))
                .containsExactly("E0001", "E0002", "E0003");
    }

    @Test
    void writesTheRejectReportIntoTheRunFolder() throws Exception {
        Path input = TestInputs.copyFixture(dir);
        int line = TestInputs.appendLine(
                input.resolve("figures.csv"), "F0100,BY,AF,exports,goods,,,2019,=1+2,USD_M,,,,,,,,B1:520,,,");
        JobExecution execution = ingest.run(input);

        Path report = reports.resolve("ingest")
                .resolve(Long.toString(execution.getJobInstance().getInstanceId()))
                .resolve("rejects.csv");
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .startsWith("\"" + input.resolve("figures.csv") + "\"," + line + ",\"value\",\"'=1+2\"");
    }

    /** Each case appends one bad row to one file: file, bad row, the field named, a word of the reason. */
    static Stream<Arguments> malformedRows() {
        return Stream.of(
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,12.x,USD_M,,,,,,,,B1:520,,,",
                        "value",
                        "not a decimal number"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,XX,exports,goods,,,2019,12,USD_M,,,,,,,,B1:520,,,",
                        "partner",
                        "unknown entity code"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019-13,12,USD_M,,,,,,,,B1:520,,,",
                        "period",
                        "not 01..12"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,12,USD_MLN,,,,,,,,B1:520,,,",
                        "unit",
                        "not a unit"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,12,USD_M,roughly,,,,,,,B1:520,,,",
                        "qualifier",
                        "not a qualifier"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,12,USD_M,,15,by 15%,на 15%,pct,,,B1:520,,,",
                        "growth_base",
                        "is required"),
                Arguments.of(
                        "figures.csv",
                        "F0001,BY,AF,exports,goods,,,2019,12,USD_M,,,,,,,,B1:520,,,",
                        "id",
                        "duplicate key: already defined on line 2"),
                Arguments.of(
                        "figures.csv", "F0100,BY,AF,exports,goods,,2019,12,USD_M", "-", "has 9 fields, expected 21"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,12,USD_M,,,,,,,B9-FN1,B1:520,,,",
                        "source",
                        "unknown source id"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,12,USD_M,,,,,,,,B3:12,,,",
                        "seed",
                        "not a seed place"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,12,T,,,,,,,,B1:520,,,",
                        "unit",
                        "must be in a currency"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019-H1,12,USD_M,,15,by 15%,на 15%,pct,2018,,B1:520,,,",
                        "growth_base",
                        "not comparable"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,turnover,goods,,,2018,40,USD_M,,,,,,,,B1:520,,,",
                        "conflict",
                        "same reporter, partner, indicator, scope, item and period"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,turnover,na,,,2019,40,USD_M,,,,,,,,B1:520,,,",
                        "scope",
                        "needs a trade scope"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,-5,USD_M,,,,,,,,B1:520,,,",
                        "value",
                        "only a balance"),
                Arguments.of("figures.csv", "\"F0100,BY,AF,exports", "-", "unterminated quoted field"),
                Arguments.of(
                        "targets.csv",
                        "T100,BY,AF,exports,goods,,,10,USD_M,1.2,2020,2021,2021,,,B1:1,x,цель,",
                        "value",
                        "either a value or a baseline_multiple"),
                Arguments.of(
                        "targets.csv",
                        "T100,BY,AF,exports,goods,,,10,USD_M,,,2019,2021-03,,,B1:1,x,цель,",
                        "deadline",
                        "ends before the target was set"),
                Arguments.of(
                        "targets.csv",
                        "T100,BY,AF,exports,goods,,,10,USD_M,,,2022,2021,,,B1:1,,,",
                        "text",
                        "is required but empty"),
                Arguments.of(
                        "events.csv",
                        "E0100,2019-02-30,forum,BY;AF,,,A forum,Форум,,B1:1,,",
                        "date",
                        "not a calendar date"),
                Arguments.of(
                        "events.csv",
                        "E0100,2019-02,forum,BY;ZZ,,,A forum,Форум,,B1:1,,",
                        "parties",
                        "unknown entity code"),
                Arguments.of(
                        "events.csv", "E0100,2019-02,party,BY;AF,,,A forum,Форум,,B1:1,,", "type", "not an event type"),
                Arguments.of("entities.csv", "UZ,Uzbekistan,Uzbekistan,country,,Y", "name_ru", "no Cyrillic"),
                Arguments.of("entities.csv", "UZ-TK,Tashkent,Ташкент,city,UZ,Y", "parent", "listed on an earlier line"),
                Arguments.of("entities.csv", "UZ,Uzbekistan,Узбекистан,nation,,Y", "kind", "not an entity kind"),
                Arguments.of(
                        "exchange_rates.csv", "RUB,2015,-60.96,Bank of Russia,Банк России,,", "per_usd", "positive"),
                Arguments.of("sources.csv", "B1-FN9,B1,10,Title,Заголовок,,,2019,,B1:1", "id", "must be B1-FN10"),
                Arguments.of(
                        "sources.csv",
                        "B1-FN10,B1,10,Title,Заголовок,,,2019,www.example.com,B1:1",
                        "url",
                        "not an http(s) address"));
    }

    /**
     * The Russian columns: each rejects a text of Latin letters only (English left untranslated) and
     * an empty text where the English is given, naming the Russian column.
     */
    static Stream<Arguments> russianTexts() {
        return Stream.of(
                Arguments.of(
                        "events.csv",
                        "E0100,2019-02,forum,BY;AF,,,A forum,Форум,,B1:1,undated in the book,undated in the book",
                        "note_ru",
                        "has no Cyrillic letter"),
                Arguments.of(
                        "events.csv",
                        "E0100,2019-02,forum,BY;AF,,,A forum,Форум,,B1:1,undated in the book,",
                        "note_ru",
                        "is empty but note is given"),
                Arguments.of(
                        "events.csv",
                        "E0100,2019-02,forum,BY;AF,,,A forum,Форум,,B1:1,,без даты в книге",
                        "note_ru",
                        "is given but note is empty"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,butter,butter,2019,12,USD_M,,,,,,,,B1:520,,,",
                        "item_ru",
                        "has no Cyrillic letter"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,butter,,2019,12,USD_M,,,,,,,,B1:520,,,",
                        "item_ru",
                        "is empty but item is given"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,масло,2019,12,USD_M,,,,,,,,B1:520,,,",
                        "item_ru",
                        "is given but item is empty"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,12,USD_M,,15,by 15%,by 15%,pct,2018,,B1:520,,,",
                        "growth_text_ru",
                        "has no Cyrillic letter"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,12,USD_M,,15,by 15%,,pct,2018,,B1:520,,,",
                        "growth_text_ru",
                        "is empty but growth_text is given"),
                Arguments.of(
                        "exchange_rates.csv",
                        "RUB,2015,60.96,Bank of Russia,Bank of Russia,,",
                        "source_ru",
                        "has no Cyrillic letter"),
                Arguments.of(
                        "exchange_rates.csv",
                        "RUB,2015,60.96,Bank of Russia,,,",
                        "source_ru",
                        "is empty but source is given"),
                Arguments.of(
                        "exchange_rates.csv",
                        "RUB,2015,60.96,Bank of Russia,Банк России,RUB per USD,RUB per USD",
                        "note_ru",
                        "has no Cyrillic letter"),
                Arguments.of(
                        "exchange_rates.csv",
                        "RUB,2015,60.96,Bank of Russia,Банк России,RUB per USD,",
                        "note_ru",
                        "is empty but note is given"),
                Arguments.of(
                        "exchange_rates.csv",
                        "RUB,2015,60.96,Bank of Russia,Банк России,,рублей за доллар США",
                        "note_ru",
                        "is given but note is empty"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,12,USD_M,,,,,,,,B1:520,,as printed,as printed",
                        "note_ru",
                        "has no Cyrillic letter"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,12,USD_M,,,,,,,,B1:520,,as printed,",
                        "note_ru",
                        "is empty but note is given"),
                Arguments.of(
                        "figures.csv",
                        "F0100,BY,AF,exports,goods,,,2019,12,USD_M,,,,,,,,B1:520,,,как напечатано",
                        "note_ru",
                        "is given but note is empty"),
                Arguments.of(
                        "events.csv",
                        "E0100,2019-02,forum,BY;AF,,,A forum,A forum,,B1:1,,",
                        "title_ru",
                        "has no Cyrillic letter"),
                Arguments.of(
                        "events.csv",
                        "E0100,2019-02,forum,BY;AF,,,A forum,,,B1:1,,",
                        "title_ru",
                        "is empty but title is given"),
                Arguments.of(
                        "events.csv",
                        "E0100,2019-02,forum,BY;AF,\"Minsk, Belarus\",\"Minsk, Belarus\",A forum,Форум,,B1:1,,",
                        "place_ru",
                        "has no Cyrillic letter"),
                Arguments.of(
                        "events.csv",
                        "E0100,2019-02,forum,BY;AF,\"Minsk, Belarus\",,A forum,Форум,,B1:1,,",
                        "place_ru",
                        "is empty but place is given"),
                Arguments.of(
                        "events.csv",
                        "E0100,2019-02,forum,BY;AF,,Минск,A forum,Форум,,B1:1,,",
                        "place_ru",
                        "is given but place is empty"),
                Arguments.of(
                        "targets.csv",
                        "T100,BY,AF,exports,goods,,,10,USD_M,,,2022,2021,,,B1:1,reach $10 million,reach $10 million,",
                        "text_ru",
                        "has no Cyrillic letter"),
                Arguments.of(
                        "targets.csv",
                        "T100,BY,AF,exports,goods,,,10,USD_M,,,2022,2021,,,B1:1,reach $10 million,,",
                        "text_ru",
                        "is empty but text is given"),
                Arguments.of(
                        "targets.csv",
                        "T100,BY,AF,enterprises,na,pharmaceutical enterprises,pharmaceutical enterprises,2,COMPANIES,,,2022,2021,,,B1:1,"
                                + "two pharmaceutical enterprises,два фармацевтических предприятия,",
                        "item_ru",
                        "has no Cyrillic letter"),
                Arguments.of(
                        "targets.csv",
                        "T100,BY,AF,enterprises,na,pharmaceutical enterprises,,2,COMPANIES,,,2022,2021,,,B1:1,"
                                + "two pharmaceutical enterprises,два фармацевтических предприятия,",
                        "item_ru",
                        "is empty but item is given"),
                Arguments.of(
                        "targets.csv",
                        "T100,BY,AF,enterprises,na,,фармацевтические предприятия,2,COMPANIES,,,2022,2021,,,B1:1,"
                                + "two enterprises,два предприятия,",
                        "item_ru",
                        "is given but item is empty"),
                Arguments.of(
                        "sources.csv",
                        "B1-FN10,B1,10,Trade news,Trade news,,,2019,,B1:1",
                        "title_ru",
                        "has no Cyrillic letter"),
                Arguments.of(
                        "sources.csv",
                        "B1-FN10,B1,10,Trade news,,,,2019,,B1:1",
                        "title_ru",
                        "is empty but title is given"),
                Arguments.of(
                        "sources.csv",
                        "B1-FN10,B1,10,,Торговые новости,,,2019,,B1:1",
                        "title_ru",
                        "is given but title is empty"),
                Arguments.of(
                        "sources.csv",
                        "B1-FN10,B1,10,Trade news,Торговые новости,BelTA,BelTA,2019,,B1:1",
                        "publisher_ru",
                        "has no Cyrillic letter"),
                Arguments.of(
                        "sources.csv",
                        "B1-FN10,B1,10,Trade news,Торговые новости,BelTA,,2019,,B1:1",
                        "publisher_ru",
                        "is empty but publisher is given"));
    }

    @ParameterizedTest(name = "{0}: {2} ({3})")
    @MethodSource({"malformedRows", "russianTexts"})
    void rejectsOneBadRowNamingFileLineAndFieldAndLoadsTheRest(String file, String badRow, String field, String reason)
            throws Exception {
        Path input = TestInputs.copyFixture(dir);
        int line = TestInputs.appendLine(input.resolve(file), badRow);

        JobExecution execution = ingest.run(input);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<org.coopbrief.dataset.Reject> rejects =
                summary.rejects(execution.getJobInstance().getInstanceId());
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(file);
            assertThat(r.line()).isEqualTo(line);
            assertThat(r.field()).isEqualTo(field);
            assertThat(r.reason()).contains(reason);
            assertThat(r.describe(input)).startsWith(input.resolve(file) + ":" + line + ": field '" + field + "'");
            // the reason as a problem the Russian workbook words in Russian
            assertThat(r.problem()).as("problem of " + r.reason()).isNotNull();
            org.coopbrief.localisation.Texts ru =
                    org.coopbrief.localisation.Texts.of(org.coopbrief.localisation.Language.RU);
            assertThat(ru.has("reject." + r.problem().key()))
                    .as(r.problem().key())
                    .isTrue();
            assertThat(ru.text("reject." + r.problem().key(), r.problem().args().toArray()))
                    .containsPattern("\\p{IsCyrillic}");
        });
        // no valid row is lost: every row of the fixture is loaded
        assertThat(liveCounts())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("entity", 6, "source", 2, "exchange_rate", 2, "figure", 6, "target", 2, "event", 3));
        assertThat(summary.counts(execution.getJobInstance().getInstanceId()))
                .filteredOn(c -> c.file().equals(file))
                .singleElement()
                .satisfies(c -> assertThat(c.read()).isEqualTo(c.loaded() + 1));
    }

    @Test
    void aBrokenFileFailsTheJobAndKeepsThePreviousDataset() throws Exception {
        ingest.run(TestInputs.copyFixture(dir));
        Map<String, Integer> before = liveCounts();
        Path broken = TestInputs.copyFixture(dir.resolve("broken"));
        Files.writeString(broken.resolve("figures.csv"), "id,reporter,partner\nF1,BY,AF\n");
        Files.writeString(broken.resolve("events.csv"), "");

        JobExecution execution = ingest.run(broken);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getAllFailureExceptions())
                .singleElement()
                .isInstanceOf(InputFileException.class)
                .satisfies(
                        e -> assertThat(e.getMessage().lines().toList())
                                .containsExactly(
                                        broken.resolve("figures.csv")
                                                + ":1: header does not match: expected \"id,reporter,partner,indicator,scope,item,item_ru,period,value,unit,qualifier,growth_pct,growth_text,growth_text_ru,growth_kind,growth_base,source,seed,conflict,note,note_ru\", found \"id,reporter,partner\"",
                                        broken.resolve("events.csv")
                                                + ": file is empty (expected the header row id,date,type,parties,place,place_ru,title,title_ru,source,seed,note,note_ru)"));
        assertThat(liveCounts()).isEqualTo(before);
    }
}
