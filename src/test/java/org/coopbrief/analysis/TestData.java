package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.coopbrief.dataset.Deadline;
import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.EntityKind;
import org.coopbrief.dataset.ExchangeRate;
import org.coopbrief.dataset.Figure;
import org.coopbrief.dataset.GrowthKind;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.PartialDate;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.SeedPlace;
import org.coopbrief.dataset.StatedGrowth;
import org.coopbrief.dataset.Target;
import org.coopbrief.dataset.Unit;

/** Builders for figures, targets and levels in the unit tests of the calculators. */
final class TestData {

    private TestData() {}

    static final List<ExchangeRate> RUB_RATES =
            List.of(rate("2012", "31.09"), rate("2013", "31.85"), rate("2014", "38.42"));

    static ExchangeRate rate(String year, String perUsd) {
        return new ExchangeRate(
                "RUB",
                Integer.parseInt(year),
                new BigDecimal(perUsd),
                "Bank of Russia, annual average",
                null,
                "Банк России, среднегодовой",
                null);
    }

    static Entity entity(String code, EntityKind kind, String parent) {
        return new Entity(code, code + " name", "имя", kind, parent, true);
    }

    static List<Entity> entities() {
        return List.of(
                entity("BY", EntityKind.COUNTRY, null),
                entity("BY-HM", EntityKind.CITY, "BY"),
                entity("AF", EntityKind.COUNTRY, null),
                entity("GE", EntityKind.COUNTRY, null),
                entity("KZ", EntityKind.COUNTRY, null),
                entity("UZ", EntityKind.COUNTRY, null),
                entity("TJ", EntityKind.COUNTRY, null),
                entity("RU", EntityKind.COUNTRY, null),
                entity("RU-STA", EntityKind.REGION, "RU"),
                entity("RU-TA", EntityKind.REGION, "RU"),
                entity("CIS", EntityKind.BLOC, null),
                entity("WORLD", EntityKind.WORLD, null));
    }

    /** A figure builder: {@code fig("F1", "AF", "turnover", "2018", "38.7")}, reporter BY, goods, USD_M. */
    static F fig(String id, String partner, String indicator, String period, String value) {
        return new F(id, partner, indicator, period, value);
    }

    static final class F {
        String id;
        String reporter = "BY";
        String partner;
        Indicator indicator;
        Scope scope = Scope.GOODS;
        String item;
        Period period;
        BigDecimal value;
        Unit unit = Unit.USD_M;
        Qualifier qualifier = Qualifier.EXACT;
        StatedGrowth growth;
        String source = "B1-FN1";
        String conflict;

        F(String id, String partner, String indicator, String period, String value) {
            this.id = id;
            this.partner = partner;
            this.indicator = Indicator.parse(indicator);
            this.period = Period.parse(period);
            this.value = value == null ? null : new BigDecimal(value);
        }

        F reporter(String r) {
            reporter = r;
            return this;
        }

        F scope(String s) {
            scope = Scope.parse(s);
            return this;
        }

        F unit(String u) {
            unit = Unit.parse(u);
            return this;
        }

        F item(String i) {
            item = i;
            return this;
        }

        F q(String q) {
            qualifier = Qualifier.parse(q);
            return this;
        }

        F growth(String pct, String text, String kind, String base) {
            growth = new StatedGrowth(new BigDecimal(pct), text, GrowthKind.parse(kind), Period.parse(base));
            return this;
        }

        F uncited() {
            source = null;
            return this;
        }

        F conflict(String c) {
            conflict = c;
            return this;
        }

        Figure build() {
            return new Figure(
                    id,
                    reporter,
                    partner,
                    indicator,
                    scope,
                    item,
                    period,
                    value,
                    value == null ? null : unit,
                    qualifier,
                    growth,
                    source,
                    List.of(new SeedPlace("B1", 1)),
                    conflict,
                    null,
                    null,
                    null,
                    null);
        }
    }

    static List<Figure> figures(F... fs) {
        List<Figure> list = new ArrayList<>();
        for (F f : fs) {
            list.add(f.build());
        }
        return list;
    }

    /** A target builder: BY to partner, goods, USD_M. */
    static T target(String id, String partner, String indicator, String value, String deadline, String setOn) {
        return new T(id, partner, indicator, value, deadline, setOn);
    }

    static final class T {
        String id;
        String reporter = "BY";
        String partner;
        Indicator indicator;
        Scope scope = Scope.GOODS;
        String item;
        BigDecimal value;
        Unit unit = Unit.USD_M;
        BigDecimal multiple;
        Period baseline;
        Deadline deadline;
        PartialDate setOn;
        Qualifier qualifier = Qualifier.EXACT;

        T(String id, String partner, String indicator, String value, String deadline, String setOn) {
            this.id = id;
            this.partner = partner;
            this.indicator = Indicator.parse(indicator);
            this.value = value == null ? null : new BigDecimal(value);
            this.deadline = deadline == null ? null : Deadline.parse(deadline);
            this.setOn = setOn == null ? null : PartialDate.parse(setOn);
        }

        T unit(String u) {
            unit = Unit.parse(u);
            return this;
        }

        T scope(String s) {
            scope = Scope.parse(s);
            return this;
        }

        T item(String i) {
            item = i;
            return this;
        }

        T q(String q) {
            qualifier = Qualifier.parse(q);
            return this;
        }

        T baseline(String multipleOf, String period) {
            value = null;
            unit = null;
            multiple = new BigDecimal(multipleOf);
            baseline = Period.parse(period);
            return this;
        }

        Target build() {
            return new Target(
                    id,
                    reporter,
                    partner,
                    indicator,
                    scope,
                    item,
                    null,
                    value,
                    unit,
                    multiple,
                    baseline,
                    deadline,
                    setOn,
                    qualifier,
                    null,
                    List.of(new SeedPlace("B0", 1)),
                    "target " + id,
                    null,
                    null);
        }
    }

    /** The pool the analysis builds from these figures: printed, derived, implied. */
    static LevelPool pool(List<Figure> figures, List<ExchangeRate> rates) {
        UsdNormaliser normaliser = new UsdNormaliser(rates);
        ReportedLevels reported = new ReportedLevels(normaliser);
        var chosen = ReportedLevels.chooseVersions(figures);
        List<Level> printed = chosen.values().stream()
                .map(reported::level)
                .filter(java.util.Objects::nonNull)
                .toList();
        LevelPool pool = new LevelPool();
        pool.offerAll(printed);
        pool.offerAll(new FlowDeriver().derive(printed));
        pool.offerAll(new ImpliedLevels(normaliser).implied(List.copyOf(chosen.values())));
        return pool;
    }

    static LevelPool pool(F... fs) {
        return pool(figures(fs), RUB_RATES);
    }

    static SeriesKey usd(String partner, String indicator) {
        return SeriesKey.whole("BY", partner, Indicator.parse(indicator), Scope.GOODS, Unit.USD_M);
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
