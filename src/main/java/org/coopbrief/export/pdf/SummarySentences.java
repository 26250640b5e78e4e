package org.coopbrief.export.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.ComparisonRow.PercentChange;
import org.coopbrief.analysis.EventWindow;
import org.coopbrief.analysis.PeerGroup;
import org.coopbrief.analysis.RankedRow;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.analysis.TargetStatus;
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

    /** How many points the summary holds at most, the headline apart. */
    static final int MAX_POINTS = 8;

    /** A point of the summary, with the points under it (a partner each, say). */
    record Point(String text, List<String> subPoints) {
        Point {
            subPoints = List.copyOf(subPoints);
        }

        Point(String text) {
            this(text, List.of());
        }
    }

    /** The summary: a headline sentence, then at most {@link #MAX_POINTS} points, the most important first. */
    record Summary(String headline, List<Point> points) {
        Summary {
            points = List.copyOf(points);
        }
    }

    /**
     * The summary, by importance: the size of trade (the largest group of ranked partners, the
     * larger partners it leaves out, other groups), then targets (missed and at risk, the nearest
     * deadline first), events and data quality. Targets, events and data quality are always among the
     * {@link #MAX_POINTS}: the trade points beyond the room left, and the partners without a briefing when
     * there is no room for them, are dropped (they are in the ranking tables and the partners list).
     */
    Summary summary() {
        List<Point> out = new ArrayList<>();
        List<RankedRow> ranking = context.report().ranking();
        Map<PeerGroup, List<RankedRow>> groups = new LinkedHashMap<>();
        ranking.forEach(
                r -> groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        Set<String> named = new HashSet<>();
        groups.forEach((group, rows) -> {
            out.add(new Point(
                    texts.text(
                            "summary.ranked",
                            texts.text(
                                    "peers.heading." + group.kind().code(),
                                    group.parent() == null ? "" : wording.nameOf(group.parent()),
                                    group.covered(),
                                    texts.period(context.parameters().focus()))),
                    rows.stream()
                            .limit(PARTNERS_NAMED)
                            .map(r -> trade(
                                    r.partner(),
                                    r.row().period(),
                                    r.turnover(),
                                    r.row().approximate(),
                                    NumbersTable.figureIds(r.row()),
                                    change(r),
                                    r))
                            .toList()));
            rows.forEach(r -> named.add(r.partner()));
            if (!group.leftOut().isEmpty()) {
                out.add(new Point(
                        texts.text(
                                "summary.leftOut",
                                texts.period(context.parameters().focus()),
                                group.leftOut().size()),
                        group.leftOut().stream()
                                .limit(PARTNERS_NAMED)
                                .map(l -> texts.text(
                                        "summary.leftOut.one",
                                        wording.name(l.partner()),
                                        wording.money(
                                                l.turnover(), l.approximate(), NumbersTable.figureIds(l.latest())),
                                        texts.period(l.period()),
                                        wording.midSentence(
                                                wording.series(l.latest().indicator(), l.scope()))))
                                .toList()));
                group.leftOut().forEach(l -> named.add(l.partner()));
            }
        });
        latestElsewhere(ranking, named).ifPresent(out::add);
        // the targets, the events and the data quality are always said: the trade points give way to them
        List<Point> points = new ArrayList<>(out.stream().limit(MAX_POINTS - 3).toList());
        points.add(targets());
        points.add(events());
        if (points.size() < MAX_POINTS - 1) {
            noBriefing().ifPresent(points::add);
        }
        points.add(new Point(quality()));
        return new Summary(headline(ranking), points);
    }

    /** The main message: the largest trade the data shows, and the largest partner with a focus-period figure. */
    private String headline(List<RankedRow> ranking) {
        var run = context.parameters();
        if (ranking.isEmpty()) {
            return texts.text(
                    "summary.headline.none",
                    context.reporterNameOf(),
                    texts.period(run.focus()),
                    context.partners().size());
        }
        RankedRow top = ranking.get(0);
        String topText = texts.text(
                "summary.headline.top",
                context.reporterNameOf(),
                texts.period(run.focus()),
                wording.name(top.partner()),
                wording.money(top.turnover(), top.row().approximate(), NumbersTable.figureIds(top.row())));
        return top.group().leftOut().stream()
                .findFirst()
                .map(l -> topText + " "
                        + texts.text(
                                "summary.headline.leftOut",
                                wording.name(l.partner()),
                                wording.money(l.turnover(), l.approximate(), NumbersTable.figureIds(l.latest())),
                                texts.period(l.period()),
                                texts.period(run.focus())))
                .orElse(topText);
    }

    /**
     * A ranked partner's change: the computed one, approximate when its level or change is; else
     * the change of the reporter's first turnover row with the partner in that scope and period.
     */
    private PercentChange change(RankedRow ranked) {
        ComparisonRow r = ranked.row();
        if (r.change() != null && r.change().percent() != null) {
            return new PercentChange(r.change().percent(), r.approximate(), false, false);
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
                    change.stated()
                            ? texts.text(change.asPrinted() ? "summary.trade.asStated" : "summary.trade.fromWords")
                            : "");
        }
        if (ranked != null && ranked.row().standing().printableShare() != null) {
            PeerGroup peers = ranked.group();
            String among = texts.text(
                    "peers.in." + peers.kind().code(), peers.parent() == null ? "" : wording.nameOf(peers.parent()));
            sentence = sentence + " "
                    + texts.text(
                            "summary.trade.shareWorld",
                            texts.percent(ranked.row().standing().printableShare()),
                            Integer.toString(ranked.rank()),
                            among);
        }
        return sentence;
    }

    /** Partners with no turnover in the focus period not yet named: their latest annual turnover, the most recent first. */
    private Optional<Point> latestElsewhere(List<RankedRow> ranking, Set<String> named) {
        Set<String> ranked = ranking.stream().map(RankedRow::partner).collect(Collectors.toSet());
        String reporter = context.parameters().reporter();
        List<ComparisonRow> latest = new ArrayList<>();
        for (String partner : context.partners()) {
            if (ranked.contains(partner) || named.contains(partner)) {
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
            return Optional.empty();
        }
        return Optional.of(new Point(
                texts.text("summary.latestIntro"),
                latest.stream()
                        .sorted(Comparator.comparing(ComparisonRow::period)
                                .thenComparing(ComparisonRow::amount)
                                .reversed())
                        .limit(PARTNERS_NAMED)
                        .map(r -> trade(
                                r.partner(),
                                r.period(),
                                r.amount(),
                                r.levelApproximate(),
                                NumbersTable.figureIds(r),
                                r.percentChange(),
                                null))
                        .toList()));
    }

    /** The partners with numbers but no trade figure or target: no briefing of their own, a table instead. */
    private Optional<Point> noBriefing() {
        int n = context.withoutBriefing().size();
        return n == 0 ? Optional.empty() : Optional.of(new Point(texts.text("summary.noBriefing", n)));
    }

    /** Target counts by status; the missed and at-risk ones as sub-points, the nearest deadline first. */
    private Point targets() {
        List<TargetRow> targets = context.report().targets();
        Map<TargetStatus, Long> counts = new TreeMap<>(Wording.BY_ATTENTION);
        targets.forEach(t -> counts.merge(t.status(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(wording.statusCount(status, n)));
        List<String> attention = targets.stream()
                .filter(t -> t.status() == TargetStatus.MISSED || t.status() == TargetStatus.AT_RISK)
                .sorted(Comparator.comparing(TargetRow::status, Wording.BY_ATTENTION)
                        .thenComparing(TargetRow::targetId))
                .map(t -> texts.text(
                        "summary.targets.one",
                        wording.targetParty(context.report(), t),
                        wording.midSentence(wording.status(t.status())),
                        t.attainmentPct() == null
                                ? texts.text("value.notApplicable")
                                : texts.percent(t.attainmentPct())))
                .toList();
        return new Point(texts.text("summary.targets", targets.size(), String.join(", ", parts)), attention);
    }

    private Point events() {
        EventWindow window = context.events();
        return window.latest()
                .map(last -> new Point(texts.text(
                        "summary.events",
                        window.count(),
                        texts.date(window.from()),
                        texts.date(window.to()),
                        texts.date(last.date()),
                        texts.printed(last.title(), last.titleRu()))))
                .orElseGet(() -> new Point(
                        texts.text("summary.events.none", texts.date(window.from()), texts.date(window.to()))));
    }

    private String quality() {
        // the count is of the findings listed on the data-quality page, the unexplained ones said apart
        int listed = context.report().findings().size();
        long unexplained = context.report().unexplainedFindings();
        return unexplained == listed
                ? texts.text("summary.quality", listed)
                : texts.text("summary.quality.partly", listed, unexplained);
    }
}
