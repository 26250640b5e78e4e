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
import org.coopbrief.analysis.TargetStatus;
import org.coopbrief.dataset.DatasetReader;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.dataset.Period;
import org.coopbrief.dataset.Scope;
import org.coopbrief.localisation.Language;
import org.coopbrief.localisation.Texts;
import org.coopbrief.run.ReportSelection;

/**
 * The first sheet: what the workbook covers, the partners ranked by turnover in the focus period
 * with their year-over-year change, the targets with their status, and three native charts over
 * those tables.
 */
final class SummarySheet {

    /** The sheet's name key: {@code xlsx.sheet.summary}. */
    static final String KEY = "summary";

    /** Rows listed on the Summary at most; the full lists are on their own sheets. */
    static final int MAX_ROWS = 40;

    private static final int CHART_COLUMN = 10;
    private static final int[] WIDTHS = {16, 30, 12, 12, 11, 9, 12, 12, 12};

    private final XSSFSheet sheet;
    private final Styles styles;
    private final Texts texts;
    private final int[] widths;
    private int nextRow;

    private SummarySheet(XSSFSheet sheet, Styles styles, Texts texts) {
        this.sheet = sheet;
        this.styles = styles;
        this.texts = texts;
        this.widths = widths(texts);
    }

    /** The keys of the Summary's own tables' headers, column by column. */
    private static final String[][] HEADERS = {
        {"rank", "partner", "turnover", "previous", "changePct", "share", "rankChange", "partnerCode", "approximate"},
        {"year", "turnover"},
        {"target", "series", "targetValue", "actual", "attainment", "unit", "deadline", "status", "actualPeriod"}
    };

    /** The labels of the key-value rows at the top, in column 0. */
    private static final List<String> KEYS = List.of(
            "asOf",
            "focus",
            "reporter",
            "partners",
            "figures",
            "comparisons",
            "targetsEvaluated",
            "events",
            "sources",
            "entities",
            "rejected",
            "findings");

    /**
     * The column widths: {@link #WIDTHS}, widened where a header word, a label of column 0 or a
     * status word in Cyrillic would not fit.
     */
    private static int[] widths(Texts texts) {
        int[] widths = WIDTHS.clone();
        for (String[] table : HEADERS) {
            for (int c = 0; c < table.length; c++) {
                widths[c] = fitting(
                        widths[c], texts.text("xlsx.summary.col." + table[c]).split(" "));
            }
        }
        for (String key : KEYS) {
            widths[0] = fitting(widths[0], texts.text("xlsx.summary." + key));
        }
        for (TargetStatus status : TargetStatus.values()) {
            widths[7] = fitting(widths[7], texts.text("xlsx.status." + status.name()));
        }
        return widths;
    }

    /** A width that fits the Cyrillic words among {@code words} (the widths were set for the English ones). */
    private static int fitting(int width, String... words) {
        int needed = 0;
        for (String word : words) {
            if (word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
                // a Cyrillic letter is about a quarter wider than the width unit, the digit "0"
                needed = Math.max(needed, (word.length() * 5 + 3) / 4 + 1);
            }
        }
        return Math.max(width, needed);
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
            Texts texts,
            Facts facts,
            Gathered gathered,
            List<RankedRow> ranking,
            List<TargetRow> targets) {
        new SummarySheet(sheet, styles, texts).layout(facts, gathered, ranking, targets);
    }

    private void layout(Facts facts, Gathered gathered, List<RankedRow> ranked, List<TargetRow> targets) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        ReportSelection p = facts.parameters();
        Map<String, String> names = facts.names();
        String reporterName = names.getOrDefault(p.reporter(), p.reporter());
        Row title = row();
        cell(title, 0, texts.text("xlsx.summary.title", reporterName), styles.title);
        cell(
                row(),
                0,
                texts.text(
                        "xlsx.summary.run",
                        facts.run().version(),
                        Long.toString(facts.run().runId())),
                styles.text);
        nextRow++;

        Row asOf = row();
        cell(asOf, 0, texts.text("xlsx.summary.asOf"), styles.section);
        if (p.asOf() != null) {
            Cell c = asOf.createCell(1);
            c.setCellValue(p.asOf());
            c.setCellStyle(styles.date);
        }
        keyValue(
                texts.text("xlsx.summary.focus"),
                p.focus() == null ? "" : p.focus().code());
        keyValue(texts.text("xlsx.summary.reporter"), reporterName + " (" + p.reporter() + ")");
        keyValue(
                texts.text("xlsx.summary.partners"),
                p.partners().isEmpty() ? texts.text("xlsx.all") : String.join(", ", p.partners()));
        DatasetReader.Counts n = facts.counts();
        count(texts.text("xlsx.summary.figures"), n.figures());
        count(texts.text("xlsx.summary.comparisons"), gathered.comparisons());
        Row evaluated = count(texts.text("xlsx.summary.targetsEvaluated"), targets.size());
        cell(evaluated, 2, texts.text("xlsx.summary.targetsInData", Integer.toString(n.targets())), styles.text);
        count(texts.text("xlsx.summary.events"), n.events());
        count(texts.text("xlsx.summary.sources"), n.sources());
        count(texts.text("xlsx.summary.entities"), n.entities());
        count(texts.text("xlsx.summary.rejected"), facts.rejects());
        count(texts.text("xlsx.summary.findings"), facts.findings());
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
                ranking.isEmpty()
                        ? texts.text("xlsx.summary.ranking", focus)
                        : texts.text(
                                "xlsx.summary.rankingIn",
                                focus,
                                scopeWord(ranking.get(0).scope()),
                                // a share only of the trade with the world (Standing.printableShare)
                                texts.text(
                                        ranking.get(0).standing() != null
                                                        && ranking.get(0)
                                                                        .standing()
                                                                        .printableShare()
                                                                != null
                                                ? "xlsx.summary.shareWorld"
                                                : "xlsx.summary.shareCovered",
                                        ComparisonsSheet.shareBasis(ranking.get(0), texts, names))),
                styles.section);
        header(HEADERS[0]);
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
                cell(r, 4, "n/a", styles.rightText); // as the formula writes it
            }
            if (standing.printableShare() != null) {
                number(r, 5, standing.printableShare().movePointLeft(2), styles.percent);
            }
            number(r, 6, standing.rankChange(), styles.integer);
            cell(r, 7, line.partner(), styles.text);
            cell(r, 8, line.approximate() ? "~" : "", styles.text);
        }
        if (ranking.isEmpty()) {
            cell(row(), 0, texts.text("xlsx.summary.noRanking"), styles.text);
        }
        int rankingLast = nextRow - 1;
        if (group != null && !group.leftOut().isEmpty()) {
            cell(
                    row(),
                    0,
                    texts.text(
                            "xlsx.summary.leftOut",
                            focus,
                            String.join(
                                    "; ",
                                    group.leftOut().stream()
                                            .map(l -> names.getOrDefault(l.partner(), l.partner()) + " "
                                                    + (l.approximate() ? "~" : "")
                                                    + l.turnover().toPlainString() + " ("
                                                    + l.period().code() + ", "
                                                    + l.scope().code() + ")")
                                            .toList())),
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
                seriesPartner == null
                        ? texts.text("xlsx.summary.seriesAny")
                        : scope == null
                                ? texts.text("xlsx.summary.series", seriesName)
                                : texts.text(
                                        "xlsx.summary.seriesIn",
                                        seriesName,
                                        scopeWord(ranking.get(0).scope())),
                styles.section);
        header(HEADERS[1]);
        int seriesFirst = nextRow;
        series.forEach((year, value) -> {
            Row r = row();
            number(r, 0, year, styles.plainNumber);
            number(r, 1, value, styles.amount);
        });
        if (series.isEmpty()) {
            cell(row(), 0, texts.text("xlsx.summary.noSeries"), styles.text);
        }
        int seriesLast = nextRow - 1;
        nextRow++;

        String targetsAt = p.asOf() == null
                ? texts.text("xlsx.summary.targetsAtAsOf")
                : texts.text("xlsx.summary.targets", p.asOf().toString());
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
                targets.size() > listed.size()
                        ? texts.text(
                                "xlsx.summary.targetsFirst",
                                targetsAt,
                                Integer.toString(listed.size()),
                                Integer.toString(targets.size()))
                        : targetsAt,
                styles.section);
        header(HEADERS[2]);
        int targetsFirst = nextRow;
        int attained = 0;
        for (TargetRow t : listed) {
            Row r = row();
            cell(r, 0, t.targetId(), styles.text);
            cell(
                    r,
                    1,
                    t.scope() == null || t.scope() == Scope.NA
                            ? texts.text(
                                    "xlsx.summary.targetSeries",
                                    names.getOrDefault(t.partner(), t.partner()),
                                    indicatorWord(t.indicator()))
                            : texts.text(
                                    "xlsx.summary.targetSeriesIn",
                                    names.getOrDefault(t.partner(), t.partner()),
                                    indicatorWord(t.indicator()),
                                    scopeWord(t.scope())),
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
            cell(
                    r,
                    6,
                    t.deadline() == null
                            ? texts.text("xlsx.none")
                            : t.deadline().code(),
                    styles.text);
            String status = TargetsSheet.status(t, texts);
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
                    texts.text(
                            "xlsx.chart.ranking",
                            focus,
                            scopeWord(ranking.get(0).scope())),
                    texts.text("xlsx.chart.rankingAxis"),
                    new SummaryCharts.Range(rankingFirst, rankingLast, 1),
                    new SummaryCharts.Range(rankingFirst, rankingLast, 2),
                    "#,##0",
                    new SummaryCharts.Anchor(CHART_COLUMN, chartRow, CHART_COLUMN + 9, chartRow + height));
            chartRow += height + 1;
        }
        if (!series.isEmpty()) {
            charts.yearLine(
                    texts.text(
                            "xlsx.chart.series",
                            seriesName,
                            scopeWord(ranking.get(0).scope())),
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
                    texts.text("xlsx.chart.attainment", String.valueOf(p.asOf())),
                    texts.text("xlsx.chart.attainmentAxis"),
                    new SummaryCharts.Range(targetsFirst, last, 0),
                    new SummaryCharts.Range(targetsFirst, last, 4),
                    "0%",
                    new SummaryCharts.Anchor(
                            CHART_COLUMN, chartRow, CHART_COLUMN + 9, chartRow + Math.max(16, attained + 6)));
        }
        sheet.setZoom(90);
        if (targetsLast < targetsFirst) {
            cell(row(), 0, texts.text("xlsx.summary.noTargets"), styles.text);
        }
    }

    /** Money targets the analysis charts (an attainment, a deadline) are charted: one scale (USD million). */
    private static boolean charted(TargetRow t) {
        return t.charted() && t.unit() == org.coopbrief.dataset.Unit.USD_M;
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

    /**
     * An indicator in the Summary's labels: the code in the English workbook (as its data sheets
     * print it, the contract analysts filter on), the language's word in another.
     */
    private String indicatorWord(Indicator indicator) {
        return texts.language() == Language.EN
                ? indicator.code()
                : texts.indicator(indicator).toLowerCase(texts.language().locale());
    }

    /** A scope in the Summary's labels and chart titles, like {@link #indicatorWord}. */
    private String scopeWord(Scope scope) {
        return texts.language() == Language.EN ? scope.code() : texts.scope(scope);
    }

    private Row row() {
        return sheet.createRow(nextRow++);
    }

    /** A header row of the Summary's own tables, from the keys {@code xlsx.summary.col.<key>}. */
    private void header(String... keys) {
        Row r = row();
        int lines = 1;
        for (int c = 0; c < keys.length; c++) {
            String header = texts.text("xlsx.summary.col." + keys[c]);
            cell(r, c, header, styles.header);
            lines = Math.max(lines, DataSheet.wrappedLines(header, widths[c]));
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
