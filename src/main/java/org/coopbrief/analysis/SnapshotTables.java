package org.coopbrief.analysis;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.coopbrief.dataset.EventType;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The run_snapshot tables (V6__run_snapshot.sql): what each run saw, stored under its run id, and
 * the run it is compared with. Callers provide the transaction.
 */
@Component
class SnapshotTables {

    private static final List<String> CHILDREN =
            List.of("run_snapshot_figure", "run_snapshot_target", "run_snapshot_event", "run_snapshot_finding");

    private final JdbcTemplate jdbc;

    SnapshotTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces what is stored for the snapshot's run (a restarted analysis stores it again). */
    void replace(String series, RunSnapshot s, Long previousRun) {
        replace(series, s, previousRun, sink -> {});
    }

    /**
     * Replaces what is stored for the snapshot's run, with the events of {@code moreEvents} beside the
     * snapshot's own, written as they come in batches: a large run's events are never held whole.
     */
    void replace(String series, RunSnapshot s, Long previousRun, Consumer<Consumer<RunSnapshot.SeenEvent>> moreEvents) {
        for (String table : CHILDREN) {
            jdbc.update("delete from " + table + " where run_id = ?", s.run());
        }
        jdbc.update("delete from run_snapshot where run_id = ?", s.run());
        jdbc.update(
                "insert into run_snapshot (run_id, series, reporter, as_of, focus_period, issued, previous_run_id,"
                        + " computed_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                s.run(),
                series,
                s.reporter(),
                Date.valueOf(s.asOf()),
                s.focus().code(),
                Date.valueOf(s.issued()),
                previousRun,
                Timestamp.from(Instant.now()));
        try (BatchInsert insert = new BatchInsert(
                jdbc,
                "insert into run_snapshot_figure (run_id, row_no, figure_id, reporter, partner, indicator, scope, item,"
                        + " period, amount, unit, qualifier) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (RunSnapshot.SeenFigure f : s.figures()) {
                insert.add(new Object[] {
                    s.run(),
                    ++n,
                    f.id(),
                    f.reporter(),
                    f.partner(),
                    f.indicator().code(),
                    f.scope().code(),
                    f.item(),
                    f.period().code(),
                    f.amount(),
                    f.unit() == null ? null : f.unit().name(),
                    f.qualifier().name()
                });
            }
        }
        try (BatchInsert insert = new BatchInsert(
                jdbc,
                "insert into run_snapshot_target (run_id, target_id, reporter, partner, indicator, scope, item, text_en,"
                        + " text_ru, amount, unit, baseline_multiple, baseline_period, deadline, qualifier, status)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RunSnapshot.SeenTarget t : s.targets()) {
                insert.add(new Object[] {
                    s.run(),
                    t.id(),
                    t.reporter(),
                    t.partner(),
                    t.indicator().code(),
                    t.scope().code(),
                    t.item(),
                    t.text(),
                    t.textRu(),
                    t.amount(),
                    t.unit() == null ? null : t.unit().name(),
                    t.baselineMultiple(),
                    t.baselinePeriod() == null ? null : t.baselinePeriod().code(),
                    t.deadline(),
                    t.qualifier().name(),
                    t.status().code()
                });
            }
        }
        try (BatchInsert insert = new BatchInsert(
                jdbc,
                "insert into run_snapshot_event (run_id, event_id, event_date, event_type, parties, title, title_ru)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")) {
            Consumer<RunSnapshot.SeenEvent> row = e -> insert.add(new Object[] {
                s.run(), e.id(), e.date().code(), e.type().code(), String.join(";", e.parties()), e.title(), e.titleRu()
            });
            s.events().forEach(row);
            moreEvents.accept(row);
        }
        try (BatchInsert insert = new BatchInsert(
                jdbc,
                "insert into run_snapshot_finding (run_id, finding_id, kind, reporter, partner, indicator, scope, item,"
                        + " period) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RunSnapshot.SeenFinding f : s.findings()) {
                insert.add(new Object[] {
                    s.run(),
                    f.id(),
                    f.kind().code(),
                    f.reporter(),
                    f.partner(),
                    f.indicator().code(),
                    f.scope().code(),
                    f.item(),
                    f.period().code()
                });
            }
        }
    }

    /**
     * The runs of a series that could come before a run, most recent first: those with an earlier
     * as-of date, and those of the same as-of date and focus period started before it (a
     * {@code --rerun} after the input changed). Whether each completed is the caller's question.
     */
    List<Long> candidatesBefore(String series, LocalDate asOf, Period focus, long run) {
        return jdbc.query(
                "select run_id from run_snapshot where series = ? and run_id <> ?"
                        + " and (as_of < ? or (as_of = ? and focus_period = ? and run_id < ?))"
                        + " order by as_of desc, run_id desc",
                (rs, i) -> rs.getLong(1),
                series,
                run,
                Date.valueOf(asOf),
                Date.valueOf(asOf),
                focus.code(),
                run);
    }

    /** The run a stored run is compared with; empty for the first of its series (or an unknown run). */
    Optional<Long> previousOf(long run) {
        return jdbc
                .query(
                        "select previous_run_id from run_snapshot where run_id = ?",
                        (rs, i) -> {
                            long v = rs.getLong(1);
                            return rs.wasNull() ? null : v;
                        },
                        run)
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** What a run saw, if its analysis stored it. */
    Optional<RunSnapshot> load(long run) {
        List<Object[]> header = jdbc.query(
                "select as_of, focus_period, issued, reporter from run_snapshot where run_id = ?",
                (rs, i) -> new Object[] {
                    rs.getDate(1).toLocalDate(),
                    Period.parse(rs.getString(2)),
                    rs.getDate(3).toLocalDate(),
                    rs.getString(4)
                },
                run);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        List<RunSnapshot.SeenFigure> figures = jdbc.query(
                "select * from run_snapshot_figure where run_id = ? order by row_no",
                (rs, i) -> new RunSnapshot.SeenFigure(
                        rs.getString("figure_id"),
                        rs.getString("reporter"),
                        rs.getString("partner"),
                        Indicator.parse(rs.getString("indicator")),
                        Scope.parse(rs.getString("scope")),
                        rs.getString("item"),
                        Period.parse(rs.getString("period")),
                        rs.getBigDecimal("amount"),
                        unit(rs.getString("unit")),
                        Qualifier.valueOf(rs.getString("qualifier"))),
                run);
        List<RunSnapshot.SeenTarget> targets = jdbc.query(
                "select * from run_snapshot_target where run_id = ? order by target_id",
                (rs, i) -> new RunSnapshot.SeenTarget(
                        rs.getString("target_id"),
                        rs.getString("reporter"),
                        rs.getString("partner"),
                        Indicator.parse(rs.getString("indicator")),
                        Scope.parse(rs.getString("scope")),
                        rs.getString("item"),
                        rs.getString("text_en"),
                        rs.getString("text_ru"),
                        rs.getBigDecimal("amount"),
                        unit(rs.getString("unit")),
                        rs.getBigDecimal("baseline_multiple"),
                        period(rs.getString("baseline_period")),
                        rs.getString("deadline"),
                        Qualifier.valueOf(rs.getString("qualifier")),
                        TargetStatus.parse(rs.getString("status"))),
                run);
        List<RunSnapshot.SeenEvent> events = jdbc.query(
                "select * from run_snapshot_event where run_id = ? order by event_date, event_id",
                (rs, i) -> event(rs),
                run);
        List<RunSnapshot.SeenFinding> findings = jdbc.query(
                "select * from run_snapshot_finding where run_id = ? order by finding_id",
                (rs, i) -> new RunSnapshot.SeenFinding(
                        rs.getString("finding_id"),
                        FindingKind.parse(rs.getString("kind")),
                        rs.getString("reporter"),
                        rs.getString("partner"),
                        Indicator.parse(rs.getString("indicator")),
                        Scope.parse(rs.getString("scope")),
                        rs.getString("item"),
                        Period.parse(rs.getString("period"))),
                run);
        Object[] h = header.get(0);
        return Optional.of(new RunSnapshot(
                run,
                (String) h[3],
                (LocalDate) h[0],
                (Period) h[1],
                (LocalDate) h[2],
                figures,
                targets,
                events,
                findings));
    }

    private static RunSnapshot.SeenEvent event(ResultSet rs) throws SQLException {
        return new RunSnapshot.SeenEvent(
                rs.getString("event_id"),
                PartialDate.parse(rs.getString("event_date")),
                EventType.parse(rs.getString("event_type")),
                Arrays.asList(rs.getString("parties").split(";")),
                rs.getString("title"),
                rs.getString("title_ru"));
    }

    private static Unit unit(String code) {
        return code == null ? null : Unit.parse(code);
    }

    private static Period period(String code) {
        return code == null ? null : Period.parse(code);
    }
}
