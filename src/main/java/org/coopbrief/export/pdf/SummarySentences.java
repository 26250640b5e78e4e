package org.coopbrief.export.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.ComparisonRow.PercentChange;
import org.coopbrief.analysis.PeerGroup;
import org.coopbrief.analysis.RankedRow;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.analysis.TargetStatus;
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
        var run = context.parameters();
        out.add(texts.text(
                "summary.coverage",
                context.reporterName(),
                context.partners().size(),
                texts.period(run.focus()),
                texts.date(run.asOf())));
        List<RankedRow> ranking = context.report().ranking();
        ranking.stream()
                .sorted(Comparator.comparing(RankedRow::turnover).reversed())
                .limit(PARTNERS_NAMED)
                .forEach(r -> out.add(trade(
                        r.partner(),
                        r.row().period(),
                        r.turnover(),
                        r.row().approximate(),
                        NumbersTable.figureIds(r.row()),
                        change(r),
                        r)));
        latestElsewhere(ranking).forEach(out::add);
        out.add(targets());
        events().ifPresent(out::add);
        out.add(quality());
        return out;
    }

    /**
     * A ranked partner's change: the computed one, approximate when its level or change is; else
     * the change of the reporter's first turnover row with the partner in that scope and period.
     */
    private PercentChange change(RankedRow ranked) {
        ComparisonRow r = ranked.row();
        if (r.change() != null && r.change().percent() != null) {
            return new PercentChange(r.change().percent(), r.approximate(), false);
        }
        return context.report().partnerRows(r.partner()).stream()
                .filter(row -> row.reporter().equals(context.parameters().reporter())
                        && row.indicator() == Indicator.TURNOVER
                        && row.scope() == r.scope()
                        && row.period().equals(r.period()))
                .findFirst()
                .map(ComparisonRow::percentChange)
                .orElse(null);
    }

    private String trade(
            String partner,
            Period period,
            BigDecimal amount,
            boolean approximate,
            List<String> figureIds,
            PercentChange change,
            RankedRow ranked) {
        String name = wording.name(partner);
        String money = wording.money(amount, approximate, figureIds);
        String sentence;
        if (change == null || change.percent().signum() == 0) {
            sentence = texts.text("summary.trade.level", name, texts.period(period), money);
        } else {
            sentence = texts.text(
                    change.percent().signum() > 0 ? "summary.trade.up" : "summary.trade.down",
                    name,
                    wording.changeBy(change.percent(), change.approximate()),
                    texts.period(period),
                    money,
                    change.stated() ? texts.text("summary.trade.asStated") : "");
        }
        if (ranked != null && ranked.row().standing().sharePct() != null) {
            PeerGroup peers = ranked.group();
            String among = texts.text(
                    "peers.in." + peers.kind().code(), peers.parent() == null ? "" : wording.name(peers.parent()));
            sentence = sentence + " "
                    + texts.text(
                            peers.worldTotal() ? "summary.trade.shareWorld" : "summary.trade.share",
                            texts.percent(ranked.row().standing().sharePct()),
                            Integer.toString(ranked.rank()),
                            among);
        }
        return sentence;
    }

    /** Partners with no turnover in the focus period: their latest annual turnover, the most recent first. */
    private List<String> latestElsewhere(List<RankedRow> ranking) {
        Set<String> ranked = ranking.stream().map(RankedRow::partner).collect(Collectors.toSet());
        String reporter = context.parameters().reporter();
        List<ComparisonRow> latest = new ArrayList<>();
        for (String partner : context.partners()) {
            if (ranked.contains(partner)) {
                continue;
            }
            context.report().partnerRows(partner).stream()
                    .filter(r -> r.reporter().equals(reporter)
                            && r.indicator() == Indicator.TURNOVER
                            && r.scope() == Scope.GOODS
                            && r.period().isFullYear()
                            && r.amount() != null
                            && r.unit() == Unit.USD_M)
                    .max(Comparator.comparing(ComparisonRow::period))
                    .ifPresent(latest::add);
        }
        if (latest.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(texts.text("summary.latestIntro"));
        latest.stream()
                .sorted(Comparator.comparing(ComparisonRow::period)
                        .thenComparing(ComparisonRow::amount)
                        .reversed())
                .limit(PARTNERS_NAMED)
                .forEach(r -> out.add(trade(
                        r.partner(),
                        r.period(),
                        r.amount(),
                        r.levelApproximate(),
                        NumbersTable.figureIds(r),
                        r.percentChange(),
                        null)));
        return out;
    }

    private String targets() {
        List<TargetRow> targets = context.report().targets();
        Map<TargetStatus, Long> counts = new TreeMap<>(Wording.BY_ATTENTION);
        targets.forEach(t -> counts.merge(t.status(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) ->
                parts.add(texts.text("summary.targets.count", Long.toString(n), wording.status(status))));
        return texts.text("summary.targets", targets.size(), String.join(", ", parts));
    }

    private Optional<String> events() {
        LocalDate asOf = context.parameters().asOf();
        LocalDate from = context.parameters().focus().start();
        List<Event> recent = OverallBriefing.recentEvents(context);
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        Event last = recent.get(0);
        return Optional.of(texts.text(
                "summary.events",
                recent.size(),
                texts.date(from),
                texts.date(asOf),
                texts.date(last.date()),
                texts.printed(last.title(), last.titleRu())));
    }

    private String quality() {
        long findings = context.report().findings().stream()
                .filter(f -> !f.withinTolerance())
                .count();
        return texts.text("summary.quality", findings);
    }
}
