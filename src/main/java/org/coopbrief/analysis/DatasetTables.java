package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.coopbrief.dataset.Deadline;
import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.ExchangeRate;
import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.GrowthKind;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.SeedPlace;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.dataset.Target;
import org.coopbrief.dataset.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the published dataset tables (written by the ingest) back into domain values, in file order. */
@Component
class DatasetTables {

    private final JdbcTemplate jdbc;

    DatasetTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    AnalysisInput load() {
        return new AnalysisInput(entities(), rates(), figures(), targets());
    }

    List<Entity> entities() {
        return jdbc.query("select code, name_en, name_ru, kind, parent, iso from entity order by line_no",
                (rs, i) -> new Entity(rs.getString("code"), rs.getString("name_en"), rs.getString("name_ru"),
                        EntityKind.parse(rs.getString("kind")), rs.getString("parent"), rs.getBoolean("iso")));
    }

    private List<ExchangeRate> rates() {
        return jdbc.query("select currency, rate_year, per_usd, source_text, note from exchange_rate order by line_no",
                (rs, i) -> new ExchangeRate(rs.getString("currency"), rs.getInt("rate_year"), rs.getBigDecimal("per_usd"),
                        rs.getString("source_text"), rs.getString("note")));
    }

    private List<Figure> figures() {
        return jdbc.query("select * from figure order by line_no", (rs, i) -> new Figure(rs.getString("id"),
                rs.getString("reporter"), rs.getString("partner"), Indicator.parse(rs.getString("indicator")),
                Scope.parse(rs.getString("scope")), rs.getString("item"), Period.parse(rs.getString("period")), printed(rs, "amount"),
                unit(rs.getString("unit")), Qualifier.parse(rs.getString("qualifier")), growth(rs), rs.getString("source_id"),
                SeedPlace.parseList(rs.getString("seed")), rs.getString("conflict"), rs.getString("note")));
    }

    private List<Target> targets() {
        return jdbc.query("select * from target order by line_no", (rs, i) -> new Target(rs.getString("id"),
                rs.getString("reporter"), rs.getString("partner"), Indicator.parse(rs.getString("indicator")),
                Scope.parse(rs.getString("scope")), printed(rs, "amount"), unit(rs.getString("unit")),
                printed(rs, "baseline_multiple"), period(rs.getString("baseline_period")),
                rs.getString("deadline") == null ? null : Deadline.parse(rs.getString("deadline")),
                rs.getString("set_on") == null ? null : PartialDate.parse(rs.getString("set_on")),
                Qualifier.parse(rs.getString("qualifier")), rs.getString("source_id"),
                SeedPlace.parseList(rs.getString("seed")), rs.getString("quote"), rs.getString("note")));
    }

    private static StatedGrowth growth(ResultSet rs) throws SQLException {
        BigDecimal pct = printed(rs, "growth_pct");
        return pct == null ? null : new StatedGrowth(pct, rs.getString("growth_text"),
                GrowthKind.parse(rs.getString("growth_kind")), Period.parse(rs.getString("growth_base")));
    }

    /** A decimal column without the zeros the column's scale added ("38.700000" is 38.7 as printed). */
    private static BigDecimal printed(ResultSet rs, String column) throws SQLException {
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
