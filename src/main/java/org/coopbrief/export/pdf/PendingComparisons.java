package org.coopbrief.export.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;

/**
 * Stands in while the comparisons step is not part of the pipeline: the printed levels as they
 * are (dollar amounts only put in millions), with no change, share, rank, target status or
 * reconciliation. {@link #available()} is false, so the briefings say that these are missing.
 */
final class PendingComparisons implements Comparisons {

    private final Dataset data;
    private final Frame frame;
    private final Set<String> reporters;

    PendingComparisons(Dataset data, Frame frame) {
        this.data = data;
        this.frame = frame;
        this.reporters = data.within(frame.reporter());
    }

    /** The defaults the comparisons use: as-of = end of the latest dated period, focus = the latest trade year. */
    static Frame defaultFrame(Dataset data, String reporter, LocalDate asOf, Period focus) {
        LocalDate date = asOf != null ? asOf : data.figures().stream().map(Figure::period).filter(Period::isDated)
                .map(Period::end).max(Comparator.naturalOrder()).orElse(LocalDate.now());
        Period period = focus != null ? focus : data.figures().stream().filter(f -> f.indicator().isTradeFlow())
                .map(Figure::period).filter(Period::isFullYear).filter(p -> !p.end().isAfter(date))
                .max(Comparator.naturalOrder()).orElse(Period.year(date.getYear()));
        return new Frame(date, period, reporter);
    }

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public Frame frame() {
        return frame;
    }

    @Override
    public List<Row> rows(String partner) {
        return data.figures().stream().filter(f -> f.partner().equals(partner) && reporters.contains(f.reporter()))
                .filter(f -> !f.period().isDated() || !f.period().end().isAfter(frame.asOf()))
                .map(PendingComparisons::row).toList();
    }

    private static Row row(Figure f) {
        boolean dollars = f.unit() != null && f.unit().isMoney() && f.unit().currency().orElse("").equals("USD");
        BigDecimal amount = f.value() == null || !dollars ? f.value() : f.value().multiply(f.unit().millionsPerUnit());
        return new Row(f.reporter(), f.partner(), f.indicator(), f.scope(), f.period(), amount,
                dollars ? Unit.USD_M : f.unit(), f.qualifier().isApproximate(), Origin.REPORTED, null, null, null, null,
                false, f.growth(), List.of(f.id()));
    }

    @Override
    public List<Ranked> ranking() {
        return data.figures().stream()
                .filter(f -> f.reporter().equals(frame.reporter()) && !reporters.contains(f.partner()))
                .filter(f -> f.indicator() == Indicator.TURNOVER && f.scope() == Scope.GOODS && f.period().equals(frame.focus()))
                .map(PendingComparisons::row).filter(r -> r.amount() != null && r.unit() == Unit.USD_M)
                .sorted(Comparator.comparing(Row::amount).reversed())
                .map(r -> new Ranked(r.partner(), r.scope(), r.period(), r.amount(), r.approximate(), null, null, null,
                        null, r.figureIds()))
                .toList();
    }

    @Override
    public List<TargetResult> targets() {
        return data.targets().stream().filter(t -> reporters.contains(t.reporter())).map(t -> {
            boolean dollars = t.unit() != null && t.unit().isMoney() && t.unit().currency().orElse("").equals("USD");
            BigDecimal amount = t.value() == null || !dollars ? t.value() : t.value().multiply(t.unit().millionsPerUnit());
            return new TargetResult(t, Status.NOT_EVALUATED, amount, dollars ? Unit.USD_M : t.unit(), null, null, null,
                    null, null, t.qualifier().isApproximate());
        }).toList();
    }

    /** Only what the dataset itself marks: the conflict groups, two printed versions of one number. */
    @Override
    public List<Finding> findings() {
        Map<String, List<Figure>> groups = data.figures().stream().filter(f -> f.conflict() != null)
                .collect(Collectors.groupingBy(Figure::conflict));
        return groups.values().stream().filter(g -> g.size() >= 2).map(g -> {
            Figure a = g.get(0);
            Figure b = g.get(1);
            BigDecimal first = row(a).amount();
            BigDecimal second = row(b).amount();
            BigDecimal diff = first == null || second == null ? null : second.subtract(first);
            return new Finding(FindingKind.CONFLICT, a.reporter(), a.partner(), a.indicator(), a.scope(), a.period(),
                    g.stream().map(Figure::id).toList(), first, second, diff, null, row(a).unit(), false,
                    a.qualifier().isApproximate() || b.qualifier().isApproximate());
        }).toList();
    }
}
