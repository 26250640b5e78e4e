package org.coopbrief.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;

/**
 * The rule for a partner's latest numbers: trade first. The headline series is the reporter's own
 * trade with the partner (before its regions and companies) in the widest scope printed (goods and
 * services, or goods, before narrower scopes), the one with the latest full year; its flows of that
 * year come first, then those of its latest partial period after that year, then the latest number
 * of every other trade series, then the latest number of every other indicator. Undated numbers
 * ("currently") come last in their part, never left out.
 */
final class Headline {

    private static final Set<Scope> WIDE = Set.of(Scope.GOODS_SERVICES, Scope.GOODS);

    private record SeriesOf(String reporter, Scope scope) {
        static SeriesOf of(ComparisonRow r) {
            return new SeriesOf(r.reporter(), r.scope());
        }
    }

    private Headline() {}

    /** {@code rows}: one partner's whole-figure rows; {@code reporter}: the run's reporter. */
    static List<HeadlineRow> of(List<ComparisonRow> all, String reporter) {
        // a number printed only as a growth ("exports grew by 20%") has no level to show as a latest number
        List<ComparisonRow> rows = all.stream().filter(r -> r.amount() != null).toList();
        List<ComparisonRow> trade =
                rows.stream().filter(r -> r.indicator().isTradeFlow()).toList();
        List<HeadlineRow> out = new ArrayList<>();
        Optional<SeriesOf> headline = headlineSeries(trade, reporter);
        List<ComparisonRow> used = new ArrayList<>();
        headline.ifPresent(series -> {
            List<ComparisonRow> own = trade.stream()
                    .filter(r -> SeriesOf.of(r).equals(series) && r.period().isDated())
                    .toList();
            Optional<Period> year = latest(own, Period::isFullYear);
            year.ifPresent(y -> add(out, used, HeadlineRow.Part.LATEST_YEAR, own, y));
            Optional<Period> partial = latest(
                    own,
                    p -> p.kind() != Period.Kind.YEAR
                            && p.kind() != Period.Kind.YEARS
                            && year.map(y -> p.end().isAfter(y.end())).orElse(true));
            partial.ifPresent(p -> add(out, used, HeadlineRow.Part.LATEST_PARTIAL, own, p));
        });
        latestOfEach(trade, used, reporter).forEach(r -> out.add(new HeadlineRow(HeadlineRow.Part.OTHER_TRADE, r)));
        List<ComparisonRow> others =
                rows.stream().filter(r -> !r.indicator().isTradeFlow()).toList();
        latestOfEach(others, used, reporter).forEach(r -> out.add(new HeadlineRow(HeadlineRow.Part.OTHER, r)));
        return List.copyOf(out);
    }

    /**
     * The reporter itself first, a wide scope first, a series with a full-year level first, the latest
     * such year (or period) first, goods and services before goods.
     */
    private static Optional<SeriesOf> headlineSeries(List<ComparisonRow> trade, String reporter) {
        Map<SeriesOf, List<ComparisonRow>> series = new LinkedHashMap<>();
        trade.stream()
                .filter(r -> r.amount() != null && r.period().isDated())
                .forEach(r -> series.computeIfAbsent(SeriesOf.of(r), k -> new ArrayList<>())
                        .add(r));
        Comparator<Map.Entry<SeriesOf, List<ComparisonRow>>> order = Comparator.comparing(
                        (Map.Entry<SeriesOf, List<ComparisonRow>> e) ->
                                !e.getKey().reporter().equals(reporter))
                .thenComparing(e -> !WIDE.contains(e.getKey().scope()))
                .thenComparing(e -> latest(e.getValue(), Period::isFullYear).isEmpty())
                .thenComparing(
                        e -> latest(e.getValue(), Period::isFullYear)
                                .or(() -> latest(e.getValue(), p -> true))
                                .orElseThrow(),
                        Comparator.reverseOrder())
                .thenComparing(e -> e.getKey().scope())
                .thenComparing(e -> e.getKey().reporter());
        return series.entrySet().stream().min(order).map(Map.Entry::getKey);
    }

    private static Optional<Period> latest(List<ComparisonRow> rows, Predicate<Period> which) {
        return rows.stream()
                .filter(r -> r.amount() != null)
                .map(ComparisonRow::period)
                .filter(p -> p.isDated() && which.test(p))
                .max(Comparator.naturalOrder());
    }

    /** Every flow of the series in that period (growth-only rows too), turnover, exports, imports, balance. */
    private static void add(
            List<HeadlineRow> out,
            List<ComparisonRow> used,
            HeadlineRow.Part part,
            List<ComparisonRow> series,
            Period period) {
        series.stream()
                .filter(r -> r.period().equals(period))
                .sorted(Comparator.comparing(ComparisonRow::indicator))
                .forEach(r -> {
                    out.add(new HeadlineRow(part, r));
                    used.add(r);
                });
    }

    /**
     * The latest row of each series (reporter, indicator, scope, unit) not yet used: dated before
     * undated, the reporter itself first, then by reporter, indicator and scope. A series shown in the
     * headline is not repeated with an earlier period.
     */
    private static List<ComparisonRow> latestOfEach(
            List<ComparisonRow> rows, List<ComparisonRow> used, String reporter) {
        Set<List<Object>> shown = new HashSet<>();
        used.forEach(r -> shown.add(key(r)));
        Map<List<Object>, ComparisonRow> latest = new LinkedHashMap<>();
        for (ComparisonRow r : rows) {
            List<Object> key = key(r);
            if (shown.contains(key)) {
                continue;
            }
            latest.merge(key, r, (a, b) -> b.period().compareTo(a.period()) > 0 ? b : a);
        }
        return latest.values().stream()
                .sorted(Comparator.comparing((ComparisonRow r) -> !r.period().isDated())
                        .thenComparing(r -> !r.reporter().equals(reporter))
                        .thenComparing(ComparisonRow::reporter)
                        .thenComparing(ComparisonRow::indicator)
                        .thenComparing(ComparisonRow::scope)
                        .thenComparing(ComparisonRow::period, Comparator.reverseOrder()))
                .toList();
    }

    private static List<Object> key(ComparisonRow r) {
        return Arrays.asList(r.reporter(), r.indicator(), r.scope(), Objects.toString(r.unit()));
    }
}
