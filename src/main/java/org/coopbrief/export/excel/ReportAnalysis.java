package org.coopbrief.export.excel;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.Change;
import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.FindingRow;
import org.coopbrief.analysis.GrowthRow;
import org.coopbrief.analysis.Level;
import org.coopbrief.analysis.Origin;
import org.coopbrief.analysis.Standing;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Unit;

/**
 * The comparisons of org.coopbrief.analysis as the workbook shows them: a translation of the
 * stored report's rows, nothing recomputed. The CAGR shown beside a comparison is the analysis's
 * multi-year growth of the same series over the longest span ending in that period.
 */
class ReportAnalysis implements WorkbookAnalysis {

    private final AnalysisReport report;
    private final Map<String, GrowthRow> longestGrowth = new HashMap<>();
    private final Map<String, BigDecimal> usdByFigure = new HashMap<>();

    ReportAnalysis(AnalysisReport report) {
        this.report = report;
        for (GrowthRow g : report.growth()) {
            if (g.cagrPct() != null) {
                longestGrowth.merge(key(g.reporter(), g.partner(), g.indicator().code(), g.scope().code(), g.item(),
                        g.unit(), g.endPeriod()), g, (a, b) -> a.years() >= b.years() ? a : b);
            }
        }
        for (ComparisonRow r : report.comparisons()) {
            Level v = r.value();
            if (v != null && v.origin() == Origin.REPORTED && v.unit() == Unit.USD_M && v.figureIds().size() == 1) {
                usdByFigure.put(v.figureIds().get(0), v.amount());
            }
        }
    }

    private static String key(String reporter, String partner, String indicator, String scope, String item, Unit unit,
            Period period) {
        return reporter + "|" + partner + "|" + indicator + "|" + scope + "|" + item + "|" + unit + "|" + period.code();
    }

    @Override
    public Parameters parameters() {
        var p = report.parameters();
        return new Parameters(p.asOf(), p.focus(), p.reporter(), p.partners());
    }

    @Override
    public void comparisons(Consumer<ComparisonLine> sink) {
        for (ComparisonRow r : report.comparisons()) {
            Level v = r.value();
            Change c = r.change();
            Standing s = r.standing();
            GrowthRow g = longestGrowth.get(key(r.reporter(), r.partner(), r.indicator().code(), r.scope().code(), r.item(),
                    r.unit(), r.period()));
            sink.accept(new ComparisonLine(r.reporter(), r.partner(), r.indicator().code(), r.scope().code(), r.item(),
                    r.period(),
                    r.focus(), r.unit(), v == null ? null : v.amount(), v == null ? null : v.origin().code(), r.approximate(),
                    c == null ? null : c.previousPeriod(), c == null ? null : c.previousAmount(),
                    c == null || c.previousOrigin() == null ? null : c.previousOrigin().code(),
                    c == null ? null : c.absolute(), c == null ? null : c.percent(),
                    g == null ? null : g.startPeriod(), g == null ? null : g.startAmount(), g == null ? null : g.years(),
                    g == null ? null : g.cagrPct(),
                    s == null ? null : s.sharePct(), s == null ? null : s.shareBasisLabel(), s == null ? null : s.rank(),
                    s == null ? null : s.previousRank(), s == null ? null : s.rankChange()));
        }
    }

    @Override
    public void derivedLevels(Consumer<DerivedLevel> sink) {
        for (ComparisonRow r : report.comparisons()) {
            Level v = r.value();
            if (v != null && v.origin() != Origin.REPORTED) {
                sink.accept(new DerivedLevel(v.reporter(), v.partner(), v.indicator().code(), v.scope().code(), v.period(),
                        v.amount(), v.unit(), v.origin().code(), v.approximate(), v.basis(), v.figureIds()));
            }
        }
    }

    @Override
    public List<TargetLine> targets() {
        return report.targets().stream().map(ReportAnalysis::line).toList();
    }

    private static TargetLine line(TargetRow t) {
        TargetRow.Actual actual = t.actual();
        TargetRow.Actual partial = t.partial();
        return new TargetLine(t.targetId(), t.reporter(), t.partner(), t.indicator().code(), t.scope().code(), t.quote(),
                t.qualifier().code(), t.deadline() == null ? null : t.deadline().code(), t.setOn(), t.targetAmount(),
                t.unit(), t.targetBasis(), actual == null ? null : actual.period(), actual == null ? null : actual.amount(),
                t.approximate(), partial == null ? null : partial.period(), partial == null ? null : partial.amount(),
                t.attainmentPct(), t.gap(), t.requiredGrowthPct(), t.growthSinceSetPct(),
                t.status() == null ? null : t.status().label(), t.explanation(), t.source());
    }

    @Override
    public List<FindingLine> findings() {
        return report.findings().stream().map(ReportAnalysis::line).toList();
    }

    private static FindingLine line(FindingRow f) {
        return new FindingLine(f.findingId(), f.kind().code(), f.reporter(), f.partner(),
                f.indicator() == null ? null : f.indicator().code(), f.scope() == null ? null : f.scope().code(),
                f.period(), f.figureIds(), f.firstLabel(), f.firstAmount(), f.secondLabel(), f.secondAmount(),
                f.difference(), f.tolerance(), f.toleranceBasis(), f.unit(), f.withinTolerance(), f.message());
    }

    @Override
    public BigDecimal usdMillion(String figureId, BigDecimal value, Unit unit, Period period) {
        BigDecimal converted = usdByFigure.get(figureId);
        if (converted != null) {
            return converted;
        }
        // a figure outside the comparisons (an item, an undated number): US dollars only change scale
        if (value == null || unit == null || !unit.isMoney() || !"USD".equals(unit.currency().orElse(null))) {
            return null;
        }
        return value.multiply(unit.millionsPerUnit());
    }
}
