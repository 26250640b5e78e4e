package org.coopbrief.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Qualifier;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.GrammaticalCase;
import org.coopbrief.localisation.Texts;

/**
 * Why the analysis decided what it did (a target's status, how its value was obtained, a finding), as
 * structured clauses rather than English text: each clause is a {@link Code} with its arguments in a
 * language-neutral form (codes, plain decimals, period codes). Every export words them in its
 * language with {@link #in(Texts)}, through the bundles' {@code reason.<CODE>} patterns; the clauses
 * are joined with "; ". Stored in the results tables as {@link #encode()}.
 */
public record Reason(List<Clause> clauses) {

    public Reason {
        clauses = List.copyOf(clauses);
    }

    /** How each argument of a clause is worded. */
    public enum Arg {
        /** A plain decimal, "~" before it when approximate. */
        AMOUNT,
        /** A percent as a plain decimal. */
        PERCENT,
        /** A period code ("2020", "2021-Q1"). */
        PERIOD,
        /** A period code after "from"/"since" (Russian "с", "от": in the genitive, "с января–февраля 2020 г."). */
        PERIOD_SINCE,
        /** A period code after "in" (Russian "в": in the prepositional, "в январе–феврале 2020 г."). */
        PERIOD_IN,
        /** A date, ISO. */
        DATE,
        SCOPE,
        INDICATOR,
        UNIT,
        QUALIFIER,
        /** The partners compared, "kind:parent" ("region:RU"), worded as the bundles' {@code peers.in.<kind>}. */
        PEERS,
        /** A level, {@link #level}: its qualifier, amount and unit (the unit empty for USD million). */
        LEVEL,
        /** The origin of a level ({@code derived}, {@code implied}); empty for a printed one. */
        ORIGIN,
        /** A range of plain decimals, {@link #bounds}: "low..high", "low.." or "..high". */
        BOUNDS,
        /** A sum of flows, {@link #flow}: indicator codes and plain decimals with +, - and "2 x". */
        FLOW,
        /** A printed version of a number, {@link #version}: level, figure id, period and seed. */
        VERSION,
        /** A plain decimal, with all its fraction digits (a rate, a factor). */
        DECIMAL,
        /** Printed as it is (years, ids, places in the books). */
        TEXT
    }

    private static final String PART = "|";

    /** The clauses the analysis gives; the bundles word each one ({@code reason.<name>}). */
    public enum Code {
        // a target's status
        BASELINE_UNKNOWN(Arg.INDICATOR, Arg.PERIOD),
        NO_DEADLINE,
        NO_ACTUAL(Arg.INDICATOR, Arg.SCOPE, Arg.UNIT, Arg.DATE),
        NOT_COMPARED(Arg.SCOPE, Arg.PERIOD, Arg.AMOUNT, Arg.UNIT),
        LATEST(Arg.PERIOD, Arg.AMOUNT, Arg.UNIT, Arg.AMOUNT),
        LATEST_OTHER_SCOPE(Arg.PERIOD, Arg.AMOUNT, Arg.UNIT, Arg.SCOPE, Arg.AMOUNT),
        WIDER_PROVES_NOTHING(Arg.SCOPE),
        REACHED(Arg.PERIOD_IN, Arg.AMOUNT, Arg.UNIT, Arg.AMOUNT),
        DEADLINE_PASSED(Arg.TEXT),
        NO_ACTUAL_FOR(Arg.TEXT),
        NO_GROWTH_SINCE_SET(Arg.PERCENT, Arg.TEXT),
        GROWTH_ENOUGH(Arg.PERCENT, Arg.PERCENT, Arg.PERIOD_SINCE, Arg.TEXT),
        GROWTH_TOO_LOW(Arg.PERCENT, Arg.PERCENT, Arg.PERIOD_SINCE, Arg.TEXT),
        // how a target's value was obtained
        TARGET_VALUE(Arg.QUALIFIER, Arg.AMOUNT, Arg.UNIT),
        VIA_RATE(Arg.TEXT),
        BASELINE_MULTIPLE(Arg.AMOUNT, Arg.INDICATOR, Arg.PERIOD, Arg.AMOUNT, Arg.UNIT),
        BASELINE_MULTIPLE_UNKNOWN(Arg.AMOUNT, Arg.INDICATOR, Arg.PERIOD),
        // data-quality findings
        GROWTH_DIFFERS(Arg.INDICATOR, Arg.PERIOD, Arg.PERCENT, Arg.PERCENT, Arg.BOUNDS),
        GROWTH_IN_PRINTED_CURRENCY(Arg.PERIOD_SINCE, Arg.PERIOD),
        GROWTH_WORDS_MET(Arg.BOUNDS),
        FLOW_SUM_DIFFERS(Arg.PERIOD, Arg.AMOUNT, Arg.AMOUNT, Arg.AMOUNT, Arg.AMOUNT),
        FLOW_BALANCE_DIFFERS(Arg.PERIOD, Arg.AMOUNT, Arg.AMOUNT, Arg.AMOUNT, Arg.AMOUNT),
        CONFLICT_SAME(Arg.TEXT, Arg.VERSION, Arg.VERSION),
        CONFLICT_DIFFERENT(Arg.TEXT, Arg.VERSION, Arg.VERSION),
        CONFLICT_NOT_COMPARABLE(Arg.TEXT, Arg.VERSION, Arg.VERSION),
        VERSION_USED(Arg.TEXT),
        VERSIONS_DIFFER_IN(Arg.TEXT),
        // what the two numbers of a finding are
        LABEL_STATED(Arg.TEXT, Arg.PERCENT, Arg.PERIOD),
        LABEL_COMPUTED(Arg.LEVEL, Arg.PERIOD, Arg.ORIGIN, Arg.LEVEL, Arg.PERIOD, Arg.ORIGIN),
        LABEL_FLOW(Arg.FLOW),
        LABEL_VERSION(Arg.VERSION),
        // how a finding's tolerance was derived
        BASIS_GROWTH(Arg.BOUNDS, Arg.LEVEL, Arg.BOUNDS, Arg.LEVEL, Arg.BOUNDS, Arg.BOUNDS),
        BASIS_IN_PRINTED_CURRENCY(Arg.LEVEL, Arg.LEVEL, Arg.PERIOD, Arg.PERIOD),
        BASIS_FLOW(Arg.FLOW, Arg.BOUNDS, Arg.FLOW, Arg.BOUNDS),
        BASIS_CONFLICT(Arg.VERSION, Arg.BOUNDS, Arg.VERSION, Arg.BOUNDS),
        BASIS_NOT_COMPARABLE,
        // how a level was obtained
        LEVEL_IN_USD(Arg.LEVEL),
        NOT_CONVERTED_RANGE(Arg.TEXT, Arg.PERIOD),
        NOT_CONVERTED_NO_RATE(Arg.TEXT, Arg.TEXT),
        /** The printed level, the rate, currency, year, the rate's source and its Russian text (exchange_rates.csv). */
        CONVERTED(Arg.LEVEL, Arg.DECIMAL, Arg.TEXT, Arg.TEXT, Arg.TEXT, Arg.TEXT),
        PRINTED_LEVEL(Arg.LEVEL),
        IMPLIED_BY(Arg.LEVEL, Arg.PERIOD, Arg.TEXT, Arg.PERCENT, Arg.PERIOD, Arg.DECIMAL, Arg.DECIMAL, Arg.TEXT),
        DERIVED_FLOW(Arg.INDICATOR, Arg.FLOW),
        // what a share is of
        SHARE_OF_WORLD,
        SHARE_OF_PEERS(Arg.TEXT, Arg.PEERS),
        /** A text stored before reasons were structured: shown as it is. */
        TEXT(Arg.TEXT);

        private final List<Arg> args;

        Code(Arg... args) {
            this.args = List.of(args);
        }

        public List<Arg> args() {
            return args;
        }
    }

    /** One clause: a code and its arguments, as many as the code takes. */
    public record Clause(Code code, List<String> args) {

        public Clause {
            args = List.copyOf(args);
            if (args.size() != code.args().size()) {
                throw new IllegalArgumentException(
                        code + " takes " + code.args().size() + " arguments: " + args);
            }
        }
    }

    private static final String CLAUSES = "\u001E";
    private static final String ARGS = "\u001F";

    /** A reason of one clause. Arguments: strings as they are, numbers plain, codes of the vocabularies. */
    public static Reason of(Code code, Object... args) {
        return new Reason(List.of(clause(code, args)));
    }

    /** This reason followed by another clause. */
    public Reason and(Code code, Object... args) {
        List<Clause> all = new ArrayList<>(clauses);
        all.add(clause(code, args));
        return new Reason(all);
    }

    /** This reason followed by the clauses of another. */
    public Reason and(Reason other) {
        List<Clause> all = new ArrayList<>(clauses);
        all.addAll(other.clauses);
        return new Reason(all);
    }

    private static Clause clause(Code code, Object... args) {
        return new Clause(code, Arrays.stream(args).map(Reason::neutral).toList());
    }

    /** A level in neutral form: qualifier, amount as printed, and unit (null for none shown). */
    static String level(Qualifier qualifier, BigDecimal amount, Unit unit) {
        return (qualifier == null || qualifier == Qualifier.EXACT ? "" : qualifier.name())
                + PART
                + Decimals.plain(amount)
                + PART
                + (unit == null ? "" : unit.name());
    }

    /** A range in neutral form, rounded to {@code places}: "low..high", "low.." (no upper end), "..high". */
    static String bounds(BigDecimal low, BigDecimal high, int places) {
        return (low == null ? "" : Decimals.round(low, places)) + ".."
                + (high == null ? "" : Decimals.round(high, places));
    }

    /**
     * A printed version in neutral form: the level (no value: empty amount), figure id, period and
     * seed places.
     */
    static String version(Qualifier qualifier, BigDecimal value, Unit unit, String id, String period, String seed) {
        return (qualifier == Qualifier.EXACT ? "" : qualifier.name())
                + PART
                + (value == null ? "" : Decimals.plain(value))
                + PART
                + (unit == null ? "" : unit.name())
                + PART
                + id
                + PART
                + period
                + PART
                + seed;
    }

    /** An amount, "~" before it when approximate. */
    static String amount(BigDecimal value, boolean approximate) {
        return (approximate ? "~" : "") + Decimals.plain(value);
    }

    private static String neutral(Object a) {
        if (a == null) {
            return "";
        }
        if (a instanceof BigDecimal d) {
            return Decimals.plain(d);
        }
        if (a instanceof Period p) {
            return p.code();
        }
        if (a instanceof Scope s) {
            return s.code();
        }
        if (a instanceof Indicator i) {
            return i.code();
        }
        if (a instanceof Unit u) {
            return u.name();
        }
        if (a instanceof Qualifier q) {
            return q.name();
        }
        return a.toString();
    }

    /** The reason as stored: clauses and arguments separated by control characters no text holds. */
    public String encode() {
        return clauses.stream()
                .map(c -> c.args().isEmpty() ? c.code().name() : c.code().name() + ARGS + String.join(ARGS, c.args()))
                .collect(Collectors.joining(CLAUSES));
    }

    /** A stored reason; a text stored before reasons were structured is kept as one {@link Code#TEXT} clause. */
    public static Reason decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return new Reason(List.of());
        }
        List<Clause> clauses = new ArrayList<>();
        for (String c : stored.split(CLAUSES, -1)) {
            String[] parts = c.split(ARGS, -1);
            Code code;
            try {
                code = Code.valueOf(parts[0]);
            } catch (IllegalArgumentException e) {
                return of(Code.TEXT, stored);
            }
            List<String> args = List.of(parts).subList(1, parts.length);
            if (code == Code.CONVERTED && args.size() == 5) {
                // stored before the rate's Russian source was an argument (V10): its English source stands in
                args = new ArrayList<>(args);
                args.add(args.get(4));
            }
            if (args.size() != code.args().size()) {
                return of(Code.TEXT, stored);
            }
            clauses.add(new Clause(code, args));
        }
        return new Reason(clauses);
    }

    /** The reason worded in the language of {@code texts}: each clause through {@code reason.<CODE>}, joined by "; ". */
    public String in(Texts texts) {
        return in(texts, code -> code);
    }

    /** {@link #in(Texts)}, with the entities it names ({@link Arg#PEERS}' parent) worded by {@code names}. */
    public String in(Texts texts, java.util.function.Function<String, String> names) {
        return clauses.stream().map(c -> word(texts, names, c)).collect(Collectors.joining("; "));
    }

    /** The reason in English, for logs and tests. */
    @Override
    public String toString() {
        return encode().replace(CLAUSES, "; ").replace(ARGS, " ");
    }

    private static String word(Texts texts, java.util.function.Function<String, String> names, Clause c) {
        Object[] args = new Object[c.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = word(texts, names, c.code().args().get(i), c.args().get(i));
        }
        return texts.text("reason." + c.code().name(), args);
    }

    private static String word(Texts texts, java.util.function.Function<String, String> names, Arg kind, String value) {
        if (value.isEmpty()) {
            return "";
        }
        return switch (kind) {
            case AMOUNT ->
                value.startsWith("~")
                        ? "~" + texts.amount(new BigDecimal(value.substring(1)))
                        : texts.amount(new BigDecimal(value));
            case PERCENT -> texts.percent(new BigDecimal(value));
            case PERIOD -> texts.period(Period.parse(value));
            case PERIOD_SINCE -> texts.period(Period.parse(value), GrammaticalCase.GENITIVE);
            case PERIOD_IN -> texts.period(Period.parse(value), GrammaticalCase.PREPOSITIONAL);
            case DATE -> texts.date(LocalDate.parse(value));
            case SCOPE -> texts.scope(Scope.parse(value));
            case INDICATOR ->
                texts.indicator(Indicator.parse(value))
                        .toLowerCase(texts.language().locale());
            case UNIT -> texts.unit(Unit.valueOf(value));
            case QUALIFIER -> {
                String word = texts.qualifier(Qualifier.valueOf(value));
                yield word.isEmpty() ? "" : word + " ";
            }
            case PEERS -> {
                int colon = value.indexOf(':');
                String parent = colon < 0 ? "" : value.substring(colon + 1);
                yield texts.text(
                        "peers.in." + (colon < 0 ? value : value.substring(0, colon)),
                        parent.isEmpty() ? "" : texts.nameOf(parent, names.apply(parent)));
            }
            case LEVEL -> value.contains(PART) ? level(texts, value.split("\\|", -1)) : value;
            case ORIGIN -> texts.text("reason.origin", texts.text("origin." + value));
            case BOUNDS -> bounds(texts, value);
            case FLOW -> flow(texts, value);
            case VERSION -> {
                String[] p = value.split("\\|", -1);
                yield p.length != 6
                        ? value
                        : texts.text(
                                "reason.version",
                                p[1].isEmpty() ? texts.text("reason.noLevel") : level(texts, p),
                                p[3],
                                texts.period(Period.parse(p[4])),
                                p[5]);
            }
            case DECIMAL -> decimal(texts, value);
            case TEXT -> value;
        };
    }

    /** Qualifier, amount and unit (parts 0 to 2) worded: "about 6.7 RUB billion". */
    private static String level(Texts texts, String[] p) {
        String q = p[0].isEmpty() ? "" : texts.qualifier(Qualifier.valueOf(p[0]));
        String amount = decimal(texts, p[1]);
        String unit = p[2].isEmpty() ? "" : "\u00a0" + texts.unit(new BigDecimal(p[1]), Unit.valueOf(p[2]));
        return (q.isEmpty() ? "" : q + " ") + amount + unit;
    }

    /** A plain decimal in the language's digits, with as many fraction digits as it has. */
    private static String decimal(Texts texts, String plain) {
        BigDecimal d = new BigDecimal(plain);
        return texts.number(d, Math.max(0, d.scale()));
    }

    private static String bounds(Texts texts, String value) {
        int dots = value.indexOf("..");
        if (dots < 0) {
            return value; // stored before ranges were structured
        }
        String low = value.substring(0, dots);
        String high = value.substring(dots + 2);
        if (low.isEmpty() && high.isEmpty()) {
            return texts.text("reason.bounds.any");
        }
        if (high.isEmpty()) {
            return texts.text("reason.bounds.atLeast", decimal(texts, low));
        }
        if (low.isEmpty()) {
            return texts.text("reason.bounds.atMost", decimal(texts, high));
        }
        return texts.text("reason.bounds.range", decimal(texts, low), decimal(texts, high));
    }

    /** "exports 7.9 + imports 10.9", "2 x exports 58.7 - balance 45", worded term by term. */
    private static String flow(Texts texts, String value) {
        List<String> words = new ArrayList<>();
        for (String whole : value.split(" ")) {
            String open = whole.startsWith("(") ? "(" : "";
            String close = whole.endsWith(")") && whole.length() > 1 ? ")" : "";
            String token = whole.substring(open.length(), whole.length() - close.length());
            int before = words.size();
            if (token.equals("x")) {
                words.add("\u00d7");
            } else if (token.equals("-")) {
                words.add("\u2212");
            } else if (token.equals("+")) {
                words.add(token);
            } else if (token.matches("-?\\d+(\\.\\d+)?")) {
                words.add(decimal(texts, token));
            } else {
                try {
                    words.add(texts.indicator(Indicator.parse(token))
                            .toLowerCase(texts.language().locale()));
                } catch (IllegalArgumentException e) {
                    words.add(token);
                }
            }
            words.set(before, open + words.get(before) + close);
        }
        return String.join(" ", words);
    }
}
