package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.Map;

import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.Scope;
import org.coopbrief.localisation.Texts;

/** The words of one change, in one language ({@code changes.point.*} in the bundles). */
final class ChangePoints {

    private final Texts texts;
    private final String reporter;
    private final Map<String, Entity> entities;
    private final Map<String, String> itemsRu;

    ChangePoints(Texts texts, String reporter, Map<String, Entity> entities, Map<String, String> itemsRu) {
        this.texts = texts;
        this.reporter = reporter;
        this.entities = entities;
        this.itemsRu = itemsRu;
    }

    String point(ChangeRow r) {
        return switch (r.kind()) {
            case NEW_FIGURE ->
                texts.text("news.point.newFigure", who(r), series(r), texts.period(r.period()), figure(r.after()));
            case REVISED_FIGURE ->
                texts.text(
                        "news.point.revisedFigure",
                        who(r),
                        series(r),
                        texts.period(r.period()),
                        figure(r.after()),
                        figure(r.before()));
            case WITHDRAWN_FIGURE ->
                texts.text(
                        "news.point.withdrawnFigure", who(r), series(r), texts.period(r.period()), figure(r.before()));
            case NEW_TARGET ->
                texts.text("news.point.newTarget", who(r), wording(r), target(r.after()), status(r.after()));
            case CHANGED_TARGET ->
                texts.text("news.point.changedTarget", who(r), wording(r), target(r.after()), target(r.before()));
            case TARGET_STATUS ->
                texts.text("news.point.targetStatus", who(r), wording(r), status(r.after()), status(r.before()));
            case NEW_EVENT ->
                texts.text(
                        "news.point.newEvent",
                        texts.date(r.date()),
                        texts.eventType(r.eventType()),
                        texts.quoted(texts.printed(r.text(), r.textRu())),
                        parties(r));
            case NEW_FINDING ->
                texts.text(
                        "news.point.newFinding",
                        texts.text("news.finding." + r.finding().code()),
                        who(r),
                        series(r),
                        texts.period(r.period()));
        };
    }

    /** The partner; "Minsk (city) with Georgia" when the reporter is not the series' own. */
    private String who(ChangeRow r) {
        return r.reporter() == null || r.reporter().equals(reporter)
                ? name(r.partner())
                : texts.text("news.pair", name(r.reporter()), name(r.partner()));
    }

    private String parties(ChangeRow r) {
        return String.join(", ", r.parties().stream().map(this::name).toList());
    }

    private String name(String code) {
        Entity e = entities.get(code);
        return e == null ? code : texts.name(e);
    }

    private String series(ChangeRow r) {
        String series = r.scope() == Scope.NA
                ? texts.indicator(r.indicator())
                : texts.text("series", texts.indicator(r.indicator()), texts.scope(r.scope()));
        return r.item() == null
                ? series
                : texts.text("news.item", series, texts.printed(r.item(), itemsRu.get(r.item())));
    }

    private String wording(ChangeRow r) {
        return r.text() == null ? r.subject() : texts.quoted(texts.printed(r.text(), r.textRu()));
    }

    /** "about 24.5 USD million", as printed. */
    private String figure(ChangeRow.Value v) {
        if (v.amount() == null) {
            return texts.text("news.value.growthOnly");
        }
        String amount = v.unit() == null
                ? number(v.amount())
                : texts.text("format.valueUnit", number(v.amount()), texts.unit(v.amount(), v.unit()));
        String qualifier = v.qualifier() == null ? "" : texts.qualifier(v.qualifier());
        return qualifier.isEmpty() ? amount : qualifier + " " + amount;
    }

    /** "200 USD million by 2020", "1.2 × the level of 2020, by 2021". */
    private String target(ChangeRow.Value v) {
        String value;
        if (v.amount() == null) {
            value = texts.text("value.none");
        } else if (v.baselinePeriod() != null) {
            value = texts.text("news.target.baseline", number(v.amount()), texts.period(v.baselinePeriod()));
        } else {
            value = figure(new ChangeRow.Value(v.amount(), v.unit(), v.qualifier(), null, null, null));
        }
        return v.deadline() == null
                ? texts.text("news.target.open", value)
                : texts.text("news.target.byDeadline", value, v.deadline());
    }

    private String status(ChangeRow.Value v) {
        return texts.text("status." + v.status().name());
    }

    /** The number with the digits it was printed with. */
    private String number(BigDecimal amount) {
        int scale = Math.min(3, Math.max(0, amount.stripTrailingZeros().scale()));
        return texts.number(amount, scale);
    }
}
