package org.coopbrief.export.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.coopbrief.dataset.Event;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.Texts;

/**
 * The executive summary: sentences generated from the data. Each states a number as the tables
 * do, approximate values worded as such ("about", or the qualifier printed in the source).
 */
final class SummarySentences {

    /** How many partners the summary names; the ranking table has them all. */
    static final int PARTNERS_NAMED = 5;

    private final BriefingContext context;
    private final Texts texts;
    private final Wording wording;

    SummarySentences(BriefingContext context) {
        this.context = context;
        this.texts = context.texts();
        this.wording = context.wording();
    }

    List<String> sentences() {
        List<String> out = new ArrayList<>();
        var frame = context.frame();
        out.add(texts.text("summary.coverage", context.reporterName(), Integer.toString(context.partners().size()),
                texts.period(frame.focus()), texts.date(frame.asOf())));
        List<Comparisons.Ranked> ranking = context.comparisons().ranking();
        ranking.stream().sorted(Comparator.comparing(Comparisons.Ranked::turnover).reversed()).limit(PARTNERS_NAMED)
                .forEach(r -> out.add(trade(r.partner(), r.period(), r.turnover(), r.approximate(), r.figureIds(),
                        change(r), r)));
        latestElsewhere(ranking).forEach(out::add);
        out.add(targets());
        events().ifPresent(out::add);
        out.add(quality());
        return out;
    }

    private record Change(BigDecimal pct, boolean approximate, boolean stated) {
    }

    private Change change(Comparisons.Ranked r) {
        if (r.pctChange() != null) {
            return new Change(r.pctChange(), r.approximate(), false);
        }
        return context.comparisons().rows(r.partner()).stream()
                .filter(row -> row.reporter().equals(context.frame().reporter()) && row.indicator() == Indicator.TURNOVER
                        && row.scope() == r.scope() && row.period().equals(r.period()))
                .findFirst().map(this::change).orElse(null);
    }

    /** The computed change, else the growth printed with the number against the previous comparable period. */
    private Change change(Comparisons.Row row) {
        if (row.pctChange() != null) {
            return new Change(row.pctChange(), row.changeApproximate(), false);
        }
        if (row.stated() != null && row.period().previousComparable().map(p -> p.equals(row.stated().base())).orElse(false)) {
            return new Change(row.stated().percent(), false, true);
        }
        return null;
    }

    private String trade(String partner, Period period, BigDecimal amount, boolean approximate, List<String> figureIds,
            Change change, Comparisons.Ranked ranked) {
        String name = wording.name(partner);
        String money = wording.money(amount, approximate, figureIds);
        String sentence;
        if (change == null || change.pct().signum() == 0) {
            sentence = texts.text("summary.trade.level", name, texts.period(period), money);
        } else {
            sentence = texts.text(change.pct().signum() > 0 ? "summary.trade.up" : "summary.trade.down", name,
                    wording.changeBy(change.pct(), change.approximate()), texts.period(period), money,
                    change.stated() ? texts.text("summary.trade.asStated") : "");
        }
        if (ranked != null && ranked.sharePct() != null && ranked.rank() != null) {
            var peers = ranked.peers();
            String among = texts.text("peers.in." + peers.kind().code(),
                    peers.parent() == null ? "" : wording.name(peers.parent()));
            sentence = sentence + " " + texts.text(peers.worldTotal() ? "summary.trade.shareWorld" : "summary.trade.share",
                    texts.percent(ranked.sharePct()), Integer.toString(ranked.rank()), among);
        }
        return sentence;
    }

    /** Partners with no turnover in the focus period: their latest annual turnover, the most recent first. */
    private List<String> latestElsewhere(List<Comparisons.Ranked> ranking) {
        Set<String> ranked = ranking.stream().map(Comparisons.Ranked::partner).collect(Collectors.toSet());
        String reporter = context.frame().reporter();
        List<Comparisons.Row> latest = new ArrayList<>();
        for (String partner : context.partners()) {
            if (ranked.contains(partner)) {
                continue;
            }
            context.comparisons().rows(partner).stream()
                    .filter(r -> r.reporter().equals(reporter) && r.indicator() == Indicator.TURNOVER
                            && r.scope() == Scope.GOODS && r.period().isFullYear() && r.amount() != null
                            && r.unit() == Unit.USD_M)
                    .max(Comparator.comparing(Comparisons.Row::period)).ifPresent(latest::add);
        }
        if (latest.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(texts.text("summary.latestIntro"));
        latest.stream().sorted(Comparator.comparing(Comparisons.Row::period).thenComparing(Comparisons.Row::amount)
                .reversed()).limit(PARTNERS_NAMED)
                .forEach(r -> out.add(trade(r.partner(), r.period(), r.amount(), r.approximate(), r.figureIds(),
                        change(r), null)));
        return out;
    }

    private String targets() {
        List<Comparisons.TargetResult> targets = context.comparisons().targets();
        Map<Comparisons.Status, Long> counts = new EnumMap<>(Comparisons.Status.class);
        targets.forEach(t -> counts.merge(t.status(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(texts.text("summary.targets.count", Long.toString(n),
                wording.status(status))));
        return texts.text("summary.targets", Integer.toString(targets.size()), String.join(", ", parts));
    }

    private Optional<String> events() {
        LocalDate asOf = context.frame().asOf();
        LocalDate from = context.frame().focus().start();
        List<Event> recent = OverallBriefing.recentEvents(context);
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        Event last = recent.get(0);
        return Optional.of(texts.text("summary.events", Integer.toString(recent.size()), texts.date(from),
                texts.date(asOf), texts.date(last.date()), last.title()));
    }

    private String quality() {
        long findings = context.comparisons().findings().stream().filter(f -> !f.withinTolerance()).count();
        return texts.text("summary.quality", Long.toString(findings));
    }
}
