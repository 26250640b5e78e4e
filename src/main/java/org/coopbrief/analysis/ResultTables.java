package org.coopbrief.analysis;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Deadline;
import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.GrowthKind;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.dataset.Unit;
import org.coopbrief.run.ReportSelection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The analysis_* tables (V3__analysis.sql): writes a report under its parameters' key, replacing
 * what that key held, and reads it back. Callers provide the transaction.
 */
@Component
class ResultTables {

    private static final List<String> CHILDREN =
            List.of("analysis_comparison", "analysis_flow", "analysis_growth", "analysis_target", "analysis_finding");

    /** A share basis over the peers' total, as {@link ShareBasis#label} writes it. */
    private static final Pattern PEERS_TOTAL = Pattern.compile("total over (\\d+) partners covered \\((.+)\\)");

    private final JdbcTemplate jdbc;
    private final DatasetReader dataset;

    ResultTables(JdbcTemplate jdbc, DatasetReader dataset) {
        this.dataset = dataset;
        this.jdbc = jdbc;
    }

    /** Replaces the rows stored under the report's key. */
    void replace(AnalysisReport report, Long jobExecutionId) {
        String key = report.parameters().key();
        for (String table : CHILDREN) {
            jdbc.update("delete from " + table + " where run_key = ?", key);
        }
        jdbc.update("delete from analysis_run where run_key = ?", key);
        ReportSelection p = report.parameters();
        jdbc.update(
                "insert into analysis_run (run_key, as_of, focus_period, reporter, partners, job_execution_id, computed_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                key,
                Date.valueOf(p.asOf()),
                p.focus().code(),
                p.reporter(),
                String.join(",", p.partners()),
                jobExecutionId,
                Timestamp.from(Instant.now()));
        insertComparisons(key, report.comparisons());
        insertFlows(key, report.flows());
        insertGrowth(key, report.growth());
        insertTargets(key, report.targets());
        insertFindings(key, report.findings());
    }

    private void insertComparisons(String key, List<ComparisonRow> rows) {
        try (BatchInsert insert = new BatchInsert(
                jdbc,
                "insert into analysis_comparison (run_key, row_no, reporter, partner, indicator, scope, item, period, unit,"
                        + " amount, tolerance, origin, approximate, original_amount, original_unit, qualifier, basis, figure_ids,"
                        + " prev_period, prev_amount, prev_origin, prev_approximate, abs_change, pct_change, change_approximate,"
                        + " stated_pct, stated_text, stated_kind, stated_base, share_pct, share_basis, share_total, partners_covered,"
                        + " partner_rank, prev_rank, rank_change, standing_approximate, focus)"
                        + " values (" + marks(38) + ")")) {
            int n = 0;
            for (ComparisonRow r : rows) {
                Level v = r.value();
                Change c = r.change();
                StatedGrowth g = r.stated();
                Standing s = r.standing();
                insert.add(new Object[] {
                    key,
                    ++n,
                    r.reporter(),
                    r.partner(),
                    r.indicator().code(),
                    r.scope().code(),
                    r.item(),
                    r.period().code(),
                    v == null ? null : v.unit().name(),
                    v == null ? null : v.amount(),
                    v == null ? null : v.tolerance(),
                    v == null ? null : v.origin().code(),
                    v != null && v.approximate(),
                    v == null ? null : v.originalAmount(),
                    v == null ? null : v.originalUnit().name(),
                    v == null ? null : v.qualifier().name(),
                    v == null ? null : v.basis().encode(),
                    v == null ? null : String.join(";", v.figureIds()),
                    c == null ? null : c.previousPeriod().code(),
                    c == null ? null : c.previousAmount(),
                    c == null ? null : c.previousOrigin().code(),
                    c == null ? null : c.previousApproximate(),
                    c == null ? null : c.absolute(),
                    c == null ? null : c.percent(),
                    c == null ? null : c.approximate(),
                    g == null ? null : g.percent(),
                    g == null ? null : g.text(),
                    g == null ? null : g.kind().code(),
                    g == null ? null : g.base().code(),
                    s == null ? null : s.sharePct(),
                    s == null ? null : s.shareBasisLabel(),
                    s == null ? null : s.total(),
                    s == null ? null : s.partnersCovered(),
                    s == null ? null : s.rank(),
                    s == null ? null : s.previousRank(),
                    s == null ? null : s.rankChange(),
                    s == null ? null : s.approximate(),
                    r.focus()
                });
            }
        }
    }

    private void insertFlows(String key, List<FlowRow> rows) {
        try (BatchInsert insert = new BatchInsert(
                jdbc,
                "insert into analysis_flow (run_key, row_no, reporter, partner, scope, period, turnover, exports,"
                        + " imports, balance, derived_flows, approximate_flows, coverage_pct, coverage_approximate)"
                        + " values (" + marks(14) + ")")) {
            int n = 0;
            for (FlowRow r : rows) {
                insert.add(new Object[] {
                    key,
                    ++n,
                    r.reporter(),
                    r.partner(),
                    r.scope().code(),
                    r.period().code(),
                    r.turnover(),
                    r.exports(),
                    r.imports(),
                    r.balance(),
                    codes(r.derived()),
                    codes(r.approximate()),
                    r.coveragePct(),
                    r.coverageApproximate()
                });
            }
        }
    }

    private void insertGrowth(String key, List<GrowthRow> rows) {
        try (BatchInsert insert = new BatchInsert(
                jdbc,
                "insert into analysis_growth (run_key, row_no, reporter, partner, indicator, scope, item, unit,"
                        + " start_period, start_amount, start_origin, end_period, end_amount, end_origin, span_years, total_pct,"
                        + " cagr_pct, approximate, start_approximate, end_approximate) values (" + marks(20) + ")")) {
            int n = 0;
            for (GrowthRow r : rows) {
                insert.add(new Object[] {
                    key,
                    ++n,
                    r.reporter(),
                    r.partner(),
                    r.indicator().code(),
                    r.scope().code(),
                    r.item(),
                    r.unit().name(),
                    r.startPeriod().code(),
                    r.startAmount(),
                    r.startOrigin().code(),
                    r.endPeriod().code(),
                    r.endAmount(),
                    r.endOrigin().code(),
                    r.years(),
                    r.totalPct(),
                    r.cagrPct(),
                    r.approximate(),
                    r.startApproximate(),
                    r.endApproximate()
                });
            }
        }
    }

    private void insertTargets(String key, List<TargetRow> rows) {
        try (BatchInsert insert = new BatchInsert(
                jdbc,
                "insert into analysis_target (run_key, target_id, row_no, reporter, partner, indicator, scope, quote,"
                        + " qualifier, deadline, set_on, target_amount, unit, target_approximate, basis_reason, actual_period,"
                        + " actual_amount, actual_origin, actual_approximate, partial_period, partial_amount, partial_origin,"
                        + " partial_approximate, attainment_pct, gap, required_growth_pct, growth_since_set_pct, status, approximate,"
                        + " why_reason, source_id, item, comparability, actual_scope) values (" + marks(34) + ")")) {
            int n = 0;
            for (TargetRow r : rows) {
                TargetRow.Actual a = r.actual();
                TargetRow.Actual p = r.partial();
                insert.add(new Object[] {
                    key,
                    r.targetId(),
                    ++n,
                    r.reporter(),
                    r.partner(),
                    r.indicator().code(),
                    r.scope().code(),
                    r.quote(),
                    r.qualifier().name(),
                    r.deadline() == null ? null : r.deadline().code(),
                    r.setOn() == null ? null : r.setOn().code(),
                    r.targetAmount(),
                    r.unit() == null ? null : r.unit().name(),
                    r.targetApproximate(),
                    r.targetBasis().encode(),
                    a == null ? null : a.period().code(),
                    a == null ? null : a.amount(),
                    a == null ? null : a.origin().code(),
                    a == null ? null : a.approximate(),
                    p == null ? null : p.period().code(),
                    p == null ? null : p.amount(),
                    p == null ? null : p.origin().code(),
                    p == null ? null : p.approximate(),
                    r.attainmentPct(),
                    r.gap(),
                    r.requiredGrowthPct(),
                    r.growthSinceSetPct(),
                    r.status().code(),
                    r.approximate(),
                    r.explanation().encode(),
                    r.source(),
                    r.item(),
                    r.comparability().code(),
                    r.actualScope().code()
                });
            }
        }
    }

    private void insertFindings(String key, List<FindingRow> rows) {
        try (BatchInsert insert = new BatchInsert(
                jdbc,
                "insert into analysis_finding (run_key, finding_id, row_no, kind, reporter, partner, indicator, scope,"
                        + " item, period, figure_ids, first_label, first_amount, second_label, second_amount, difference, tolerance,"
                        + " tolerance_basis, unit, within_tolerance, approximate, message_reason) values (" + marks(22)
                        + ")")) {
            int n = 0;
            for (FindingRow r : rows) {
                insert.add(new Object[] {
                    key,
                    r.findingId(),
                    ++n,
                    r.kind().code(),
                    r.reporter(),
                    r.partner(),
                    r.indicator().code(),
                    r.scope().code(),
                    r.item(),
                    r.period().code(),
                    String.join(";", r.figureIds()),
                    r.firstLabel().encode(),
                    r.firstAmount(),
                    r.secondLabel().encode(),
                    r.secondAmount(),
                    r.difference(),
                    r.tolerance(),
                    r.toleranceBasis().encode(),
                    r.unit() == null ? null : r.unit().name(),
                    r.withinTolerance(),
                    r.approximate(),
                    r.message().encode()
                });
            }
        }
    }

    /** The key of the most recently computed run, if any. */
    Optional<String> latestKey() {
        return jdbc
                .query(
                        "select run_key from analysis_run order by computed_at desc, run_key fetch first 1 rows only",
                        (rs, i) -> rs.getString(1))
                .stream()
                .findFirst();
    }

    private static List<String> partners(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }

    Optional<AnalysisReport> load(String key) {
        List<ReportSelection> params = jdbc.query(
                "select as_of, focus_period, reporter, partners from analysis_run" + " where run_key = ?",
                (rs, i) -> new ReportSelection(
                        rs.getDate(1).toLocalDate(),
                        period(rs.getString(2)),
                        rs.getString(3),
                        partners(rs.getString(4))),
                key);
        if (params.isEmpty()) {
            return Optional.empty();
        }
        ValuePool pool = new ValuePool();
        List<ComparisonRow> comparisons = jdbc.query(
                "select * from analysis_comparison where run_key = ? order by row_no",
                (rs, i) -> comparison(rs, pool),
                key);
        List<FlowRow> flows = jdbc.query(
                "select * from analysis_flow where run_key = ? order by row_no",
                (rs, i) -> new FlowRow(
                        pool.text(rs.getString("reporter")),
                        pool.text(rs.getString("partner")),
                        Scope.parse(rs.getString("scope")),
                        pool.period(rs.getString("period")),
                        pool.number(rs.getBigDecimal("turnover")),
                        pool.number(rs.getBigDecimal("exports")),
                        pool.number(rs.getBigDecimal("imports")),
                        pool.number(rs.getBigDecimal("balance")),
                        indicators(rs.getString("derived_flows")),
                        indicators(rs.getString("approximate_flows")),
                        pool.number(rs.getBigDecimal("coverage_pct")),
                        rs.getBoolean("coverage_approximate")),
                key);
        List<GrowthRow> growth = jdbc.query(
                "select * from analysis_growth where run_key = ? order by row_no",
                (rs, i) -> new GrowthRow(
                        pool.text(rs.getString("reporter")),
                        pool.text(rs.getString("partner")),
                        Indicator.parse(rs.getString("indicator")),
                        Scope.parse(rs.getString("scope")),
                        pool.text(rs.getString("item")),
                        Unit.parse(rs.getString("unit")),
                        pool.period(rs.getString("start_period")),
                        pool.number(rs.getBigDecimal("start_amount")),
                        Origin.parse(rs.getString("start_origin")),
                        pool.period(rs.getString("end_period")),
                        pool.number(rs.getBigDecimal("end_amount")),
                        Origin.parse(rs.getString("end_origin")),
                        rs.getInt("span_years"),
                        pool.number(rs.getBigDecimal("total_pct")),
                        pool.number(rs.getBigDecimal("cagr_pct")),
                        end(rs, "start_approximate"),
                        end(rs, "end_approximate")),
                key);
        List<TargetRow> targets = jdbc.query(
                "select * from analysis_target where run_key = ? order by row_no", (rs, i) -> target(rs, pool), key);
        List<FindingRow> findings = jdbc.query(
                "select * from analysis_finding where run_key = ? order by row_no",
                (rs, i) -> new FindingRow(
                        pool.text(rs.getString("finding_id")),
                        FindingKind.parse(rs.getString("kind")),
                        pool.text(rs.getString("reporter")),
                        pool.text(rs.getString("partner")),
                        Indicator.parse(rs.getString("indicator")),
                        Scope.parse(rs.getString("scope")),
                        pool.text(rs.getString("item")),
                        pool.period(rs.getString("period")),
                        pool.ids(rs.getString("figure_ids")),
                        pool.reason(rs.getString("first_label")),
                        pool.number(rs.getBigDecimal("first_amount")),
                        pool.reason(rs.getString("second_label")),
                        pool.number(rs.getBigDecimal("second_amount")),
                        pool.number(rs.getBigDecimal("difference")),
                        pool.number(rs.getBigDecimal("tolerance")),
                        pool.reason(rs.getString("tolerance_basis")),
                        unit(rs.getString("unit")),
                        rs.getBoolean("within_tolerance"),
                        rs.getBoolean("approximate"),
                        pool.reason(rs.getString("message_reason"))),
                key);
        // names and places in the hierarchy come from the published entities, for the codes the rows mention
        Map<String, Entity> entities = new HashMap<>();
        dataset.entities().forEach(e -> entities.put(e.code(), e));
        return Optional.of(AnalysisReport.of(params.get(0), comparisons, flows, growth, targets, findings, entities));
    }

    private static ComparisonRow comparison(ResultSet rs, ValuePool pool) throws SQLException {
        String reporter = pool.text(rs.getString("reporter"));
        String partner = pool.text(rs.getString("partner"));
        Indicator indicator = Indicator.parse(rs.getString("indicator"));
        Scope scope = Scope.parse(rs.getString("scope"));
        String item = pool.text(rs.getString("item"));
        Period period = pool.period(rs.getString("period"));
        Level value = rs.getString("origin") == null
                ? null
                : new Level(
                        reporter,
                        partner,
                        indicator,
                        scope,
                        item,
                        period,
                        pool.number(rs.getBigDecimal("amount")),
                        Unit.parse(rs.getString("unit")),
                        pool.number(rs.getBigDecimal("tolerance")),
                        Origin.parse(rs.getString("origin")),
                        rs.getBoolean("approximate"),
                        pool.number(rs.getBigDecimal("original_amount")),
                        Unit.parse(rs.getString("original_unit")),
                        Qualifier.valueOf(rs.getString("qualifier")),
                        pool.reason(rs.getString("basis")),
                        pool.ids(rs.getString("figure_ids")));
        Change change = rs.getString("prev_period") == null
                ? null
                : new Change(
                        pool.period(rs.getString("prev_period")),
                        pool.number(rs.getBigDecimal("prev_amount")),
                        Origin.parse(rs.getString("prev_origin")),
                        rs.getBoolean("prev_approximate"),
                        pool.number(rs.getBigDecimal("abs_change")),
                        pool.number(rs.getBigDecimal("pct_change")),
                        rs.getBoolean("change_approximate"));
        StatedGrowth stated = rs.getBigDecimal("stated_pct") == null
                ? null
                : new StatedGrowth(
                        pool.number(rs.getBigDecimal("stated_pct")),
                        pool.text(rs.getString("stated_text")),
                        GrowthKind.parse(rs.getString("stated_kind")),
                        pool.period(rs.getString("stated_base")));
        StoredBasis basis = pool.basis(rs.getString("share_basis"));
        Standing standing = basis == null
                ? null
                : new Standing(
                        pool.number(rs.getBigDecimal("share_pct")),
                        basis.basis(),
                        pool.number(rs.getBigDecimal("share_total")),
                        rs.getInt("partners_covered"),
                        basis.peers(),
                        integer(rs, "partner_rank"),
                        integer(rs, "prev_rank"),
                        integer(rs, "rank_change"),
                        rs.getBoolean("standing_approximate"));
        return new ComparisonRow(
                reporter,
                partner,
                indicator,
                scope,
                item,
                period,
                value,
                change,
                stated,
                standing,
                rs.getBoolean("focus"));
    }

    /** A share basis and the peers it is over, as read back from the stored label. */
    record StoredBasis(ShareBasis basis, Peers peers) {}

    /**
     * Reads back a share basis stored as its label ({@link ShareBasis#label}): "world total" (always
     * over countries), or "total over 3 partners covered (regions of RU)". The one place the text is parsed.
     */
    static StoredBasis shareBasis(String label) {
        if (label.equals(ShareBasis.WORLD_TOTAL.label(0, Peers.COUNTRIES))) {
            return new StoredBasis(ShareBasis.WORLD_TOTAL, Peers.COUNTRIES);
        }
        Matcher m = PEERS_TOTAL.matcher(label);
        if (!m.matches()) {
            throw new IllegalStateException("stored share basis '" + label + "' is not one the analysis writes");
        }
        String peers = m.group(2);
        int of = peers.indexOf(" of ");
        String plural = of < 0 ? peers : peers.substring(0, of);
        String parent = of < 0 ? null : peers.substring(of + " of ".length());
        EntityKind kind = Arrays.stream(EntityKind.values())
                .filter(k -> new Peers(k, null).label().equals(plural))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("stored share basis '" + label + "' names no kind of entity"));
        return new StoredBasis(ShareBasis.PEERS_TOTAL, new Peers(kind, parent));
    }

    private static TargetRow target(ResultSet rs, ValuePool pool) throws SQLException {
        return new TargetRow(
                pool.text(rs.getString("target_id")),
                pool.text(rs.getString("reporter")),
                pool.text(rs.getString("partner")),
                Indicator.parse(rs.getString("indicator")),
                Scope.parse(rs.getString("scope")),
                pool.text(rs.getString("item")),
                pool.text(rs.getString("quote")),
                Qualifier.valueOf(rs.getString("qualifier")),
                rs.getString("deadline") == null ? null : Deadline.parse(rs.getString("deadline")),
                rs.getString("set_on") == null ? null : PartialDate.parse(rs.getString("set_on")),
                pool.number(rs.getBigDecimal("target_amount")),
                unit(rs.getString("unit")),
                rs.getBoolean("target_approximate"),
                pool.reason(rs.getString("basis_reason")),
                actual(rs, "actual", pool),
                actual(rs, "partial", pool),
                pool.number(rs.getBigDecimal("attainment_pct")),
                pool.number(rs.getBigDecimal("gap")),
                pool.number(rs.getBigDecimal("required_growth_pct")),
                pool.number(rs.getBigDecimal("growth_since_set_pct")),
                Comparability.parse(rs.getString("comparability")),
                Scope.parse(rs.getString("actual_scope")),
                TargetStatus.parse(rs.getString("status")),
                rs.getBoolean("approximate"),
                pool.reason(rs.getString("why_reason")),
                pool.text(rs.getString("source_id")));
    }

    private static TargetRow.Actual actual(ResultSet rs, String prefix, ValuePool pool) throws SQLException {
        String period = rs.getString(prefix + "_period");
        return period == null
                ? null
                : new TargetRow.Actual(
                        pool.period(period),
                        pool.number(rs.getBigDecimal(prefix + "_amount")),
                        Origin.parse(rs.getString(prefix + "_origin")),
                        rs.getBoolean(prefix + "_approximate"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Unit unit(String code) {
        return code == null ? null : Unit.parse(code);
    }

    private static Period period(String code) {
        return code == null ? null : Period.parse(code);
    }

    private static String codes(Set<Indicator> indicators) {
        return indicators.stream().sorted().map(Indicator::code).collect(Collectors.joining(";"));
    }

    private static Set<Indicator> indicators(String codes) {
        Set<Indicator> set = EnumSet.noneOf(Indicator.class);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(";")).map(Indicator::parse).forEach(set::add);
        }
        return set;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** An end's approximation; a row stored before V11 has none and reads back with the row's one flag. */
    private static boolean end(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? rs.getBoolean("approximate") : value;
    }
}
