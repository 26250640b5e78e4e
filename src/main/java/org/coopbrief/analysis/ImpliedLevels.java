package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.StatedGrowth;

/**
 * Previous levels implied by a printed level and its stated growth: v(base) ~ v / (1 + g/100),
 * in the printed unit, then normalised at the base period's rate. Always approximate and marked
 * implied; the pool never lets one override a reported or derived level. Both the printed-unit and
 * the normalised value are rounded to the significant digits the inputs allow
 * ({@link PrintedPrecision#impliedDigits}), once, here: every table, chart and run shows the same
 * "~85,000", and what is computed from it is computed from what is shown.
 */
final class ImpliedLevels {

    private final UsdNormaliser normaliser;

    ImpliedLevels(UsdNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** Implied levels of the given figures, nearest base first (so it wins when two imply one slot). */
    List<Level> implied(List<Figure> figures) {
        record Candidate(Level level, long months) {}
        List<Candidate> candidates = new ArrayList<>();
        for (Figure f : figures) {
            Level l = implied(f);
            if (l != null) {
                candidates.add(new Candidate(
                        l,
                        ChronoUnit.MONTHS.between(l.period().end(), f.period().end())));
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingLong(Candidate::months))
                .map(Candidate::level)
                .toList();
    }

    Level implied(Figure f) {
        StatedGrowth g = f.growth();
        if (f.value() == null
                || f.unit() == null
                || g == null
                || !g.base().isDated()
                || !f.period().isDated()) {
            return null;
        }
        BigDecimal factor = BigDecimal.ONE.add(g.percent().divide(Decimals.HUNDRED, Decimals.MC), Decimals.MC);
        BigDecimal value = f.value().divide(factor, Decimals.MC);
        // δ = δv / (1+g) + v · δg / (1+g)², with g and δg as fractions
        BigDecimal dv = PrintedPrecision.halfUnit(f.value());
        BigDecimal dg = PrintedPrecision.growthTolerance(g).divide(Decimals.HUNDRED, Decimals.MC);
        BigDecimal tolerance = dv.divide(factor, Decimals.MC)
                .add(f.value()
                        .abs()
                        .multiply(dg, Decimals.MC)
                        .divide(factor.multiply(factor, Decimals.MC), Decimals.MC));
        int digits = PrintedPrecision.impliedDigits(f.value(), g);
        BigDecimal exact = value;
        value = Decimals.significant(exact, digits);
        tolerance = tolerance.add(value.subtract(exact).abs());
        UsdNormaliser.Normalised n = normaliser.normalise(value, tolerance, f.unit(), g.base());
        BigDecimal amount = Decimals.significant(n.amount(), digits);
        BigDecimal amountTolerance =
                n.tolerance().add(amount.subtract(n.amount()).abs());
        Reason basis = Reason.of(
                        Reason.Code.IMPLIED_BY,
                        Reason.level(f.qualifier().isApproximate() ? f.qualifier() : null, f.value(), f.unit()),
                        f.period(),
                        g.text(),
                        g.percent(),
                        g.base(),
                        Decimals.plain(f.value()),
                        Decimals.plain(factor),
                        digits)
                .and(n.basis());
        return new Level(
                f.reporter(),
                f.partner(),
                f.indicator(),
                f.scope(),
                f.item(),
                g.base(),
                Decimals.amount(amount),
                n.unit(),
                Decimals.amount(amountTolerance),
                Origin.IMPLIED,
                true,
                Decimals.amount(value),
                f.unit(),
                Qualifier.EXACT,
                basis,
                List.of(f.id()));
    }
}
