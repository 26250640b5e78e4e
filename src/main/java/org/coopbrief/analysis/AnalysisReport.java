package org.coopbrief.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.run.ReportSelection;

/**
 * Everything the comparisons produce for one set of parameters: the read model of the Excel
 * and PDF exports. Lists are ordered for display (the chosen reporter first, then by partner,
 * indicator, scope and period).
 */
public final class AnalysisReport {

    private final ReportSelection parameters;
    private final List<ComparisonRow> comparisons;
    private final List<FlowRow> flows;
    private final List<GrowthRow> growth;
    private final List<TargetRow> targets;
    private final List<FindingRow> findings;
    private final Map<String, String> names;
    private final Map<String, EntityRef> entities;
    /** The whole-figure comparison rows of each partner, in display order: looked up once a partner. */
    private final Map<String, List<ComparisonRow>> partnerRows;

    /**
     * A report of these rows.
     *
     * @param comparisons one row per series and period: level, year-over-year change, stated growth, share and rank
     * @param flows       the four trade flows per reporter, partner, scope and period, with the coverage ratio
     * @param growth      multi-year growth (CAGR) between annual levels
     * @param targets     every target of the selection against its actuals, with its status
     * @param findings    data-quality findings: stated against computed growth, flows that do not add up, conflicts
     * @param names       English names of the entities the rows mention, by code
     * @param entities    kind and parent of the entities the rows mention (those of the loaded entities), by code
     */
    public AnalysisReport(
            ReportSelection parameters,
            List<ComparisonRow> comparisons,
            List<FlowRow> flows,
            List<GrowthRow> growth,
            List<TargetRow> targets,
            List<FindingRow> findings,
            Map<String, String> names,
            Map<String, EntityRef> entities) {
        this.parameters = parameters;
        this.comparisons = List.copyOf(comparisons);
        this.flows = List.copyOf(flows);
        this.growth = List.copyOf(growth);
        this.targets = List.copyOf(targets);
        this.findings = List.copyOf(findings);
        this.names = Map.copyOf(names);
        this.entities = Map.copyOf(entities);
        Map<String, List<ComparisonRow>> byPartner = new HashMap<>();
        for (ComparisonRow c : this.comparisons) {
            if (c.item() == null) {
                byPartner.computeIfAbsent(c.partner(), k -> new ArrayList<>()).add(c);
            }
        }
        byPartner.replaceAll((k, v) -> List.copyOf(v));
        this.partnerRows = byPartner;
    }

    public ReportSelection parameters() {
        return parameters;
    }

    public List<ComparisonRow> comparisons() {
        return comparisons;
    }

    public List<FlowRow> flows() {
        return flows;
    }

    public List<GrowthRow> growth() {
        return growth;
    }

    public List<TargetRow> targets() {
        return targets;
    }

    public List<FindingRow> findings() {
        return findings;
    }

    public Map<String, String> names() {
        return names;
    }

    public Map<String, EntityRef> entities() {
        return entities;
    }

    /**
     * A report with the names and places in the hierarchy of the entities its rows mention (the
     * reporter, the partners selected, and every reporter and partner of a comparison or target).
     */
    static AnalysisReport of(
            ReportSelection p,
            List<ComparisonRow> comparisons,
            List<FlowRow> flows,
            List<GrowthRow> growth,
            List<TargetRow> targets,
            List<FindingRow> findings,
            Map<String, Entity> entities) {
        Set<String> codes = new TreeSet<>(p.partners());
        codes.add(p.reporter());
        comparisons.forEach(r -> {
            codes.add(r.reporter());
            codes.add(r.partner());
        });
        targets.forEach(t -> {
            codes.add(t.reporter());
            codes.add(t.partner());
        });
        Map<String, String> names = new TreeMap<>();
        Map<String, EntityRef> refs = new TreeMap<>();
        for (String code : codes) {
            Entity e = entities.get(code);
            names.put(code, e == null ? code : e.nameEn());
            if (e != null) {
                refs.put(code, new EntityRef(e.kind(), e.parent()));
            }
        }
        return new AnalysisReport(p, comparisons, flows, growth, targets, findings, names, refs);
    }

    /** The English name of an entity, or its code when unknown. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    /**
     * The target is of the reporter's own total, not of one partner: its partner is the world (the
     * Great Stone park's investment, the EAEU's exports to third countries). The exports name it as the
     * reporter's total ("China-Belarus Industrial Park, total"), never as a partner called "World".
     */
    public boolean ofReporterTotal(TargetRow t) {
        EntityRef partner = entities.get(t.partner());
        return partner != null && partner.kind() == EntityKind.WORLD;
    }

    /** The comparison rows of the focus period. */
    public List<ComparisonRow> focusRows() {
        return comparisons.stream().filter(ComparisonRow::focus).toList();
    }

    /**
     * The levels the analysis computed rather than read in the books: those of the comparisons whose
     * origin is not {@link Origin#REPORTED} (derived from two other flows, or implied by a stated
     * growth), in the order of the comparisons.
     */
    public List<Level> derivedLevels() {
        return comparisons.stream()
                .map(ComparisonRow::value)
                .filter(v -> v != null && v.origin() != Origin.REPORTED)
                .toList();
    }

    /**
     * The multi-year growth to show beside each comparison (the CAGR over the longest span of its
     * series ending in its period). Build it once and look rows up in it.
     */
    public LongestGrowth longestGrowth() {
        return new LongestGrowth(growth);
    }

    /**
     * Every printed figure's value in USD million, as the comparisons normalised it. Build it once and
     * look figures up in it.
     */
    public UsdByFigure usdByFigure() {
        return new UsdByFigure(comparisons);
    }

    /**
     * A partner's series: its whole-figure rows (parts of a whole, rows with an item, left out), of
     * every reporter the report covers, in display order.
     */
    public List<ComparisonRow> partnerRows(String partner) {
        return partnerRows.getOrDefault(partner, List.of());
    }

    /**
     * A partner's latest numbers, trade first (see {@link Headline}): the rows both the partner's briefing
     * and its block in the overall briefing show, in this order.
     */
    public List<HeadlineRow> partnerHeadline(String partner) {
        return Headline.of(partnerRows(partner), parameters.reporter());
    }

    /** Multi-year growth of a partner's whole-figure series, of every reporter the report covers. */
    public List<GrowthRow> partnerGrowth(String partner) {
        return growth.stream()
                .filter(g -> g.partner().equals(partner) && g.item() == null)
                .toList();
    }

    /**
     * The partners by the reporter's own turnover with them in the focus period, in groups of
     * peers, largest first, by rank within (see {@link Ranking}); empty without a ranked partner.
     */
    public List<RankedRow> ranking() {
        return Ranking.of(this);
    }

    /**
     * How many of the listed findings the source does not explain: the numbers differ beyond the
     * tolerance, and neither the statement's words ("more than doubled") nor its currency reconcile
     * them. Every finding is listed; this is the part a summary calls unexplained.
     */
    public long unexplainedFindings() {
        return findings.stream().filter(f -> !f.withinTolerance()).count();
    }

    /**
     * The partners that get a briefing of their own: at least one dated trade figure or a target;
     * never the world (see {@link BriefedPartners}). Sorted by code.
     */
    public Set<String> briefedPartners() {
        return BriefedPartners.of(this);
    }

    /**
     * The reporter's own whole trade with the world (its totals, not a partner's) in the latest
     * period the data has them for, turnover first; empty when the data has none.
     */
    public List<ComparisonRow> worldTotals() {
        List<ComparisonRow> world = comparisons.stream()
                .filter(c -> c.item() == null
                        && c.reporter().equals(parameters.reporter())
                        && c.indicator().isTradeFlow()
                        && c.value() != null
                        && entities.containsKey(c.partner())
                        && entities.get(c.partner()).kind() == EntityKind.WORLD)
                .toList();
        return world.stream()
                .map(ComparisonRow::period)
                .max(Comparator.naturalOrder())
                .map(latest -> world.stream()
                        .filter(c -> c.period().equals(latest))
                        .sorted(Comparator.comparing(ComparisonRow::scope).thenComparing(ComparisonRow::indicator))
                        .toList())
                .orElse(List.of());
    }
}
