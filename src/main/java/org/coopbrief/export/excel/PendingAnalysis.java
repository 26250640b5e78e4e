package org.coopbrief.export.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Unit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stands in for the comparisons until org.coopbrief.analysis is available: no comparisons,
 * findings or actuals (the workbook says so on its About sheet), the targets as loaded, and the
 * run's parameters with the documented defaults. Only lookups, no calculations: US dollar values
 * are rescaled to millions by their unit; other currencies wait for the analysis's rates.
 */
class PendingAnalysis implements WorkbookAnalysis {

    static final String DEFAULT_REPORTER = "BY";

    private final JdbcTemplate jdbc;
    private final Parameters parameters;

    PendingAnalysis(JdbcTemplate jdbc, String asOf, String period, String reporter, String partners) {
        this.jdbc = jdbc;
        List<Period> periods = jdbc.queryForList("select distinct period from figure", String.class).stream()
                .map(Period::parse).filter(Period::isDated).sorted().toList();
        Period focus = period != null && !period.isBlank() ? Period.parse(period)
                : periods.stream().filter(Period::isFullYear).reduce((a, b) -> b).orElse(null);
        java.time.LocalDate asOfDate = asOf != null && !asOf.isBlank() ? java.time.LocalDate.parse(asOf)
                : periods.isEmpty() ? null : periods.get(periods.size() - 1).end();
        this.parameters = new Parameters(asOfDate, focus,
                reporter == null || reporter.isBlank() ? DEFAULT_REPORTER : reporter,
                partners == null || partners.isBlank() || partners.strip().equals("all") ? List.of()
                        : Arrays.stream(partners.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    @Override
    public boolean pending() {
        return true;
    }

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public void comparisons(Consumer<ComparisonLine> sink) {
        // the comparisons come with org.coopbrief.analysis
    }

    @Override
    public void derivedLevels(Consumer<DerivedLevel> sink) {
        // derived and implied levels come with org.coopbrief.analysis
    }

    @Override
    public List<TargetLine> targets() {
        List<TargetLine> targets = new ArrayList<>();
        jdbc.query("select id, reporter, partner, indicator, scope, quote, qualifier, deadline, set_on, amount, unit,"
                + " baseline_multiple, baseline_period, source_id from target order by line_no", rs -> {
                    String setOn = rs.getString(9);
                    BigDecimal multiple = rs.getBigDecimal(12);
                    String unit = rs.getString(11);
                    targets.add(new TargetLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            setOn == null ? null : PartialDate.parse(setOn), rs.getBigDecimal(10),
                            unit == null ? null : Unit.parse(unit),
                            multiple == null ? null : multiple.stripTrailingZeros().toPlainString() + " x " + rs.getString(4)
                                    + " " + rs.getString(13),
                            null, null, false, null, null, null, null, null, null, null, null, rs.getString(14)));
                });
        return targets;
    }

    @Override
    public List<FindingLine> findings() {
        return List.of();
    }

    @Override
    public BigDecimal usdMillion(String figureId, BigDecimal value, Unit unit, Period period) {
        if (value == null || unit == null || !unit.isMoney() || !"USD".equals(unit.currency().orElse(null))) {
            return null;
        }
        return value.multiply(unit.millionsPerUnit());
    }
}
