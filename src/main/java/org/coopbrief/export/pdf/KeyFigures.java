package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopbrief.analysis.ComparisonRow;
import org.coopbrief.analysis.EventWindow;
import org.coopbrief.analysis.LeftOut;
import org.coopbrief.analysis.RankedRow;
import org.coopbrief.analysis.TargetRow;
import org.coopbrief.analysis.TargetStatus;
import org.coopbrief.dataset.Indicator;
import org.coopbrief.localisation.Texts;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The key figures box at the top of the summary: the reporter's trade with the world, the largest
 * partner with a focus-period figure and the largest one without, the largest change, the targets
 * by status and the events of the window (those the data has; 4-6 in all).
 */
final class KeyFigures {

    record Figure(String label, String value) {}

    private final BriefingContext context;
    private final Texts texts;
    private final Wording wording;

    KeyFigures(BriefingContext context) {
        this.context = context;
        this.texts = context.texts();
        this.wording = context.wording();
    }

    List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        String focus = texts.period(context.parameters().focus());
        List<ComparisonRow> world = context.report().worldTotals();
        world.stream()
                .filter(r -> r.indicator() == Indicator.TURNOVER)
                .findFirst()
                .or(() -> world.stream().findFirst())
                .ifPresent(r -> out.add(new Figure(
                        texts.text("key.world", texts.period(r.period())),
                        wording.series(r.indicator(), r.scope()) + ": " + money(r))));
        List<RankedRow> ranking = context.report().ranking();
        if (!ranking.isEmpty()) {
            RankedRow top = ranking.get(0);
            out.add(new Figure(texts.text("key.top", focus), wording.name(top.partner()) + ": " + money(top.row())));
            top.group().leftOut().stream()
                    .findFirst()
                    .ifPresent(l -> out.add(new Figure(texts.text("key.leftOut", focus), leftOut(l))));
            ranking.stream()
                    .map(RankedRow::row)
                    .filter(r -> r.change() != null && r.change().percent() != null)
                    .max(Comparator.comparing(r -> r.change().percent().abs()))
                    .ifPresent(r -> out.add(new Figure(
                            texts.text("key.change", focus),
                            wording.name(r.partner()) + ": "
                                    + wording.change(
                                            r.change().percent(), r.change().approximate()))));
        }
        List<TargetRow> targets = context.report().targets();
        if (!targets.isEmpty()) {
            Map<TargetStatus, Long> counts = new TreeMap<>(Wording.BY_ATTENTION);
            targets.forEach(t -> counts.merge(t.status(), 1L, Long::sum));
            List<String> parts = new ArrayList<>();
            counts.forEach((status, n) -> parts.add(wording.statusCount(status, n)));
            out.add(new Figure(texts.text("key.targets", targets.size()), String.join(", ", parts)));
        }
        EventWindow events = context.events();
        out.add(new Figure(
                texts.text("key.events", texts.date(events.from()), texts.date(events.to())),
                Integer.toString(events.count())));
        return out;
    }

    private String money(ComparisonRow r) {
        return wording.money(r.amount(), r.levelApproximate(), NumbersTable.figureIds(r));
    }

    private String leftOut(LeftOut l) {
        return wording.name(l.partner()) + ": "
                + wording.money(l.turnover(), l.approximate(), NumbersTable.figureIds(l.latest())) + ", "
                + texts.period(l.period());
    }

    /** The box: a ruled two-column table, labels on the left, figures in bold. */
    void add(BriefingPdf pdf) {
        PdfStyle style = pdf.style();
        PdfPTable table = new PdfPTable(new float[] {2.2f, 3f});
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        PdfPCell head = new PdfPCell(new Phrase(texts.text("key.heading"), style.cellHead()));
        head.setColspan(2);
        head.setBackgroundColor(PdfStyle.HEAD_BACKGROUND);
        head.setBorder(Rectangle.NO_BORDER);
        head.setPadding(4);
        table.addCell(head);
        for (Figure f : figures()) {
            table.addCell(cell(new Phrase(f.label(), style.cell()), Element.ALIGN_LEFT));
            table.addCell(cell(new Phrase(f.value(), style.cellBold()), Element.ALIGN_LEFT));
        }
        pdf.table(table);
    }

    private static PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setBackgroundColor(PdfStyle.STRIPE);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4);
        cell.setUseAscender(true);
        return cell;
    }
}
