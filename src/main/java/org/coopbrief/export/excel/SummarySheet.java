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
import org.coopbrief.export.StatusPalette;
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

    /**
     * Targets listed on the Summary at most: every target of any real dataset (the bundled one
     * has 45), while a synthetic dataset of tens of thousands keeps the in-memory Summary (its
     * charts need the full object model) within a small heap; beyond it the list says how many
     * are shown, and all are on the Targets sheet.
     */
    static final int MAX_TARGETS = 500;

    private static final int CHART_COLUMN = 12;
    private static final int[] WIDTHS = {16, 30, 12, 12, 11, 13, 12, 12, 12, 11, 11};

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
        {
            "target",
            "series",
            "targetValue",
            "actual",
            "attainment",
            "unit",
            "deadline",
            "status",
            "actualPeriod",
            "charted",
            "reference"
        }
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
            widths[7] = fitting(widths[7], texts.text("status." + status.name()));
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
                p.partners().isEmpty()
                        ? texts.text("xlsx.all")
                        : String.join(
                                ", ",
                                p.partners().stream()
                                        .map(c -> names.getOrDefault(c, c))
                                        .toList()));
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

        // every peer group of the analysis's ranking, as the briefing lists them: countries first
        List<ComparisonRow> ranking = ranked.stream()
                .filter(r -> r.group().equals(ranked.get(0).group()))
                .map(RankedRow::row)
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
        int rankingFirst = -1;
        int rankingLast = -1;
        PeerGroup group = null;
        for (RankedRow ranked1 : ranked) {
            if (!ranked1.group().equals(group)) {
                if (group != null) {
                    leftOut(group, focus, names);
                }
                group = ranked1.group();
                cell(
                        row(),
                        0,
                        texts.text(
                                        "peers.heading." + group.kind().code(),
                                        group.parent() == null
                                                ? ""
                                                : texts.nameOf(
                                                        group.parent(),
                                                        names.getOrDefault(group.parent(), group.parent())),
                                        group.covered(),
                                        texts.period(p.focus()))
                                + (group.worldTotal() ? texts.text("peers.world") : ""),
                        styles.section);
            }
            ComparisonRow line = ranked1.row();
            Standing standing = line.standing();
            BigDecimal previous = line.change() == null ? null : line.change().previousAmount();
            BigDecimal percent = line.change() == null ? null : line.change().percent();
            Row r = row();
            if (group.equals(ranked.get(0).group())) {
                rankingFirst = rankingFirst < 0 ? r.getRowNum() : rankingFirst;
                rankingLast = r.getRowNum();
            }
            int excelRow = r.getRowNum() + 1;
            number(r, 0, standing.rank(), styles.rank);
            cell(r, 1, names.getOrDefault(line.partner(), line.partner()), styles.text);
            number(r, 2, line.value().amount(), styles.amount);
            number(r, 3, previous, styles.amount);
            if (previous != null && percent != null) {
                Cell c = r.createCell(4);
                c.setCellFormula("IF(D" + excelRow + ">0,C" + excelRow + "/D" + excelRow + "-1,\"\")");
                c.setCellValue(DataSheet.fraction(percent));
                c.setCellStyle(styles.percent);
            }
            // no percent change (no positive earlier level): the cell stays empty, a number column holds no text
            if (standing.printableShare() != null) {
                number(r, 5, standing.printableShare().movePointLeft(2), styles.percent);
            }
            // the analysis gives a rank change only when the same peers were ranked a year earlier
            number(r, 6, standing.rankChange(), styles.integer);
            cell(r, 7, line.partner(), styles.text);
            cell(r, 8, line.approximate() ? "~" : "", styles.text);
        }
        if (group != null) {
            leftOut(group, focus, names);
        }
        if (ranking.isEmpty()) {
            cell(row(), 0, texts.text("xlsx.summary.noRanking"), styles.text);
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
        // every target, the charted ones (an attainment against a deadline: TargetRow.charted) first
        List<TargetRow> listed = targets.stream()
                .sorted(Comparator.comparing((TargetRow t) -> !t.charted())
                        .thenComparing(t -> t.attainmentPct() == null)
                        .thenComparing(t -> t.attainmentPct() == null
                                ? BigDecimal.ZERO
                                : t.attainmentPct().negate())
                        .thenComparing(TargetRow::targetId))
                .limit(MAX_TARGETS)
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
        List<java.awt.Color> colours = new java.util.ArrayList<>();
        for (TargetRow t : listed) {
            Row r = row();
            cell(r, 0, t.targetId(), styles.text);
            cell(r, 1, targetLabel(t, names), styles.text);
            number(r, 2, t.targetAmount(), styles.amount);
            number(r, 3, t.actual() == null ? null : t.actual().amount(), styles.amount);
            if (t.attainmentPct() != null) {
                number(r, 4, t.attainmentPct().movePointLeft(2), styles.percent);
            }
            if (t.charted()) {
                // the bar the analysis draws: stopped at its chart limit (TargetRow.chartedAttainmentPct)
                number(r, 9, t.chartedAttainmentPct().movePointLeft(2), styles.percent);
                number(r, 10, BigDecimal.ONE, styles.percent); // the chart's 100% line
                colours.add(StatusPalette.fill(t.status()));
            }
            cell(r, 5, t.unit() == null ? "" : texts.unit(t.unit()), styles.text);
            cell(
                    r,
                    6,
                    t.deadline() == null
                            ? texts.text("xlsx.none")
                            : t.deadline().code(),
                    styles.text);
            cell(
                    r,
                    7,
                    t.status() == null ? "" : texts.text("status." + t.status().name()),
                    styles.text);
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
        if (!colours.isEmpty()) {
            int last = targetsFirst + colours.size() - 1;
            charts.attainment(
                    texts.text("xlsx.chart.attainment", String.valueOf(p.asOf())),
                    texts.text("xlsx.chart.attainmentAxis"),
                    texts.text("xlsx.chart.attainmentReference"),
                    new SummaryCharts.Range(targetsFirst, last, 1),
                    new SummaryCharts.Range(targetsFirst, last, 9),
                    new SummaryCharts.Range(targetsFirst, last, 10),
                    colours,
                    "[>=" + TargetRow.CHART_LIMIT_PCT.movePointLeft(2).toPlainString() + "]\"≥"
                            + TargetRow.CHART_LIMIT_PCT.toPlainString() + "%\";0%",
                    new SummaryCharts.Anchor(
                            CHART_COLUMN, chartRow, CHART_COLUMN + 11, chartRow + Math.max(20, colours.size() + 10)));
        }
        if (targetsLast >= targetsFirst) {
            TargetsSheet.colourStatus(
                    sheet,
                    new org.apache.poi.ss.util.CellRangeAddress(targetsFirst, targetsLast, 7, 7),
                    status -> texts.text("status." + status.name()));
        }
        sheet.setZoom(90);
        if (targetsLast < targetsFirst) {
            cell(row(), 0, texts.text("xlsx.summary.noTargets"), styles.text);
        }
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

    /** An indicator in the Summary's labels: in words ("turnover"), as a person reads it; the code is on the data sheets. */
    private String indicatorWord(Indicator indicator) {
        return texts.indicator(indicator).toLowerCase(texts.language().locale());
    }

    /** A scope in the Summary's labels and chart titles, in words ("goods and services"). */
    private String scopeWord(Scope scope) {
        return texts.scope(scope);
    }

    /** A target's partner and indicator (and scope) in words: "Kazakhstan, turnover (goods)". */
    private String targetLabel(TargetRow t, Map<String, String> names) {
        String partner = names.getOrDefault(t.partner(), t.partner());
        return t.scope() == null || t.scope() == Scope.NA
                ? texts.text("xlsx.summary.targetSeries", partner, indicatorWord(t.indicator()))
                : texts.text(
                        "xlsx.summary.targetSeriesIn", partner, indicatorWord(t.indicator()), scopeWord(t.scope()));
    }

    /**
     * The "not in this ranking" line under a peer group, as the briefing has it: the peers the
     * analysis left out whose latest turnover is larger than the smallest ranked one.
     */
    private void leftOut(PeerGroup group, String focus, Map<String, String> names) {
        if (group.leftOut().isEmpty()) {
            return;
        }
        String list = String.join(
                "; ",
                group.leftOut().stream()
                        .map(l -> texts.text(
                                "ranking.leftOut.one",
                                names.getOrDefault(l.partner(), l.partner()),
                                (l.approximate() ? "~" : "") + texts.usdMillions(l.turnover()),
                                texts.period(l.period()),
                                texts.scope(l.scope())))
                        .toList());
        cell(
                row(),
                0,
                texts.text(
                        "ranking.leftOut",
                        texts.text(
                                "peers.in." + group.kind().code(),
                                group.parent() == null
                                        ? ""
                                        : texts.nameOf(
                                                group.parent(), names.getOrDefault(group.parent(), group.parent()))),
                        focus,
                        list),
                styles.text);
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
