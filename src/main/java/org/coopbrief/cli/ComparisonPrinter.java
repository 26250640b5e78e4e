package org.coopbrief.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.coopbrief.analysis.AnalysisReport;
import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.FindingRow;
import org.coopbrief.analysis.GrowthRow;
import org.coopbrief.analysis.Level;
import org.coopbrief.analysis.Origin;
import org.coopbrief.analysis.Standing;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.dataset.Unit;
import org.coopbrief.run.ReportSelection;

/** Prints one partner's comparisons, targets and findings as aligned text for the terminal. */
final class ComparisonPrinter {

    private final PrintWriter out;

    ComparisonPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(AnalysisReport report, String partner) {
        ReportSelection p = report.parameters();
        out.printf("%s (%s) with %s (%s)%n", report.name(p.reporter()), p.reporter(), report.name(partner), partner);
        out.printf(
                "as of %s; focus period %s (marked *); money in USD million%n",
                p.asOf(), p.focus() == null ? "none" : p.focus().code());
        out.println("~ approximate (qualified in the text, converted at an annual average rate, derived or implied);");
        out.println("d derived from the other flows; i implied by a stated growth; n/a not computable;");
        out.println(
                "[UNIT] values not in money; STATED the growth printed (on the previous comparable period unless named)");
        out.println();
        comparisons(report);
        growth(report);
        out.println();
        targets(report);
        if (!report.findings().isEmpty()) {
            out.println();
            out.println("DATA QUALITY");
            for (FindingRow f : report.findings()) {
                out.println("  " + f.reporter() + "-" + f.partner() + " " + f.message());
            }
        }
    }

    private void comparisons(AnalysisReport report) {
        TextTable t = new TextTable(
                "PERIOD",
                "REPORTER",
                "PARTNER",
                "INDICATOR / SCOPE",
                ">VALUE",
                ">PREVIOUS",
                ">ABS CHANGE",
                ">PCT CHANGE",
                ">STATED",
                ">SHARE",
                ">RANK");
        for (ComparisonRow r : report.comparisons()) {
            Level v = r.value();
            Unit unit = r.unit();
            boolean approx = r.change() != null && r.change().approximate();
            t.row(
                    (r.focus() ? "*" : " ") + r.period().code(),
                    r.reporter(),
                    r.partner(),
                    series(r),
                    v == null ? "n/a" : level(v),
                    r.change() == null
                            ? ""
                            : mark(r.change().previousApproximate())
                                    + amount(r.change().previousAmount(), unit)
                                    + origin(r.change().previousOrigin()),
                    r.change() == null ? "" : mark(approx) + signed(r.change().absolute(), unit),
                    r.change() == null
                            ? ""
                            : r.change().percent() == null
                                    ? "n/a"
                                    : mark(approx) + percent(r.change().percent()),
                    r.stated() == null
                            ? ""
                            : percent(r.stated().percent())
                                    + (r.change() != null
                                                    && r.stated()
                                                            .base()
                                                            .equals(r.change().previousPeriod())
                                            ? ""
                                            : " on " + r.stated().base().code()),
                    share(r.standing()),
                    rank(r.standing()));
        }
        if (t.isEmpty()) {
            out.println("No comparable figures for this partner at or before the as-of date.");
        } else {
            t.print(out);
        }
    }

    private void growth(AnalysisReport report) {
        if (report.growth().isEmpty()) {
            return;
        }
        out.println();
        out.println("MULTI-YEAR GROWTH (annual levels at least two years apart)");
        TextTable t = new TextTable(
                "FROM", "TO", "REPORTER", "PARTNER", "INDICATOR / SCOPE", ">START", ">END", ">TOTAL", ">CAGR");
        for (GrowthRow g : report.growth()) {
            t.row(
                    g.startPeriod().code(),
                    g.endPeriod().code(),
                    g.reporter(),
                    g.partner(),
                    g.indicator().code() + " / " + g.scope().code() + (g.item() == null ? "" : " (" + g.item() + ")")
                            + (g.unit() == Unit.USD_M ? "" : " [" + g.unit().name() + "]"),
                    mark(g.approximate()) + amount(g.startAmount(), g.unit()) + origin(g.startOrigin()),
                    mark(g.approximate()) + amount(g.endAmount(), g.unit()) + origin(g.endOrigin()),
                    g.totalPct() == null ? "n/a" : mark(g.approximate()) + percent(g.totalPct()),
                    g.cagrPct() == null ? "n/a" : mark(g.approximate()) + percent(g.cagrPct()) + "/yr");
        }
        t.print(out);
    }

    private void targets(AnalysisReport report) {
        out.println("TARGETS");
        if (report.targets().isEmpty()) {
            out.println("  none in the data for this partner");
            return;
        }
        TextTable t = new TextTable(
                "ID",
                "REPORTER",
                "INDICATOR / SCOPE",
                ">TARGET",
                "DEADLINE",
                ">ACTUAL",
                "YEAR",
                ">ATTAINMENT",
                ">GAP",
                ">REQUIRED",
                "STATUS");
        for (TargetRow r : report.targets()) {
            Unit unit = r.unit();
            t.row(
                    r.targetId(),
                    r.reporter(),
                    r.indicator().code() + " / " + r.scope().code()
                            + (unit == null || unit == Unit.USD_M ? "" : " [" + unit.name() + "]"),
                    r.targetAmount() == null ? "n/a" : mark(r.targetApproximate()) + amount(r.targetAmount(), unit),
                    r.deadline() == null ? "none" : r.deadline().code(),
                    r.actual() == null
                            ? "n/a"
                            : mark(r.actual().approximate()) + amount(r.actual().amount(), unit),
                    r.actual() == null ? "" : r.actual().period().code(),
                    r.attainmentPct() == null ? "n/a" : mark(r.approximate()) + plainPercent(r.attainmentPct()),
                    r.gap() == null ? "n/a" : mark(r.approximate()) + amount(r.gap(), unit),
                    r.requiredGrowthPct() == null ? "n/a" : percent(r.requiredGrowthPct()) + "/yr",
                    r.status().label());
        }
        t.print(out);
        for (TargetRow r : report.targets()) {
            out.println("  " + r.targetId() + " \"" + r.quote() + "\" (" + r.targetBasis() + ")");
            out.println(
                    "  " + " ".repeat(r.targetId().length()) + " " + r.status().label() + ": " + r.explanation());
            if (r.partial() != null) {
                out.println("  " + " ".repeat(r.targetId().length()) + " partial year, not counted: "
                        + r.partial().period().code() + " " + mark(r.partial().approximate())
                        + amount(r.partial().amount(), r.unit()));
            }
        }
    }

    /** "turnover / goods", with the part ("butter") and a unit other than USD million ("[UNITS]"). */
    private static String series(ComparisonRow r) {
        return r.indicator().code() + " / " + r.scope().code() + (r.item() == null ? "" : " (" + r.item() + ")")
                + (r.unit() == null || r.unit() == Unit.USD_M
                        ? ""
                        : " [" + r.unit().name() + "]");
    }

    private static String level(Level v) {
        return mark(v.approximate()) + amount(v.amount(), v.unit()) + origin(v.origin());
    }

    private static String origin(Origin o) {
        return switch (o) {
            case REPORTED -> "  ";
            case DERIVED -> " d";
            case IMPLIED -> " i";
        };
    }

    private static String mark(boolean approximate) {
        return approximate ? "~" : "";
    }

    /** USD million to one decimal (three under one: USD 818 thousand is 0.818); other units as printed. */
    static String amount(BigDecimal x, Unit unit) {
        if (x == null) {
            return "n/a";
        }
        if (unit != null && unit != Unit.USD_M) {
            BigDecimal s = x.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
        }
        int places = x.abs().compareTo(BigDecimal.ONE) < 0 && x.signum() != 0 ? 3 : 1;
        return x.setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    private static String amount(BigDecimal x) {
        return amount(x, Unit.USD_M);
    }

    private static String signed(BigDecimal x, Unit unit) {
        String s = amount(x, unit);
        return x.signum() > 0 ? "+" + s : s;
    }

    private static String percent(BigDecimal x) {
        String s = x.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        return x.signum() > 0 ? "+" + s : s;
    }

    private static String plainPercent(BigDecimal x) {
        return x.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String share(Standing s) {
        if (s == null || s.sharePct() == null) {
            return "";
        }
        return mark(s.approximate()) + plainPercent(s.sharePct()) + (s.ofWorldTotal() ? " of world" : "");
    }

    private static String rank(Standing s) {
        if (s == null || s.rank() == null) {
            return "";
        }
        String change = s.rankChange() == null
                ? ""
                : s.rankChange() == 0
                        ? " (=)"
                        : s.rankChange() > 0 ? " (+" + s.rankChange() + ")" : " (" + s.rankChange() + ")";
        return s.rank() + "/" + s.partnersCovered() + change;
    }
}
