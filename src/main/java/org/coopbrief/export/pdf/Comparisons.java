package org.coopbrief.export.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.dataset.Target;
import org.coopbrief.dataset.Unit;

/**
 * What the briefings show of the comparisons (year-over-year change, shares and ranks, targets
 * against actuals, data-quality findings). The briefings never compute these themselves; an
 * implementation hands over the analysis's results.
 */
interface Comparisons {

    /** What the comparisons were computed for. */
    Frame frame();

    /** Every level of the partner's series (every reporter inside the frame's reporter), with its change. */
    List<Row> rows(String partner);

    /** Multi-year growth of the partner's annual series (every reporter inside the frame's reporter). */
    List<Growth> growth(String partner);

    /** The partners by turnover in the focus period, in groups of peers, largest first. */
    List<Ranked> ranking();

    List<TargetResult> targets();

    List<Finding> findings();

    /** The run's as-of date, focus period and reporter. */
    record Frame(LocalDate asOf, Period focus, String reporter) {
    }

    enum Origin { REPORTED, DERIVED, IMPLIED }

    /**
     * One level of one series and its change from the previous comparable period.
     *
     * @param amount    in {@code unit}: USD million for money the analysis normalised; null when only a growth is known
     * @param previous  the level one comparable period earlier; null when there is none (then no change either)
     * @param pctChange null when not defined (no previous level, or it is not positive)
     * @param stated    the growth printed with the number, if any
     * @param printedAmount the value as printed, in {@code printedUnit}, when that is not {@code unit} (converted money)
     */
    record Row(String reporter, String partner, Indicator indicator, Scope scope, Period period, BigDecimal amount,
            Unit unit, boolean approximate, Origin origin, Period previousPeriod, BigDecimal previous,
            BigDecimal absChange, BigDecimal pctChange, boolean changeApproximate, StatedGrowth stated,
            List<String> figureIds, BigDecimal printedAmount, Unit printedUnit) {

        public Row {
            figureIds = List.copyOf(figureIds);
        }

        boolean isTradeFlow() {
            return indicator.isTradeFlow();
        }
    }

    /**
     * Growth of one series between two annual levels at least two years apart.
     *
     * @param totalPct (end / start - 1) x 100; null unless start is positive
     * @param cagrPct  compound annual growth, in percent; null unless both are positive
     */
    record Growth(String reporter, String partner, Indicator indicator, Scope scope, Unit unit, Period start,
            BigDecimal startAmount, Period end, BigDecimal endAmount, int years, BigDecimal totalPct, BigDecimal cagrPct,
            boolean approximate) {
    }

    /**
     * A partner's turnover in the focus period, its change and its place among its peers.
     *
     * @param sharePct   of the peers' total (or of the world total); null when not computed
     * @param rankChange previous rank - rank (positive: moved up); null when not ranked the year before
     */
    record Ranked(String partner, Scope scope, Period period, BigDecimal turnover, boolean approximate,
            BigDecimal pctChange, BigDecimal sharePct, Integer rank, Integer rankChange, List<String> figureIds,
            Peers peers) {

        public Ranked {
            figureIds = List.copyOf(figureIds);
        }
    }

    /**
     * The partners a partner is ranked among: those of its kind and parent (countries; the regions of
     * one country), never counting a number twice.
     *
     * @param covered    how many of them the data covers
     * @param worldTotal the share is of the reporter's trade with the world, not of the peers' total
     */
    record Peers(EntityKind kind, String parent, int covered, boolean worldTotal) {
    }

    /** In the order a reader should look at them: the ones needing attention first. */
    enum Status { MISSED, AT_RISK, ON_TRACK, ACHIEVED, NO_DATA, OPEN }

    /**
     * A target against the latest comparable actual.
     *
     * @param targetAmount      the target level in {@code unit}; for a target relative to a baseline, resolved from it
     * @param targetApproximate the target level is approximate (qualified, converted, or resolved from an approximate baseline)
     * @param approximate       the target or the actual is approximate
     */
    record TargetResult(Target target, Status status, BigDecimal targetAmount, Unit unit, boolean targetApproximate,
            Actual actual, Actual partial, BigDecimal attainmentPct, BigDecimal gap, BigDecimal requiredGrowthPct,
            boolean approximate) {
    }

    record Actual(Period period, BigDecimal amount, boolean approximate) {
    }

    enum FindingKind { STATED_GROWTH, FLOW_SUM, FLOW_BALANCE, CONFLICT }

    /**
     * Two numbers that should agree and do not (or, for a conflict, two printed versions of one number).
     *
     * @param unit PERCENT for growth findings, else the unit of the amounts
     */
    record Finding(FindingKind kind, String reporter, String partner, Indicator indicator, Scope scope, Period period,
            List<String> figureIds, BigDecimal first, BigDecimal second, BigDecimal difference, BigDecimal tolerance,
            Unit unit, boolean withinTolerance, boolean approximate) {

        public Finding {
            figureIds = List.copyOf(figureIds);
        }
    }
}
