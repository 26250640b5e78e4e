package org.coopbrief.dataset;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one reader of the published dataset tables (written by the ingest), for the analysis, the
 * workbook and the briefings. Rows come back as domain values in file order unless said
 * otherwise; a decimal comes back as printed ({@link #printed}). The large tables can be streamed
 * row by row, so a large dataset is never held in memory by a caller that does not need it.
 */
@Component
public class DatasetReader {

    private static final String FIGURE_COLUMNS = "id, reporter, partner, indicator, scope, item, period, amount, unit,"
            + " qualifier, growth_pct, growth_text, growth_kind, growth_base, source_id, seed, conflict, note, note_ru,"
            + " item_ru, growth_text_ru";
    private static final String EVENT_COLUMNS =
            "id, event_date, event_type, parties, place, place_ru, title, title_ru, source_id, seed, note, note_ru";

    private final JdbcTemplate jdbc;

    DatasetReader(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(500);
    }

    public List<Entity> entities() {
        return jdbc.query(
                "select code, name_en, name_ru, kind, parent, iso from entity order by line_no, code",
                (rs, i) -> new Entity(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        EntityKind.parse(rs.getString(4)),
                        rs.getString(5),
                        rs.getBoolean(6)));
    }

    public List<ExchangeRate> rates() {
        return jdbc.query(
                "select currency, rate_year, per_usd, source_text, note, source_ru, note_ru from exchange_rate"
                        + " order by line_no, currency, rate_year",
                (rs, i) -> new ExchangeRate(
                        rs.getString(1),
                        rs.getInt(2),
                        printed(rs, 3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)));
    }

    /** Every figure, parts of a whole included ({@link Figure#isPart()}). */
    public List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        figures(all::add);
        return all;
    }

    /** Every figure, one at a time, in file order. */
    public void figures(Consumer<Figure> sink) {
        jdbc.query("select " + FIGURE_COLUMNS + " from figure order by line_no, id", rs -> {
            sink.accept(figure(rs, true, null));
        });
    }

    /**
     * Each item of the figures and targets (figures.csv and targets.csv {@code item}) with its
     * Russian text ({@code item_ru}), for the items that have one: the reports that show an analysis
     * row's item word it with this. An item both files name keeps the figures' first Russian text.
     */
    public Map<String, String> russianItems() {
        Map<String, String> items = new TreeMap<>();
        for (String table : List.of("figure", "target")) {
            jdbc.query(
                    "select item, item_ru from " + table
                            + " where item is not null and item_ru is not null order by line_no",
                    rs -> {
                        items.putIfAbsent(rs.getString(1), rs.getString(2));
                    });
        }
        return items;
    }

    /**
     * Every figure as the computations use it, in file order: the curator's notes (English and
     * Russian) left out (null), and the codes rows repeat (reporter, partner, item, source, conflict,
     * the stated growth's wording) shared by equal rows. Nothing computed reads a note, and at scale
     * the notes are most of a figure's memory: a quarter of a million figures then fit in a small heap.
     */
    public List<Figure> figuresWithoutNotes() {
        List<Figure> all = new ArrayList<>();
        figuresWithoutNotes(all::add);
        return all;
    }

    /** The figures without notes, in file order, one at a time: for a reader that keeps only some of them. */
    public void figuresWithoutNotes(Consumer<Figure> sink) {
        Map<String, String> shared = new HashMap<>();
        jdbc.query("select " + FIGURE_COLUMNS + " from figure order by line_no, id", rs -> {
            sink.accept(figure(rs, false, shared));
        });
    }

    public List<Target> targets() {
        return jdbc.query(
                "select id, reporter, partner, indicator, scope, amount, unit, baseline_multiple, baseline_period,"
                        + " deadline, set_on, qualifier, source_id, seed, quote, quote_ru, note, item, item_ru"
                        + " from target order by line_no, id",
                (rs, i) -> {
                    String deadline = rs.getString(10);
                    String setOn = rs.getString(11);
                    return new Target(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            Indicator.parse(rs.getString(4)),
                            Scope.parse(rs.getString(5)),
                            rs.getString(18),
                            rs.getString(19),
                            printed(rs, 6),
                            unit(rs.getString(7)),
                            printed(rs, 8),
                            period(rs.getString(9)),
                            deadline == null ? null : Deadline.parse(deadline),
                            setOn == null ? null : PartialDate.parse(setOn),
                            Qualifier.parse(rs.getString(12)),
                            rs.getString(13),
                            SeedPlace.parseList(rs.getString(14)),
                            rs.getString(15),
                            rs.getString(16),
                            rs.getString(17));
                });
    }

    /** Every event, by its first possible day, then in file order (as the briefings list them). */
    public List<Event> events() {
        List<Event> all = new ArrayList<>();
        events(all::add);
        return all;
    }

    /** Every event, one at a time, in the order of {@link #events()}. */
    public void events(Consumer<Event> sink) {
        jdbc.query("select " + EVENT_COLUMNS + " from event order by first_day, line_no, id", rs -> {
            sink.accept(event(rs));
        });
    }

    /**
     * Every event, one at a time, by its first possible day, then precision (day, month, year), then
     * in file order. Never by a text column: the order of text depends on the database's collation
     * (a PostgreSQL created with en_US puts {@code E-2} after {@code E1}, H2 and Java before), and the
     * same run must write the same files on any database. Precision words are lower-case ASCII,
     * ordered alike by every collation.
     */
    public void eventsByDate(Consumer<Event> sink) {
        jdbc.query("select " + EVENT_COLUMNS + " from event order by first_day, date_precision, line_no", rs -> {
            sink.accept(event(rs));
        });
    }

    public List<Source> sources() {
        List<Source> all = new ArrayList<>();
        sources(all::add);
        return all;
    }

    /** Every source, one at a time, in file order. */
    public void sources(Consumer<Source> sink) {
        jdbc.query(
                "select id, book, footnote, title, title_ru, publisher, publisher_ru, pub_year, url, seed from source order by line_no, id",
                rs -> {
                    int year = rs.getInt(8);
                    Integer pubYear =
                            rs.wasNull() ? null : year; // asked at once: wasNull is about the last column read
                    sink.accept(new Source(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            pubYear,
                            rs.getString(9),
                            SeedPlace.parseList(rs.getString(10))));
                });
    }

    /** Rows per table of the published dataset. */
    public Counts counts() {
        return new Counts(
                count("entity"),
                count("source"),
                count("figure"),
                count("target"),
                count("event"),
                count("exchange_rate"));
    }

    public record Counts(int entities, int sources, int figures, int targets, int events, int exchangeRates) {}

    private int count(String table) {
        Integer n = jdbc.queryForObject("select count(*) from " + table, Integer.class);
        return n == null ? 0 : n;
    }

    /**
     * A figure row; without its notes when {@code notes} is false, its repeated texts taken from
     * {@code shared} (one instance per distinct text) when that is given.
     */
    private static Figure figure(ResultSet rs, boolean notes, @Nullable Map<String, String> shared)
            throws SQLException {
        BigDecimal growthPct = printed(rs, 11);
        StatedGrowth growth = growthPct == null
                ? null
                : new StatedGrowth(
                        growthPct,
                        share(shared, rs.getString(12)),
                        GrowthKind.parse(rs.getString(13)),
                        Period.parse(rs.getString(14)));
        return new Figure(
                rs.getString(1),
                share(shared, rs.getString(2)),
                share(shared, rs.getString(3)),
                Indicator.parse(rs.getString(4)),
                Scope.parse(rs.getString(5)),
                share(shared, rs.getString(6)),
                Period.parse(rs.getString(7)),
                printed(rs, 8),
                unit(rs.getString(9)),
                Qualifier.parse(rs.getString(10)),
                growth,
                share(shared, rs.getString(15)),
                SeedPlace.parseList(rs.getString(16)),
                share(shared, rs.getString(17)),
                notes ? rs.getString(18) : null,
                notes ? rs.getString(19) : null,
                share(shared, rs.getString(20)),
                share(shared, rs.getString(21)));
    }

    private static @Nullable String share(@Nullable Map<String, String> shared, @Nullable String text) {
        return shared == null || text == null ? text : shared.computeIfAbsent(text, t -> t);
    }

    private static Event event(ResultSet rs) throws SQLException {
        return new Event(
                rs.getString(1),
                PartialDate.parse(rs.getString(2)),
                EventType.parse(rs.getString(3)),
                Arrays.asList(rs.getString(4).split(";")),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                SeedPlace.parseList(rs.getString(10)),
                rs.getString(11),
                rs.getString(12));
    }

    /** A decimal column as printed: without the zeros the column's scale added ("38.700000" is 38.7). */
    private static BigDecimal printed(ResultSet rs, int column) throws SQLException {
        BigDecimal v = rs.getBigDecimal(column);
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static Unit unit(String code) {
        return code == null ? null : Unit.parse(code);
    }

    private static Period period(String code) {
        return code == null ? null : Period.parse(code);
    }
}
