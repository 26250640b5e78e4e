package org.coopbrief.export.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Unit;

/** Comparison results given by hand, for tests of the layout (the numbers follow domain.md's definitions). */
final class FakeAnalysis implements WorkbookAnalysis {

    final List<ComparisonLine> comparisons = new ArrayList<>();
    final List<DerivedLevel> derived = new ArrayList<>();
    final List<TargetLine> targets = new ArrayList<>();
    final List<FindingLine> findings = new ArrayList<>();
    Parameters parameters;

    @Override
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public void comparisons(Consumer<ComparisonLine> sink) {
        comparisons.forEach(sink);
    }

    @Override
    public void derivedLevels(Consumer<DerivedLevel> sink) {
        derived.forEach(sink);
    }

    @Override
    public List<TargetLine> targets() {
        return targets;
    }

    @Override
    public List<FindingLine> findings() {
        return findings;
    }

    @Override
    public BigDecimal usdMillion(String figureId, BigDecimal value, Unit unit, Period period) {
        return unit == Unit.USD_B ? value.multiply(BigDecimal.valueOf(1000)) : unit == Unit.USD_M ? value : null;
    }

    static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /** A turnover comparison of BY with a partner in goods, USD million. */
    static ComparisonLine turnover(String partner, String period, boolean focus, String value, String previousPeriod,
            String previous, String previousOrigin, String abs, String pct, Integer rank, String share) {
        return new ComparisonLine("BY", partner, "turnover", "goods", null, Period.parse(period), focus, Unit.USD_M, d(value),
                "reported", false, previousPeriod == null ? null : Period.parse(previousPeriod), d(previous), previousOrigin,
                d(abs), d(pct), null, null, null, null, d(share), share == null ? null : "total over 3 partners covered",
                rank, null, null);
    }
}
