package org.coopbrief.ingest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.GrowthKind;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Problem;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.SeedPlace;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.dataset.Unit;

final class FigureFile extends DatasetFile<Figure> {

    /** A growth of -100% or less is impossible; anything above +100000% is a typing error. */
    private static final BigDecimal MIN_GROWTH = new BigDecimal("-100");

    private static final BigDecimal MAX_GROWTH = new BigDecimal("100000");

    @Override
    String fileName() {
        return "figures.csv";
    }

    @Override
    List<String> columns() {
        return List.of(
                "id",
                "reporter",
                "partner",
                "indicator",
                "scope",
                "item",
                "item_ru",
                "period",
                "value",
                "unit",
                "qualifier",
                "growth_pct",
                "growth_text",
                "growth_text_ru",
                "growth_kind",
                "growth_base",
                "source",
                "seed",
                "conflict",
                "note",
                "note_ru");
    }

    @Override
    String table() {
        return "figure";
    }

    @Override
    List<String> tableColumns() {
        return List.of(
                "id",
                "reporter",
                "partner",
                "indicator",
                "scope",
                "item",
                "item_ru",
                "period",
                "amount",
                "unit",
                "qualifier",
                "growth_pct",
                "growth_text",
                "growth_text_ru",
                "growth_kind",
                "growth_base",
                "source_id",
                "seed",
                "conflict",
                "note",
                "note_ru");
    }

    @Override
    String id(Figure row) {
        return row.id();
    }

    @Override
    Figure parse(RowFields f, Lookups lookups) {
        String id = f.code("id", true);
        String reporter = f.code("reporter", true);
        lookups.requireEntity("reporter", reporter);
        String partner = f.code("partner", true);
        lookups.requireEntity("partner", partner);
        Indicator indicator = f.required("indicator", Indicator::parse);
        Scope scope = f.required("scope", Scope::parse);
        if (indicator.isTradeFlow() && scope == Scope.NA) {
            throw new RowRejectedException(
                    "scope",
                    "na",
                    "a trade flow needs a trade scope (goods, services...)",
                    Problem.of("tradeScopeNeeded"));
        }
        String item = f.optional("item");
        if (item != null && (item.length() > 200 || !item.equals(item.toLowerCase(java.util.Locale.ROOT)))) {
            throw new RowRejectedException(
                    "item", item, "must be lower-case text of at most 200 characters", Problem.of("itemLowerCase"));
        }
        Period period = f.required("period", Period::parse);
        BigDecimal value = f.decimal("value");
        Unit unit = f.optional("unit", Unit::parse);
        if (value != null && unit == null) {
            throw new RowRejectedException(
                    "unit", "", "is required when a value is given", Problem.of("unitWithValue"));
        }
        if (value != null && value.signum() < 0 && indicator != Indicator.BALANCE && unit != Unit.PERCENT) {
            throw new RowRejectedException(
                    "value",
                    value.toPlainString(),
                    "only a balance or a percent can be negative",
                    Problem.of("negative"));
        }
        if (indicator.isTradeFlow() && unit != null && !unit.isMoney()) {
            throw new RowRejectedException(
                    "unit", unit.name(), "a trade flow must be in a currency", Problem.of("tradeFlowCurrency"));
        }
        Qualifier qualifier = f.optional("qualifier", Qualifier::parse);
        StatedGrowth growth = growth(f, period);
        if (value == null && growth == null) {
            throw new RowRejectedException(
                    "value", "", "is required unless a stated growth is given", Problem.of("valueOrGrowth"));
        }
        String source = f.code("source", false);
        lookups.requireSource("source", source);
        String conflict = f.optional("conflict");
        if (conflict != null && !conflict.matches("C\\d{2,4}")) {
            throw new RowRejectedException(
                    "conflict", conflict, "must be a conflict group like C01", Problem.of("conflictGroup"));
        }
        return new Figure(
                id,
                reporter,
                partner,
                indicator,
                scope,
                item,
                period,
                value,
                unit,
                qualifier == null ? Qualifier.EXACT : qualifier,
                growth,
                source,
                f.required("seed", SeedPlace::parseList),
                conflict,
                f.optional("note"),
                f.russian("note_ru", "note"),
                f.russian("item_ru", "item"),
                f.russian("growth_text_ru", "growth_text"));
    }

    private static StatedGrowth growth(RowFields f, Period period) {
        BigDecimal pct = f.decimal("growth_pct");
        String text = f.optional("growth_text");
        GrowthKind kind = f.optional("growth_kind", GrowthKind::parse);
        Period base = f.optional("growth_base", Period::parse);
        if (pct == null) {
            if (text != null || kind != null || base != null) {
                throw new RowRejectedException(
                        "growth_pct",
                        "",
                        "is required when growth_text, growth_kind or growth_base is given",
                        Problem.of("growthPctRequired"));
            }
            return null;
        }
        if (pct.compareTo(MIN_GROWTH) <= 0 || pct.compareTo(MAX_GROWTH) > 0) {
            throw new RowRejectedException(
                    "growth_pct",
                    pct.toPlainString(),
                    "must be above -100 and at most 100000 (a percent change)",
                    Problem.of("growthRange"));
        }
        if (kind == null) {
            throw new RowRejectedException(
                    "growth_kind",
                    "",
                    "is required when growth_pct is given (pct, times or index)",
                    Problem.of("growthKindRequired"));
        }
        if (text == null) {
            throw new RowRejectedException(
                    "growth_text",
                    "",
                    "is required when growth_pct is given (the words as printed)",
                    Problem.of("growthTextRequired"));
        }
        if (base == null) {
            throw new RowRejectedException(
                    "growth_base",
                    "",
                    "is required when growth_pct is given (the period compared with)",
                    Problem.of("growthBaseRequired"));
        }
        if (period.isDated() && base.isDated() && base.compareTo(period) >= 0) {
            throw new RowRejectedException(
                    "growth_base",
                    base.code(),
                    "must be earlier than the period " + period.code(),
                    Problem.of("baseNotEarlier", period.code()));
        }
        if (period.isDated() && base.isDated() && period.isFullYear() != base.isFullYear()) {
            throw new RowRejectedException(
                    "growth_base",
                    base.code(),
                    "a full year and a part of a year are not comparable (period " + period.code() + ")",
                    Problem.of("yearAndPart", period.code()));
        }
        return new StatedGrowth(pct, text, kind, base);
    }

    @Override
    Map<String, Object> toColumns(Figure x) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", x.id());
        m.put("reporter", x.reporter());
        m.put("partner", x.partner());
        m.put("indicator", x.indicator().code());
        m.put("scope", x.scope().code());
        m.put("item", x.item());
        m.put("period", x.period().code());
        m.put("amount", x.value());
        m.put("unit", x.unit() == null ? null : x.unit().name());
        m.put("qualifier", x.qualifier().name().toLowerCase(java.util.Locale.ROOT));
        StatedGrowth g = x.growth();
        m.put("growth_pct", g == null ? null : g.percent());
        m.put("growth_text", g == null ? null : g.text());
        m.put("growth_kind", g == null ? null : g.kind().code());
        m.put("growth_base", g == null ? null : g.base().code());
        m.put("source_id", x.source());
        m.put("seed", SeedPlace.format(x.seed()));
        m.put("conflict", x.conflict());
        m.put("note", x.note());
        m.put("note_ru", x.noteRu());
        m.put("item_ru", x.itemRu());
        m.put("growth_text_ru", x.growthTextRu());
        return m;
    }
}
