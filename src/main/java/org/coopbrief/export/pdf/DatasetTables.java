package org.coopbrief.export.pdf;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.coopbrief.dataset.Deadline;
import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.EventType;
import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.GrowthKind;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.SeedPlace;
import org.coopbrief.dataset.Source;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.dataset.Target;
import org.coopbrief.dataset.Unit;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the published dataset tables back into the domain values, in file order. */
class DatasetTables {

    private final JdbcTemplate jdbc;

    DatasetTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Dataset load() {
        return new Dataset(entities(), figures(), targets(), events(), sources());
    }

    List<Entity> entities() {
        return jdbc.query("select code, name_en, name_ru, kind, parent, iso from entity order by line_no",
                (rs, i) -> new Entity(rs.getString(1), rs.getString(2), rs.getString(3), EntityKind.parse(rs.getString(4)),
                        rs.getString(5), rs.getBoolean(6)));
    }

    /** Only whole figures: a part of a whole (item set) never enters a series or a ranking. */
    List<Figure> figures() {
        return jdbc.query("select id, reporter, partner, indicator, scope, item, period, amount, unit, qualifier,"
                + " growth_pct, growth_text, growth_kind, growth_base, source_id, seed, conflict, note"
                + " from figure where item is null order by line_no", (rs, i) -> figure(rs));
    }

    private static Figure figure(ResultSet rs) throws SQLException {
        BigDecimal growthPct = rs.getBigDecimal("growth_pct");
        StatedGrowth growth = growthPct == null ? null : new StatedGrowth(growthPct, rs.getString("growth_text"),
                GrowthKind.parse(rs.getString("growth_kind")), Period.parse(rs.getString("growth_base")));
        String unit = rs.getString("unit");
        return new Figure(rs.getString("id"), rs.getString("reporter"), rs.getString("partner"),
                Indicator.parse(rs.getString("indicator")), Scope.parse(rs.getString("scope")), rs.getString("item"),
                Period.parse(rs.getString("period")), rs.getBigDecimal("amount"), unit == null ? null : Unit.parse(unit),
                Qualifier.parse(rs.getString("qualifier")), growth, rs.getString("source_id"),
                SeedPlace.parseList(rs.getString("seed")), rs.getString("conflict"), rs.getString("note"));
    }

    List<Target> targets() {
        return jdbc.query("select id, reporter, partner, indicator, scope, amount, unit, baseline_multiple, baseline_period,"
                + " deadline, set_on, qualifier, source_id, seed, quote, note from target order by line_no", (rs, i) -> {
                    String unit = rs.getString("unit");
                    String baseline = rs.getString("baseline_period");
                    String deadline = rs.getString("deadline");
                    String setOn = rs.getString("set_on");
                    return new Target(rs.getString("id"), rs.getString("reporter"), rs.getString("partner"),
                            Indicator.parse(rs.getString("indicator")), Scope.parse(rs.getString("scope")),
                            rs.getBigDecimal("amount"), unit == null ? null : Unit.parse(unit),
                            rs.getBigDecimal("baseline_multiple"), baseline == null ? null : Period.parse(baseline),
                            deadline == null ? null : Deadline.parse(deadline), setOn == null ? null : PartialDate.parse(setOn),
                            Qualifier.parse(rs.getString("qualifier")), rs.getString("source_id"),
                            SeedPlace.parseList(rs.getString("seed")), rs.getString("quote"), rs.getString("note"));
                });
    }

    List<Event> events() {
        return jdbc.query("select id, event_date, event_type, parties, place, title, source_id, seed, note from event"
                + " order by first_day, line_no", (rs, i) -> new Event(rs.getString(1), PartialDate.parse(rs.getString(2)),
                        EventType.parse(rs.getString(3)), Arrays.asList(rs.getString(4).split(";")), rs.getString(5),
                        rs.getString(6), rs.getString(7), SeedPlace.parseList(rs.getString(8)), rs.getString(9)));
    }

    List<Source> sources() {
        return jdbc.query("select id, book, footnote, title, publisher, pub_year, url, seed from source order by line_no",
                (rs, i) -> {
                    int year = rs.getInt(6);
                    return new Source(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.wasNull() ? null : year, rs.getString(7), SeedPlace.parseList(rs.getString(8)));
                });
    }

    /** Rows of this run's input that the load rejected. */
    int rejects(long instanceId) {
        Integer n = jdbc.queryForObject("select count(*) from ingest_reject where job_instance_id = ?", Integer.class,
                instanceId);
        return n == null ? 0 : n;
    }
}
