package org.coopbrief.export.excel;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.PeerGroup;
import org.coopbrief.analysis.RankedRow;
import org.coopbrief.analysis.Standing;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.run.ReportSelection;

/**
 * The first sheet: what the workbook covers, the partners ranked by turnover in the focus period
 * with their year-over-year change, the targets with their status, and three native charts over
 * those tables.
 */
final class SummarySheet {

    static final String NAME = "Summary";

    /** Rows listed on the Summary at most; the full lists are on their own sheets. */
    static final int MAX_ROWS = 40;

    private static final int CHART_COLUMN = 10;
    private static final int[] WIDTHS = {16, 30, 12, 12, 11, 9, 12, 12, 12};

    private final XSSFSheet sheet;
    private final Styles styles;
    private int nextRow;

    private SummarySheet(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** What the Summary needs from the comparisons, gathered in one pass over them. */
    static final class Gathered {
        private final String reporter;
        private final Map<String, TreeMap<Integer, BigDecimal>> annualTurnover = new HashMap<>();
        private int comparisons;

        Gathered(String reporter) {
            this.reporter = reporter;
        }

        void accept(ComparisonRow line) {
            comparisons++;
            if (!line.reporter().equals(reporter)
                    || line.indicator() != Indicator.TURNOVER
                    || line.item() != null
                    || line.value() == null) {
                return;
            }
            if (line.period().kind() == Period.Kind.YEAR) {
                annualTurnover
                        .computeIfAbsent(line.partner() + "|" + line.scope().code(), k -> new TreeMap<>())
                        .put(line.period().year(), line.value().amount());
            }
        }

        int comparisons() {
            return comparisons;
        }

        TreeMap<Integer, BigDecimal> series(String partner, String scope) {
            return annualTurnover.getOrDefault(partner + "|" + scope, new TreeMap<>());
        }
    }

    record Facts(
            RunInfo run,
            ReportSelection parameters,
            DatasetReader.Counts counts,
            int rejects,
            int findings,
            Map<String, String> names) {}

    /** @param ranking the analysis's ranking ({@link org.coopbrief.analysis.AnalysisReport#ranking()}): its first peer group is shown */
    static void write(
            XSSFSheet sheet,
            Styles styles,
            Facts facts,
            Gathered gathered,
            List<RankedRow> ranking,
            List<TargetRow> targets) {
        new SummarySheet(sheet, styles).layout(facts, gathered, ranking, targets);
    }

    private void layout(Facts facts, Gathered gathered, List<RankedRow> ranked, List<TargetRow> targets) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        ReportSelection p = facts.parameters();
        Map<String, String> names = facts.names();
        String reporterName = names.getOrDefault(p.reporter(), p.reporter());
        Row title = row();
        cell(title, 0, "Cooperation data: " + reporterName, styles.title);
        cell(
                row(),
                0,
                facts.run().version() + ", run " + facts.run().runId()
                        + ". Column meanings and definitions: sheet About.",
                styles.text);
        nextRow++;

        Row asOf = row();
        cell(asOf, 0, "As-of date", styles.section);
        if (p.asOf() != null) {
            Cell c = asOf.createCell(1);
            c.setCellValue(p.asOf());
            c.setCellStyle(styles.date);
        }
        keyValue("Focus period", p.focus() == null ? "" : p.focus().code());
        keyValue("Reporter", reporterName + " (" + p.reporter() + ")");
        keyValue("Partners", p.partners().isEmpty() ? "all" : String.join(", ", p.partners()));
        DatasetReader.Counts n = facts.counts();
        count("Figures", n.figures());
        count("Comparisons", gathered.comparisons());
        Row evaluated = count("Targets evaluated", targets.size());
        cell(evaluated, 2, "of " + n.targets() + " in the data", styles.text);
        count("Events", n.events());
        count("Sources", n.sources());
        count("Entities", n.entities());
        count("Rejected rows", facts.rejects());
        count("Findings", facts.findings());
        nextRow++;

        // the largest peer group of the analysis's ranking (the briefing lists the others after it)
        PeerGroup group = ranked.isEmpty() ? null : ranked.get(0).group();
        List<ComparisonRow> ranking = ranked.stream()
                .filter(r -> r.group().equals(group))
                .map(RankedRow::row)
                .limit(MAX_ROWS)
                .toList();
        String scope = ranking.isEmpty() ? null : ranking.get(0).scope().code();
        String focus = p.focus() == null ? "" : p.focus().code();
        cell(
                row(),
                0,
                "Partners ranked by turnover, " + focus
                        + (ranking.isEmpty()
                                ? ""
                                : " (partners with a " + focus + " figure, " + scope + ", USD million"
                                        // a share only of the trade with the world (Standing.printableShare)
                                        + (ranking.get(0).standing().printableShare() == null
                                                ? "; no share: the data has no total with the world"
                                                : "; share of the world total")
                                        + ")"),
                styles.section);
        header(
                "Rank",
                "Partner",
                "Turnover",
                "Previous",
                "Change %",
                "Share",
                "Rank change",
                "Partner code",
                "Approximate");
        int rankingFirst = nextRow;
        for (ComparisonRow line : ranking) {
            Standing standing = line.standing();
            BigDecimal previous = line.change() == null ? null : line.change().previousAmount();
            BigDecimal percent = line.change() == null ? null : line.change().percent();
            Row r = row();
            int excelRow = r.getRowNum() + 1;
            number(r, 0, standing.rank(), styles.rank);
            cell(r, 1, names.getOrDefault(line.partner(), line.partner()), styles.text);
            number(r, 2, line.value().amount(), styles.amount);
            number(r, 3, previous, styles.amount);
            if (previous != null && percent != null) {
                Cell c = r.createCell(4);
                c.setCellFormula("IF(D" + excelRow + ">0,C" + excelRow + "/D" + excelRow + "-1,\"n/a\")");
                c.setCellValue(DataSheet.fraction(percent));
                c.setCellStyle(styles.percent);
            } else if (previous != null) {
                cell(r, 4, "n/a", styles.rightText);
            }
            if (standing.printableShare() != null) {
                number(r, 5, standing.printableShare().movePointLeft(2), styles.percent);
            }
            number(r, 6, standing.rankChange(), styles.integer);
            cell(r, 7, line.partner(), styles.text);
            cell(r, 8, line.approximate() ? "~" : "", styles.text);
        }
        if (ranking.isEmpty()) {
            cell(row(), 0, "No ranked turnover for the focus period.", styles.text);
        }
        int rankingLast = nextRow - 1;
        if (group != null && !group.leftOut().isEmpty()) {
            cell(
                    row(),
                    0,
                    "Not in this ranking (no " + focus + " figure), larger than the smallest ranked: "
                            + String.join(
                                    "; ",
                                    group.leftOut().stream()
                                            .map(l -> names.getOrDefault(l.partner(), l.partner()) + " "
                                                    + (l.approximate() ? "~" : "")
                                                    + l.turnover().toPlainString() + " ("
                                                    + l.period().code() + ", "
                                                    + l.scope().code() + ")")
                                            .toList()),
                    styles.text);
        }
        nextRow++;

        String seriesPartner = seriesPartner(p, gathered, ranking, scope);
        TreeMap<Integer, BigDecimal> series =
                seriesPartner == null ? new TreeMap<>() : gathered.series(seriesPartner, scope);
        String seriesName = seriesPartner == null ? "" : names.getOrDefault(seriesPartner, seriesPartner);
        cell(
                row(),
                0,
                "Turnover with " + (seriesPartner == null ? "a partner" : seriesName) + " by year"
                        + (scope == null ? "" : " (" + scope + ", USD million)"),
                styles.section);
        header("Year", "Turnover");
        int seriesFirst = nextRow;
        series.forEach((year, value) -> {
            Row r = row();
            number(r, 0, year, styles.plainNumber);
            number(r, 1, value, styles.amount);
        });
        if (series.isEmpty()) {
            cell(row(), 0, "No annual turnover series.", styles.text);
        }
        int seriesLast = nextRow - 1;
        nextRow++;

        List<TargetRow> listed = targets.stream()
                .sorted(Comparator.comparing((TargetRow t) -> !charted(t))
                        .thenComparing(t -> t.attainmentPct() == null)
                        .thenComparing(t -> t.attainmentPct() == null
                                ? BigDecimal.ZERO
                                : t.attainmentPct().negate())
                        .thenComparing(TargetRow::targetId))
                .limit(MAX_ROWS)
                .toList();
        cell(
                row(),
                0,
                "Targets at " + (p.asOf() == null ? "the as-of date" : p.asOf().toString())
                        + (targets.size() > listed.size()
                                ? " (first " + listed.size() + " of " + targets.size() + "; all on sheet Targets)"
                                : ""),
                styles.section);
        header(
                "Target",
                "Partner and indicator",
                "Target",
                "Actual",
                "Attainment",
                "Unit",
                "Deadline",
                "Status",
                "Actual period");
        int targetsFirst = nextRow;
        int attained = 0;
        for (TargetRow t : listed) {
            Row r = row();
            cell(r, 0, t.targetId(), styles.text);
            cell(
                    r,
                    1,
                    names.getOrDefault(t.partner(), t.partner()) + ", "
                            + t.indicator().code()
                            + (t.scope() == null || t.scope() == Scope.NA
                                    ? ""
                                    : " (" + t.scope().code() + ")"),
                    styles.text);
            number(r, 2, t.targetAmount(), styles.amount);
            number(r, 3, t.actual() == null ? null : t.actual().amount(), styles.amount);
            if (t.attainmentPct() != null) {
                number(r, 4, t.attainmentPct().movePointLeft(2), styles.percent);
            }
            if (charted(t)) {
                attained++;
            }
            cell(r, 5, t.unit() == null ? "" : t.unit().name(), styles.text);
            cell(r, 6, t.deadline() == null ? "none" : t.deadline().code(), styles.text);
            String status = TargetsSheet.status(t);
            cell(r, 7, status == null ? "" : status, styles.text);
            cell(
                    r,
                    8,
                    t.actual() == null || t.actual().period() == null
                            ? ""
                            : t.actual().period().code(),
                    styles.text);
        }
        int targetsLast = nextRow - 1;

        SummaryCharts charts = new SummaryCharts(sheet);
        int chartRow = 0;
        if (!ranking.isEmpty()) {
            int height = Math.max(16, ranking.size() + 6);
            charts.bars(
                    "Turnover by partner, " + focus + " (" + scope + ", USD million)",
                    "Turnover, USD million",
                    new SummaryCharts.Range(rankingFirst, rankingLast, 1),
                    new SummaryCharts.Range(rankingFirst, rankingLast, 2),
                    "#,##0",
                    new SummaryCharts.Anchor(CHART_COLUMN, chartRow, CHART_COLUMN + 9, chartRow + height));
            chartRow += height + 1;
        }
        if (!series.isEmpty()) {
            charts.yearLine(
                    "Turnover with " + seriesName + " (" + scope + ", USD million)",
                    seriesName,
                    new SummaryCharts.Range(seriesFirst, seriesLast, 0),
                    new SummaryCharts.Range(seriesFirst, seriesLast, 1),
                    series.firstKey(),
                    series.lastKey(),
                    "#,##0",
                    new SummaryCharts.Anchor(CHART_COLUMN, chartRow, CHART_COLUMN + 9, chartRow + 16));
            chartRow += 17;
        }
        if (attained > 0) {
            int last = targetsFirst + attained - 1;
            charts.bars(
                    "Attainment of the money targets at " + p.asOf(),
                    "Attainment (actual / target)",
                    new SummaryCharts.Range(targetsFirst, last, 0),
                    new SummaryCharts.Range(targetsFirst, last, 4),
                    "0%",
                    new SummaryCharts.Anchor(
                            CHART_COLUMN, chartRow, CHART_COLUMN + 9, chartRow + Math.max(16, attained + 6)));
        }
        sheet.setZoom(90);
        if (targetsLast < targetsFirst) {
            cell(row(), 0, "No targets.", styles.text);
        }
    }

    /** Money targets with an attainment are charted: one scale (USD million), comparable bars. */
    private static boolean charted(TargetRow t) {
        return t.attainmentPct() != null && t.unit() == org.coopbrief.dataset.Unit.USD_M;
    }

    /** The run's first selected partner, else the ranked partner with the longest annual series (best rank first). */
    private static String seriesPartner(
            ReportSelection p, Gathered gathered, List<ComparisonRow> ranking, String scope) {
        if (scope == null) {
            return null;
        }
        for (String partner : p.partners()) {
            if (gathered.series(partner, scope).size() > 1) {
                return partner;
            }
        }
        String best = null;
        int longest = 1;
        for (ComparisonRow line : ranking) {
            int size = gathered.series(line.partner(), scope).size();
            if (size > longest) {
                longest = size;
                best = line.partner();
            }
        }
        return best;
    }

    private Row row() {
        return sheet.createRow(nextRow++);
    }

    private void header(String... headers) {
        Row r = row();
        int lines = 1;
        for (int c = 0; c < headers.length; c++) {
            cell(r, c, headers[c], styles.header);
            lines = Math.max(lines, DataSheet.wrappedLines(headers[c], WIDTHS[c]));
        }
        r.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints() + 2);
    }

    private void keyValue(String key, String value) {
        Row r = row();
        cell(r, 0, key, styles.section);
        cell(r, 1, value, styles.text);
    }

    private Row count(String key, int value) {
        Row r = row();
        cell(r, 0, key, styles.section);
        number(r, 1, value, styles.integer);
        return r;
    }

    private void cell(Row row, int column, String text, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(text);
        c.setCellStyle(SafeText.looksLikeFormula(text) ? styles.literal : style);
    }

    private static void number(Row row, int column, Number value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell c = row.createCell(column);
        c.setCellValue(value instanceof BigDecimal b ? b.doubleValue() : value.doubleValue());
        c.setCellStyle(style);
    }
}
