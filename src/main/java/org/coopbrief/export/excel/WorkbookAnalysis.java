package org.coopbrief.export.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Unit;

/**
 * What the workbook needs from the comparisons (org.coopbrief.analysis): the workbook only lays
 * these results out, it never computes them. Rows are pushed to a consumer so a large result is
 * never held in memory at once.
 */
interface WorkbookAnalysis {

    /** The run's parameters as the analysis resolved them (defaults filled in). */
    Parameters parameters();

    /** Every comparison row, ordered by reporter, partner, indicator, scope and period. */
    void comparisons(Consumer<ComparisonLine> sink);

    /** Levels the analysis derived from other flows or implied from a stated growth (not printed in the books). */
    void derivedLevels(Consumer<DerivedLevel> sink);

    List<TargetLine> targets();

    List<FindingLine> findings();

    /** A printed figure's value in USD million, or null when it is not money or cannot be converted. */
    BigDecimal usdMillion(String figureId, BigDecimal value, Unit unit, Period period);

    record Parameters(LocalDate asOf, Period focus, String reporter, List<String> partners) {
        public Parameters {
            partners = List.copyOf(partners);
        }
    }

    /**
     * One series in one period with its comparable predecessor. Percent values are in percent
     * (31.2 = 31.2 %), as the analysis computes them.
     */
    record ComparisonLine(String reporter, String partner, String indicator, String scope, String item, Period period,
            boolean focus,
            Unit unit, BigDecimal value, String origin, boolean approximate,
            Period previousPeriod, BigDecimal previousValue, String previousOrigin,
            BigDecimal absoluteChange, BigDecimal percentChange,
            Period cagrStart, BigDecimal cagrStartValue, Integer cagrYears, BigDecimal cagrPct,
            BigDecimal sharePct, String shareBasis, Integer rank, Integer previousRank, Integer rankChange) {
    }

    record DerivedLevel(String reporter, String partner, String indicator, String scope, Period period,
            BigDecimal usdMillion, Unit unit, String origin, boolean approximate, String basis, List<String> figureIds) {
        public DerivedLevel {
            figureIds = List.copyOf(figureIds);
        }
    }

    /** A target against its actual at the as-of date; the status is a name such as "ON TRACK". */
    record TargetLine(String targetId, String reporter, String partner, String indicator, String scope, String quote,
            String qualifier, String deadline, PartialDate setOn, BigDecimal targetAmount, Unit unit,
            String targetBasis, Period actualPeriod, BigDecimal actual, boolean actualApproximate,
            Period partialPeriod, BigDecimal partial, BigDecimal attainmentPct, BigDecimal gap,
            BigDecimal requiredGrowthPct, BigDecimal growthSinceSetPct, String status, String explanation,
            String source) {
    }

    /** A reconciliation finding: two numbers that should agree, with the tolerance applied. */
    record FindingLine(String findingId, String kind, String reporter, String partner, String indicator, String scope,
            Period period, List<String> figureIds, String firstLabel, BigDecimal first, String secondLabel,
            BigDecimal second, BigDecimal difference, BigDecimal tolerance, String toleranceBasis, Unit unit,
            boolean withinTolerance, String message) {
        public FindingLine {
            figureIds = List.copyOf(figureIds);
        }
    }
}
