package org.coopbrief.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.Changes;
import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.FindingRow;
import org.coopbrief.analysis.GrowthRow;
import org.coopbrief.analysis.Level;
import org.coopbrief.analysis.Origin;
import org.coopbrief.analysis.Standing;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.dataset.Entity;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Scope;
import org.coopbrief.dataset.Target;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;
import org.coopbrief.run.ReportSelection;

/**
 * Prints one partner's comparisons, targets and findings as aligned text for the terminal, in one
 * language: headers, labels, names and numbers come from {@link Texts}. Periods and entity codes
 * stay as the command line writes them.
 */
final class ComparisonPrinter {

    private final PrintWriter out;
    private final Texts texts;
    private final Map<String, Entity> entities;
    private final Map<String, Target> targets;
    private final Map<String, String> itemsRu;

    ComparisonPrinter(PrintWriter out, Texts texts, List<Entity> entities, List<Target> targets) {
        this(out, texts, entities, targets, Map.of());
    }

    /** {@code itemsRu}: a figure's or target's item to its Russian text (item_ru), for {@code --lang ru}. */
    ComparisonPrinter(
            PrintWriter out, Texts texts, List<Entity> entities, List<Target> targets, Map<String, String> itemsRu) {
        this.itemsRu = Map.copyOf(itemsRu);
        this.out = out;
        this.texts = texts;
        this.entities = entities.stream().collect(Collectors.toMap(Entity::code, Function.identity()));
        this.targets = targets.stream().collect(Collectors.toMap(Target::id, Function.identity()));
    }

    void print(AnalysisReport report, String partner) {
        ReportSelection p = report.parameters();
        out.println(
                texts.text("compare.header", name(report, p.reporter()), p.reporter(), name(report, partner), partner));
        out.println(texts.text(
                "compare.asOf",
                texts.date(p.asOf()),
                p.focus() == null ? texts.text("compare.noFocus") : p.focus().code()));
        out.println(texts.text("compare.legend.approximate"));
        out.println(texts.text("compare.legend.origin"));
        out.println(texts.text("compare.legend.units"));
        out.println();
        comparisons(report);
        growth(report);
        out.println();
        targets(report);
        if (!report.findings().isEmpty()) {
            out.println();
            out.println(texts.text("compare.quality"));
            for (FindingRow f : report.findings()) {
                out.println("  " + f.reporter() + "-" + f.partner() + " " + finding(f));
            }
        }
    }

    /** What is new since a run, as the analysis words it: a heading, the comparison's sentence, one line per change. */
    void changes(Changes changes, long run) {
        out.println();
        out.println(texts.text("compare.since", Long.toString(run)));
        out.println("  " + changes.intro(texts.language()));
        changes.points(texts.language()).forEach(point -> out.println("  - " + point));
    }

    private String name(AnalysisReport report, String code) {
        Entity e = entities.get(code);
        return e == null ? report.name(code) : texts.name(e);
    }

    private void comparisons(AnalysisReport report) {
        TextTable t = new TextTable(
                head("period"),
                head("reporter"),
                head("partner"),
                head("series"),
                ">" + head("value"),
                ">" + head("previous"),
                ">" + head("absChange"),
                ">" + head("pctChange"),
                ">" + head("stated"),
                ">" + head("share"),
                ">" + head("rank"));
        for (ComparisonRow r : report.comparisons()) {
            Level v = r.value();
            Unit unit = r.unit();
            boolean approx = r.change() != null && r.change().approximate();
            t.row(
                    (r.focus() ? "*" : " ") + r.period().code(),
                    r.reporter(),
                    r.partner(),
                    series(r.indicator(), r.scope(), r.item(), unit),
                    v == null ? na() : level(v),
                    r.change() == null
                            ? ""
                            : mark(r.change().previousApproximate())
                                    + amount(r.change().previousAmount(), unit)
                                    + origin(r.change().previousOrigin()),
                    r.change() == null ? "" : mark(approx) + signed(r.change().absolute(), unit),
                    r.change() == null
                            ? ""
                            : r.change().percent() == null
                                    ? na()
                                    : mark(approx) + percent(r.change().percent()),
                    r.stated() == null
                            ? ""
                            : percent(r.stated().percent())
                                    + (r.change() != null
                                                    && r.stated()
                                                            .base()
                                                            .equals(r.change().previousPeriod())
                                            ? ""
                                            : texts.text(
                                                    "compare.on",
                                                    r.stated().base().code())),
                    share(r.standing()),
                    rank(r.standing()));
        }
        if (t.isEmpty()) {
            out.println(texts.text("compare.none"));
        } else {
            t.print(out);
        }
    }

    private void growth(AnalysisReport report) {
        if (report.growth().isEmpty()) {
            return;
        }
        out.println();
        out.println(texts.text("compare.growth"));
        TextTable t = new TextTable(
                head("from"),
                head("to"),
                head("reporter"),
                head("partner"),
                head("series"),
                ">" + head("start"),
                ">" + head("end"),
                ">" + head("total"),
                ">" + head("cagr"));
        for (GrowthRow g : report.growth()) {
            t.row(
                    g.startPeriod().code(),
                    g.endPeriod().code(),
                    g.reporter(),
                    g.partner(),
                    series(g.indicator(), g.scope(), g.item(), g.unit()),
                    mark(g.startApproximate()) + amount(g.startAmount(), g.unit()) + origin(g.startOrigin()),
                    mark(g.endApproximate()) + amount(g.endAmount(), g.unit()) + origin(g.endOrigin()),
                    g.totalPct() == null ? na() : mark(g.approximate()) + percent(g.totalPct()),
                    g.cagrPct() == null
                            ? na()
                            : texts.text("compare.perYear", mark(g.approximate()) + percent(g.cagrPct())));
        }
        t.print(out);
    }

    private void targets(AnalysisReport report) {
        out.println(texts.text("compare.targets"));
        if (report.targets().isEmpty()) {
            out.println("  " + texts.text("compare.targets.none"));
            return;
        }
        TextTable t = new TextTable(
                head("id"),
                head("reporter"),
                head("series"),
                ">" + head("target"),
                head("deadline"),
                ">" + head("actual"),
                head("year"),
                ">" + head("attainment"),
                ">" + head("gap"),
                ">" + head("required"),
                head("status"));
        for (TargetRow r : report.targets()) {
            Unit unit = r.unit();
            t.row(
                    r.targetId(),
                    r.reporter(),
                    series(r.indicator(), r.scope(), null, unit),
                    r.targetAmount() == null ? na() : mark(r.targetApproximate()) + amount(r.targetAmount(), unit),
                    r.deadline() == null
                            ? texts.text("compare.noDeadline")
                            : r.deadline().code(),
                    r.actual() == null
                            ? na()
                            : mark(r.actual().approximate()) + amount(r.actual().amount(), unit),
                    r.actual() == null ? "" : r.actual().period().code(),
                    r.attainmentPct() == null ? na() : mark(r.approximate()) + plainPercent(r.attainmentPct()),
                    r.gap() == null ? na() : mark(r.approximate()) + amount(r.gap(), unit),
                    r.requiredGrowthPct() == null
                            ? na()
                            : texts.text("compare.perYear", percent(r.requiredGrowthPct())),
                    status(r));
        }
        t.print(out);
        for (TargetRow r : report.targets()) {
            Target target = targets.get(r.targetId());
            String quote = texts.ofData(r.quote(), target == null ? null : target.textRu());
            String indent = "  " + " ".repeat(r.targetId().length()) + " ";
            // the analysis words its basis and explanation in English: shown in the English output only
            if (texts.language() == Language.EN) {
                out.println("  " + r.targetId() + " " + texts.quoted(quote) + " ("
                        + r.targetBasis().in(texts) + ")");
                out.println(indent + status(r) + ": " + r.explanation().in(texts));
            } else {
                out.println("  " + r.targetId() + " " + texts.quoted(quote));
            }
            if (r.partial() != null) {
                out.println(indent
                        + texts.text(
                                "compare.partial",
                                r.partial().period().code(),
                                mark(r.partial().approximate())
                                        + amount(r.partial().amount(), r.unit())));
            }
        }
    }

    private String finding(FindingRow f) {
        if (texts.language() == Language.EN) {
            return f.message().in(texts);
        }
        return texts.text(
                "compare.finding",
                texts.text("finding." + f.kind().name()),
                series(f.indicator(), f.scope(), f.item(), null),
                f.period() == null ? "" : f.period().code(),
                amount(f.firstAmount(), f.unit()),
                amount(f.secondAmount(), f.unit()));
    }

    private String head(String column) {
        return texts.text("compare.col." + column);
    }

    private String status(TargetRow r) {
        return texts.text("status." + r.status().name());
    }

    /** "Turnover / goods", with the part ("butter") and a unit other than USD million ("[units]"). */
    private String series(Indicator indicator, Scope scope, String item, Unit unit) {
        return texts.indicator(indicator) + " / " + texts.scope(scope)
                + (item == null ? "" : " (" + texts.ofData(item, itemsRu.get(item)) + ")")
                + (unit == null || unit == Unit.USD_M ? "" : " [" + texts.unit(unit) + "]");
    }

    private String level(Level v) {
        return mark(v.approximate()) + amount(v.amount(), v.unit()) + origin(v.origin());
    }

    private String origin(Origin o) {
        return switch (o) {
            case REPORTED -> "  ";
            case DERIVED -> " " + texts.text("compare.derived");
            case IMPLIED -> " " + texts.text("compare.implied");
        };
    }

    private static String mark(boolean approximate) {
        return approximate ? "~" : "";
    }

    private String na() {
        return texts.text("value.notApplicable");
    }

    /** USD million to one decimal (three under one: USD 818 thousand is 0.818); other units as printed, to two. */
    private String amount(BigDecimal x, Unit unit) {
        if (x == null) {
            return na();
        }
        if (unit != null && unit != Unit.USD_M) {
            BigDecimal s = x.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            return texts.number(s, Math.max(0, s.scale()));
        }
        int places = x.abs().compareTo(BigDecimal.ONE) < 0 && x.signum() != 0 ? 3 : 1;
        return texts.number(x, places);
    }

    private String signed(BigDecimal x, Unit unit) {
        String s = amount(x, unit);
        return x.signum() > 0 ? "+" + s : s;
    }

    private String percent(BigDecimal x) {
        String s = plainPercent(x);
        return x.signum() > 0 ? "+" + s : s;
    }

    private String plainPercent(BigDecimal x) {
        return texts.text("format.percent", texts.number(x, 1));
    }

    private String share(Standing s) {
        if (s == null || s.sharePct() == null) {
            return "";
        }
        return mark(s.approximate())
                + plainPercent(s.sharePct())
                + (s.ofWorldTotal() ? texts.text("compare.ofWorld") : "");
    }

    private static String rank(Standing s) {
        if (s == null || s.rank() == null) {
            return "";
        }
        String change = s.rankChange() == null
                ? ""
                : s.rankChange() == 0
                        ? " (=)"
                        : s.rankChange() > 0 ? " (+" + s.rankChange() + ")" : " (\u2212" + -s.rankChange() + ")";
        return s.rank() + "/" + s.partnersCovered() + change;
    }
}
