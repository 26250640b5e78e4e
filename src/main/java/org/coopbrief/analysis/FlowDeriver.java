package org.coopbrief.analysis;

import static org.coopbrief.dataset.Indicator.BALANCE;
import static org.coopbrief.dataset.Indicator.EXPORTS;
import static org.coopbrief.dataset.Indicator.IMPORTS;
import static org.coopbrief.dataset.Indicator.TURNOVER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;

/**
 * Derives the missing trade flows where two are reported for the same reporter, partner, scope
 * and period (wholes only, never parts): turnover = exports + imports, balance = exports - imports (so any two of the four
 * give the other two). Only reported levels in USD million feed a derivation; a derived flow is
 * marked derived and approximate, carries the summed tolerance of its inputs, and never replaces a
 * reported one. A derived flow is rounded to the precision its inputs allow
 * ({@link PrintedPrecision#toTolerance}), once, here. An
 * impossible result (negative exports or imports) is not derived: the reconciler reports it.
 */
final class FlowDeriver {

    record FlowKey(String reporter, String partner, Scope scope, Period period) {
        static FlowKey of(Level l) {
            return new FlowKey(l.reporter(), l.partner(), l.scope(), l.period());
        }
    }

    /** Reported money flows grouped by reporter, partner, scope and period. */
    static Map<FlowKey, Map<Indicator, Level>> group(Collection<Level> levels) {
        Map<FlowKey, Map<Indicator, Level>> groups = new LinkedHashMap<>();
        for (Level l : levels) {
            if (l.indicator().isTradeFlow() && l.unit() == Unit.USD_M && l.item() == null) {
                groups.computeIfAbsent(FlowKey.of(l), k -> new EnumMap<>(Indicator.class))
                        .putIfAbsent(l.indicator(), l);
            }
        }
        return groups;
    }

    /** The derived flows of the given reported levels. */
    List<Level> derive(Collection<Level> reported) {
        List<Level> derived = new ArrayList<>();
        group(reported).forEach((key, flows) -> derived.addAll(derive(key, flows)));
        return derived;
    }

    private List<Level> derive(FlowKey key, Map<Indicator, Level> r) {
        Level t = r.get(TURNOVER);
        Level e = r.get(EXPORTS);
        Level i = r.get(IMPORTS);
        Level b = r.get(BALANCE);
        Map<Indicator, Term> out = new EnumMap<>(Indicator.class);
        if (e != null && i != null) {
            out.put(TURNOVER, Term.of(e).plus(Term.of(i)));
            out.put(BALANCE, Term.of(e).minus(Term.of(i)));
        } else if (t != null && e != null) {
            Term imports = Term.of(t).minus(Term.of(e));
            out.put(IMPORTS, imports);
            out.put(BALANCE, Term.of(e).minus(imports));
        } else if (t != null && i != null) {
            Term exports = Term.of(t).minus(Term.of(i));
            out.put(EXPORTS, exports);
            out.put(BALANCE, exports.minus(Term.of(i)));
        } else if (e != null && b != null) {
            Term imports = Term.of(e).minus(Term.of(b));
            out.put(IMPORTS, imports);
            out.put(TURNOVER, Term.of(e).plus(imports));
        } else if (i != null && b != null) {
            Term exports = Term.of(i).plus(Term.of(b));
            out.put(EXPORTS, exports);
            out.put(TURNOVER, exports.plus(Term.of(i)));
        } else if (t != null && b != null) {
            out.put(EXPORTS, Term.of(t).plus(Term.of(b)).half());
            out.put(IMPORTS, Term.of(t).minus(Term.of(b)).half());
        }
        List<Level> levels = new ArrayList<>();
        boolean impossible = (out.containsKey(EXPORTS) && out.get(EXPORTS).value.signum() < 0)
                || (out.containsKey(IMPORTS) && out.get(IMPORTS).value.signum() < 0);
        if (impossible) {
            return levels;
        }
        out.forEach((indicator, term) -> {
            if (!r.containsKey(indicator)) {
                BigDecimal value = PrintedPrecision.toTolerance(term.value, term.tolerance);
                BigDecimal tolerance =
                        term.tolerance.add(value.subtract(term.value).abs());
                levels.add(new Level(
                        key.reporter(),
                        key.partner(),
                        indicator,
                        key.scope(),
                        null,
                        key.period(),
                        Decimals.amount(value),
                        Unit.USD_M,
                        Decimals.amount(tolerance),
                        Origin.DERIVED,
                        true,
                        Decimals.amount(value),
                        Unit.USD_M,
                        Qualifier.EXACT,
                        Reason.of(Reason.Code.DERIVED_FLOW, indicator, term.text),
                        List.copyOf(term.figureIds)));
            }
        });
        return levels;
    }

    /** The flows of each key, reported and derived, with the coverage ratio. */
    List<FlowRow> rows(Collection<Level> reportedAndDerived) {
        List<FlowRow> rows = new ArrayList<>();
        group(reportedAndDerived).forEach((key, flows) -> {
            Set<Indicator> derived = EnumSet.noneOf(Indicator.class);
            Set<Indicator> approximate = EnumSet.noneOf(Indicator.class);
            flows.forEach((indicator, l) -> {
                if (l.origin() != Origin.REPORTED) {
                    derived.add(indicator);
                }
                if (l.approximate()) {
                    approximate.add(indicator);
                }
            });
            Level e = flows.get(EXPORTS);
            Level i = flows.get(IMPORTS);
            BigDecimal coverage = e == null || i == null || i.amount().signum() <= 0
                    ? null
                    : Decimals.pct(e.amount().divide(i.amount(), Decimals.MC).multiply(Decimals.HUNDRED, Decimals.MC));
            rows.add(new FlowRow(
                    key.reporter(),
                    key.partner(),
                    key.scope(),
                    key.period(),
                    amount(flows, TURNOVER),
                    amount(flows, EXPORTS),
                    amount(flows, IMPORTS),
                    amount(flows, BALANCE),
                    derived,
                    approximate,
                    coverage,
                    coverage != null && (approximate.contains(EXPORTS) || approximate.contains(IMPORTS))));
        });
        return rows;
    }

    private static BigDecimal amount(Map<Indicator, Level> flows, Indicator indicator) {
        Level l = flows.get(indicator);
        return l == null ? null : l.amount();
    }

    /** A linear combination of levels with its propagated tolerance and the words that say how. */
    private record Term(BigDecimal value, BigDecimal tolerance, Set<String> figureIds, String text) {

        static Term of(Level l) {
            return new Term(
                    l.amount(),
                    l.tolerance(),
                    new LinkedHashSet<>(l.figureIds()),
                    l.indicator().code() + " " + Decimals.plain(l.amount()));
        }

        Term plus(Term o) {
            return combine(o, value.add(o.value, Decimals.MC), " + ");
        }

        Term minus(Term o) {
            return combine(o, value.subtract(o.value, Decimals.MC), " - ");
        }

        Term half() {
            return new Term(
                    value.divide(BigDecimal.valueOf(2), Decimals.MC),
                    tolerance.divide(BigDecimal.valueOf(2), Decimals.MC),
                    figureIds,
                    "(" + text + ") / 2");
        }

        private Term combine(Term o, BigDecimal result, String op) {
            Set<String> ids = new LinkedHashSet<>(figureIds);
            ids.addAll(o.figureIds);
            // a sum or difference on the right is bracketed (plain searches, no regular expression per term)
            String right = o.text.contains("+ ") || o.text.contains("- ") ? "(" + o.text + ")" : o.text;
            return new Term(result, tolerance.add(o.tolerance, Decimals.MC), ids, text + op + right);
        }
    }
}
