package org.coopbrief.export.pdf;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.coopbrief.analysis.TargetStatus;
import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.coopbrief.export.StatusPalette;
import org.coopbrief.localisation.Texts;

/**
 * How the briefings word their numbers, in the report's language: approximate values carry "~"
 * in tables and "about" (or the printed qualifier) in sentences; a missing change is "n/a".
 */
final class Wording {

    static final String APPROXIMATE = "~";

    /** Target statuses in the order a reader should look at them: the ones needing attention first. */
    static final List<TargetStatus> ATTENTION = List.of(
            TargetStatus.MISSED,
            TargetStatus.AT_RISK,
            TargetStatus.ON_TRACK,
            TargetStatus.ACHIEVED,
            TargetStatus.NO_DATA,
            TargetStatus.OPEN);

    /** Orders statuses as {@link #ATTENTION} lists them. */
    static final Comparator<TargetStatus> BY_ATTENTION = Comparator.comparingInt(ATTENTION::indexOf);

    private final Texts texts;
    private final Map<String, Entity> entities;
    private final Map<String, Dataset.FigureNote> figures;

    Wording(Texts texts, Map<String, Entity> entities, Map<String, Dataset.FigureNote> figures) {
        this.texts = texts;
        this.entities = entities;
        this.figures = figures;
    }

    Texts texts() {
        return texts;
    }

    /** Whom a target is of: its partner, or the reporter's total when the analysis says so (never "World"). */
    String targetParty(org.coopbrief.analysis.AnalysisReport report, org.coopbrief.analysis.TargetRow t) {
        return report.ofReporterTotal(t) ? texts.text("targets.party.total", name(t.reporter())) : name(t.partner());
    }

    /** The partner column of a targets table: the partner, or "total" when the target is of the reporter's total. */
    String targetPartner(org.coopbrief.analysis.AnalysisReport report, org.coopbrief.analysis.TargetRow t) {
        return report.ofReporterTotal(t) ? texts.text("targets.partner.total") : name(t.partner());
    }

    String name(String code) {
        Entity e = entities.get(code);
        return e == null ? code : texts.name(e);
    }

    /** The name after a noun: "Regions of Russia", "Регионы России" ({@link Texts#nameOf}). */
    String nameOf(String code) {
        Entity e = entities.get(code);
        return e == null ? code : texts.nameOf(e);
    }

    /** Entity codes in the alphabetical order of their names in this language. */
    Comparator<String> byName() {
        return Comparator.comparing(this::name, texts.alphabetical());
    }

    /** "Turnover, goods". */
    String series(Indicator indicator, Scope scope) {
        return scope == Scope.NA
                ? texts.indicator(indicator)
                : texts.text("series", texts.indicator(indicator), texts.scope(scope));
    }

    /**
     * A text after a colon or inside a sentence: Russian does not capitalise there ("Гомельская
     * область: товарооборот, товары"); English keeps its capital.
     */
    String midSentence(String text) {
        if (texts.language() != org.coopbrief.localisation.Language.RU || text.isEmpty()) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(texts.language().locale()) + text.substring(1);
    }

    /** A table value: "~38.7" when approximate, "-" when there is none. */
    String value(BigDecimal amount, boolean approximate) {
        if (amount == null) {
            return texts.text("value.none");
        }
        return (approximate ? APPROXIMATE : "") + texts.amount(amount);
    }

    /** A value with its unit, for cells mixing units: "~38.7 USD million". */
    String valueWithUnit(BigDecimal amount, boolean approximate, Unit unit) {
        if (amount == null) {
            return texts.text("value.none");
        }
        if (unit == Unit.PERCENT) {
            return (approximate ? APPROXIMATE : "") + texts.percent(amount);
        }
        return unit == null
                ? value(amount, approximate)
                : texts.text("format.valueUnit", value(amount, approximate), texts.unit(amount, unit));
    }

    String change(BigDecimal pct, boolean approximate) {
        return pct == null
                ? texts.text("value.notApplicable")
                : (approximate ? APPROXIMATE : "") + texts.signedPercent(pct);
    }

    /** A change in a sentence: "about +17.2%" rather than the tables' "~+17.2%". */
    String changeInWords(BigDecimal pct, boolean approximate) {
        String change = texts.signedPercent(pct);
        return approximate ? texts.text("chart.message.about", change) : change;
    }

    String changeAmount(BigDecimal abs, boolean approximate) {
        return abs == null
                ? texts.text("value.notApplicable")
                : (approximate ? APPROXIMATE : "") + texts.signedAmount(abs);
    }

    /**
     * Money in a sentence: "more than $280 million" when printed so, "about $38.7 million" when
     * approximate for another reason (derived, converted, computed from approximate numbers).
     */
    String money(BigDecimal usdMillions, boolean approximate, List<String> figureIds) {
        Qualifier q = figureIds.size() == 1 && figures.containsKey(figureIds.get(0))
                ? figures.get(figureIds.get(0)).qualifier()
                : Qualifier.EXACT;
        if (q == Qualifier.EXACT && approximate) {
            q = Qualifier.ABOUT;
        }
        String word = texts.qualifier(q);
        String amount = texts.usdMillions(usdMillions);
        return word.isEmpty() ? amount : word + " " + amount;
    }

    /** A percent change in a sentence, without its sign: "by about 31%". */
    String changeBy(BigDecimal pct, boolean approximate) {
        String amount = texts.percent(pct.abs());
        return texts.text(approximate ? "change.byAbout" : "change.by", amount);
    }

    /** A status word, tied by non-breaking spaces: it stands on one line in its cell ("Не достигнута"). */
    String status(TargetStatus status) {
        return texts.text("status." + status.name()).replace(' ', '\u00a0');
    }

    /**
     * How many targets have a status, as a count: "Missed: 4" in English, "4 не достигнуты" in
     * Russian (the status agrees with its number; a status word alone is a label, not a count).
     */
    String statusCount(TargetStatus status, long n) {
        return texts.text("summary.targets.count." + status.name(), n);
    }

    /** The status's colour, from the palette every export shares ({@link StatusPalette}). */
    static Color statusColour(TargetStatus status) {
        return StatusPalette.fill(status);
    }

    /** Light statuses get dark text. */
    static Color statusText(TargetStatus status) {
        return StatusPalette.text(status);
    }
}
