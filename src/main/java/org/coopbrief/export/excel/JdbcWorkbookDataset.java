package org.coopbrief.export.excel;

import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/** The dataset tables of the last load, read row by row (the big ones are never collected into lists). */
class JdbcWorkbookDataset implements WorkbookDataset {

    private final JdbcTemplate jdbc;

    JdbcWorkbookDataset(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
    }

    @Override
    public void figures(Consumer<FigureLine> sink) {
        jdbc.query("select f.id, f.reporter, r.name_en, f.partner, p.name_en, f.indicator, f.scope, f.item, f.period,"
                + " f.amount, f.unit, f.qualifier, f.growth_pct, f.growth_text, f.growth_kind, f.growth_base,"
                + " f.source_id, f.seed, f.conflict, f.note"
                + " from figure f left join entity r on r.code = f.reporter left join entity p on p.code = f.partner"
                + " order by f.line_no", rs -> {
                    sink.accept(new FigureLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getBigDecimal(10), rs.getString(11), rs.getString(12), rs.getBigDecimal(13),
                            rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
                            rs.getString(19), rs.getString(20)));
                });
    }

    @Override
    public void events(Consumer<EventLine> sink) {
        jdbc.query("select id, first_day, event_date, date_precision, event_type, parties, place, title, source_id,"
                + " seed, note from event order by first_day, date_precision, id", rs -> {
                    Date day = rs.getDate(2);
                    sink.accept(new EventLine(rs.getString(1), day == null ? null : day.toLocalDate(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11)));
                });
    }

    @Override
    public void sources(Consumer<SourceLine> sink) {
        jdbc.query("select id, book, footnote, title, publisher, pub_year, url, seed from source order by line_no", rs -> {
            int year = rs.getInt(6);
            sink.accept(new SourceLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                    rs.wasNull() ? null : year, rs.getString(7), rs.getString(8)));
        });
    }

    @Override
    public List<RejectLine> rejects(long runId) {
        return jdbc.query("select file_name, line_no, field, bad_value, reason, raw_text from ingest_reject"
                + " where job_instance_id = ? order by file_name, line_no", (rs, i) -> new RejectLine(rs.getString(1),
                        rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), runId);
    }

    @Override
    public Map<String, String> entityNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query("select code, name_en from entity order by line_no", rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    @Override
    public Counts counts() {
        return new Counts(count("entity"), count("source"), count("figure"), count("target"), count("event"),
                count("exchange_rate"));
    }

    @Override
    public String inputDir() {
        List<String> dirs = jdbc.queryForList(
                "select input_dir from dataset_load order by published_at desc, job_execution_id desc", String.class);
        return dirs.isEmpty() ? null : dirs.get(0);
    }

    private int count(String table) {
        Integer n = jdbc.queryForObject("select count(*) from " + table, Integer.class);
        return n == null ? 0 : n;
    }
}
