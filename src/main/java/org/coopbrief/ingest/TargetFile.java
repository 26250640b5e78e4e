package org.coopbrief.ingest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.dataset.Deadline;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.SeedPlace;
import org.coopbrief.dataset.Target;
import org.coopbrief.dataset.Unit;

final class TargetFile extends DatasetFile<Target> {

    @Override
    String fileName() {
        return "targets.csv";
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
                "value",
                "unit",
                "baseline_multiple",
                "baseline_period",
                "deadline",
                "set_on",
                "qualifier",
                "source",
                "seed",
                "text",
                "text_ru",
                "note");
    }

    @Override
    String table() {
        return "target";
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
                "amount",
                "unit",
                "baseline_multiple",
                "baseline_period",
                "deadline",
                "set_on",
                "qualifier",
                "source_id",
                "seed",
                "quote",
                "quote_ru",
                "note");
    }

    @Override
    String id(Target row) {
        return row.id();
    }

    @Override
    Target parse(RowFields f, Lookups lookups) {
        String id = f.code("id", true);
        String reporter = f.code("reporter", true);
        lookups.requireEntity("reporter", reporter);
        String partner = f.code("partner", true);
        lookups.requireEntity("partner", partner);
        Indicator indicator = f.required("indicator", Indicator::parse);
        Scope scope = f.required("scope", Scope::parse);
        String item = f.optional("item");
        String itemRu = f.russian("item_ru", "item");
        BigDecimal value = f.decimal("value");
        Unit unit = f.optional("unit", Unit::parse);
        BigDecimal multiple = f.decimal("baseline_multiple");
        Period baseline = f.optional("baseline_period", Period::parse);
        if ((value == null) == (multiple == null)) {
            throw new RowRejectedException(
                    "value",
                    value == null ? "" : value.toPlainString(),
                    "give either a value or a baseline_multiple, not both or neither",
                    org.coopbrief.dataset.Problem.of("valueOrMultiple"));
        }
        if (value != null && (unit == null || value.signum() <= 0)) {
            throw new RowRejectedException(
                    unit == null ? "unit" : "value",
                    value.toPlainString(),
                    unit == null ? "is required with a value" : "a target value must be positive",
                    org.coopbrief.dataset.Problem.of(unit == null ? "unitWithTargetValue" : "targetPositive"));
        }
        if (multiple != null && (baseline == null || multiple.signum() <= 0)) {
            throw new RowRejectedException(
                    baseline == null ? "baseline_period" : "baseline_multiple",
                    multiple.toPlainString(),
                    baseline == null ? "is required with a baseline_multiple" : "must be positive",
                    org.coopbrief.dataset.Problem.of(baseline == null ? "baselineRequired" : "positive"));
        }
        if (multiple == null && baseline != null) {
            throw new RowRejectedException(
                    "baseline_period",
                    baseline.code(),
                    "is only used with a baseline_multiple",
                    org.coopbrief.dataset.Problem.of("baselineOnlyWithMultiple"));
        }
        Deadline deadline = f.optional("deadline", Deadline::parse);
        PartialDate setOn = f.optional("set_on", PartialDate::parse);
        if (deadline != null && setOn != null && deadline.lastYear() < setOn.year()) {
            throw new RowRejectedException(
                    "deadline",
                    deadline.code(),
                    "ends before the target was set (" + setOn.code() + ")",
                    org.coopbrief.dataset.Problem.of("deadlineBeforeSet", setOn.code()));
        }
        Qualifier qualifier = f.optional("qualifier", Qualifier::parse);
        String source = f.code("source", false);
        lookups.requireSource("source", source);
        return new Target(
                id,
                reporter,
                partner,
                indicator,
                scope,
                item,
                itemRu,
                value,
                unit,
                multiple,
                baseline,
                deadline,
                setOn,
                qualifier == null ? Qualifier.EXACT : qualifier,
                source,
                f.required("seed", SeedPlace::parseList),
                f.required("text"),
                f.russian("text_ru", "text"),
                f.optional("note"));
    }

    @Override
    Map<String, Object> toColumns(Target t) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", t.id());
        m.put("reporter", t.reporter());
        m.put("partner", t.partner());
        m.put("indicator", t.indicator().code());
        m.put("scope", t.scope().code());
        m.put("item", t.item());
        m.put("item_ru", t.itemRu());
        m.put("amount", t.value());
        m.put("unit", t.unit() == null ? null : t.unit().name());
        m.put("baseline_multiple", t.baselineMultiple());
        m.put(
                "baseline_period",
                t.baselinePeriod() == null ? null : t.baselinePeriod().code());
        m.put("deadline", t.deadline() == null ? null : t.deadline().code());
        m.put("set_on", t.setOn() == null ? null : t.setOn().code());
        m.put("qualifier", t.qualifier().name().toLowerCase(java.util.Locale.ROOT));
        m.put("source_id", t.source());
        m.put("seed", SeedPlace.format(t.seed()));
        m.put("quote", t.text());
        m.put("quote_ru", t.textRu());
        m.put("note", t.note());
        return m;
    }
}
