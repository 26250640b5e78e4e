package org.coopbrief.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;

/**
 * The printed figures as levels. Where two printed versions of one number exist (same
 * reporter, partner, indicator, scope, item and period), one is used by a fixed rule: an exact number
 * before an approximate one, then one citing a source before one that does not, then the first
 * listed. The other versions are kept for the reconciliation.
 */
final class ReportedLevels {

    /** The version rule, stated once for the findings. */
    static final String VERSION_RULE = "exact before approximate, then cited before uncited, then first listed";

    record FigureKey(String reporter, String partner, Indicator indicator, Scope scope, String item, Period period) {
        static FigureKey of(Figure f) {
            return new FigureKey(f.reporter(), f.partner(), f.indicator(), f.scope(), f.item(), f.period());
        }

        static FigureKey of(Level l) {
            return new FigureKey(l.reporter(), l.partner(), l.indicator(), l.scope(), l.item(), l.period());
        }
    }

    private final UsdNormaliser normaliser;

    ReportedLevels(UsdNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    /** The figure used for each key, in the order the keys first appear. */
    static Map<FigureKey, Figure> chooseVersions(List<Figure> figures) {
        Map<FigureKey, List<Figure>> byKey = new LinkedHashMap<>();
        for (Figure f : figures) {
            byKey.computeIfAbsent(FigureKey.of(f), k -> new ArrayList<>()).add(f);
        }
        Map<FigureKey, Figure> chosen = new LinkedHashMap<>();
        byKey.forEach((key, versions) -> chosen.put(
                key,
                // most numbers are printed once: no comparison to make
                versions.size() == 1
                        ? versions.get(0)
                        : versions.stream()
                                .min(Comparator.comparing((Figure f) -> f.value() == null)
                                        .thenComparing(f -> f.qualifier().isApproximate())
                                        .thenComparing(f -> f.source() == null)
                                        .thenComparing(versions::indexOf))
                                .orElseThrow()));
        return chosen;
    }

    /** The level a figure prints, or null when it gives only a growth rate. */
    Level level(Figure f) {
        if (f.value() == null || f.unit() == null) {
            return null;
        }
        UsdNormaliser.Normalised n =
                normaliser.normalise(f.value(), PrintedPrecision.halfUnit(f.value()), f.unit(), f.period());
        Reason basis = n.basis();
        if (f.qualifier() != Qualifier.EXACT) {
            basis = Reason.of(Reason.Code.PRINTED_LEVEL, Reason.level(f.qualifier(), f.value(), f.unit()))
                    .and(basis);
        }
        return new Level(
                f.reporter(),
                f.partner(),
                f.indicator(),
                f.scope(),
                f.item(),
                f.period(),
                n.amount(),
                n.unit(),
                n.tolerance(),
                Origin.REPORTED,
                f.qualifier().isApproximate() || n.viaRate(),
                f.value(),
                f.unit(),
                f.qualifier(),
                basis,
                List.of(f.id()));
    }
}
