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
        /** A date, ISO. */
        DATE,
        SCOPE,
        INDICATOR,
        UNIT,
        QUALIFIER,
        /** The partners compared, "kind:parent" ("region:RU"), worded as the bundles' {@code peers.in.<kind>}. */
        PEERS,
        /** Printed as it is (years, ids, places in the books). */
        TEXT
    }

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
        REACHED(Arg.PERIOD, Arg.AMOUNT, Arg.UNIT, Arg.AMOUNT),
        DEADLINE_PASSED(Arg.TEXT),
        NO_ACTUAL_FOR(Arg.TEXT),
        NO_GROWTH_SINCE_SET(Arg.PERCENT, Arg.TEXT),
        GROWTH_ENOUGH(Arg.PERCENT, Arg.PERCENT, Arg.PERIOD, Arg.TEXT),
        GROWTH_TOO_LOW(Arg.PERCENT, Arg.PERCENT, Arg.PERIOD, Arg.TEXT),
        // how a target's value was obtained
        TARGET_VALUE(Arg.QUALIFIER, Arg.AMOUNT, Arg.UNIT),
        VIA_RATE(Arg.TEXT),
        BASELINE_MULTIPLE(Arg.AMOUNT, Arg.INDICATOR, Arg.PERIOD, Arg.AMOUNT, Arg.UNIT),
        BASELINE_MULTIPLE_UNKNOWN(Arg.AMOUNT, Arg.INDICATOR, Arg.PERIOD),
        // data-quality findings
        GROWTH_DIFFERS(Arg.INDICATOR, Arg.PERIOD, Arg.PERCENT, Arg.PERCENT, Arg.TEXT),
        GROWTH_IN_PRINTED_CURRENCY(Arg.PERIOD, Arg.PERIOD),
        GROWTH_WORDS_MET(Arg.TEXT),
        FLOW_SUM_DIFFERS(Arg.PERIOD, Arg.AMOUNT, Arg.AMOUNT, Arg.AMOUNT, Arg.AMOUNT),
        FLOW_BALANCE_DIFFERS(Arg.PERIOD, Arg.AMOUNT, Arg.AMOUNT, Arg.AMOUNT, Arg.AMOUNT),
        CONFLICT_SAME(Arg.TEXT, Arg.TEXT, Arg.TEXT),
        CONFLICT_DIFFERENT(Arg.TEXT, Arg.TEXT, Arg.TEXT),
        CONFLICT_NOT_COMPARABLE(Arg.TEXT, Arg.TEXT, Arg.TEXT),
        VERSION_USED(Arg.TEXT),
        VERSIONS_DIFFER_IN(Arg.TEXT),
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
                        parent.isEmpty() ? "" : names.apply(parent));
            }
            case TEXT -> value;
        };
    }
}
