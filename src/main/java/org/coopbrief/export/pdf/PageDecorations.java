package org.coopbrief.export.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopbrief.localisation.Texts;
import org.jspecify.annotations.Nullable;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page carries, and the bookmarks. The header has the marking line and the document's
 * short title (a partner briefing's first page also the issuing body, the reference and the date
 * of issue); the footer the reference and "Page X of Y", Y being filled in when the document
 * closes. A bookmark is made when its heading is laid out (a generic tag on the heading), so it
 * points at the page and height where the heading really landed; the top-level ones are the
 * sections the contents list.
 */
final class PageDecorations extends PdfPageEventHelper {

    private final PdfStyle style;
    private final Texts texts;
    private final String marking;
    private final Issue issue;
    private final String shortTitle;
    private final boolean titlePage;
    private final Map<String, Bookmark> pending = new HashMap<>();
    private final List<BriefingPdf.Section> sections = new ArrayList<>();
    private PdfTemplate total;
    private PdfOutline section;

    /** A bookmark waiting for its heading to be laid out; {@code anchor} is the heading's link target, if any. */
    record Bookmark(
            int level, String title, boolean open, @Nullable String anchor) {}

    PageDecorations(PdfStyle style, Texts texts, String marking, Issue issue, String shortTitle, boolean titlePage) {
        this.titlePage = titlePage;
        this.style = style;
        this.texts = texts;
        this.marking = marking;
        this.issue = issue;
        this.shortTitle = shortTitle;
    }

    void expect(String tag, Bookmark bookmark) {
        pending.put(tag, bookmark);
    }

    List<BriefingPdf.Section> sections() {
        return List.copyOf(sections);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.top() + 24;
        float bottom = document.bottom() - 24;
        if (!titlePage || writer.getPageNumber() > 1) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(marking, style.marking()), left, top, 0);
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_RIGHT, new Phrase(shortTitle, style.small()), right, top, 0);
            canvas.saveState();
            canvas.setColorStroke(PdfStyle.RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, top - 5);
            canvas.lineTo(right, top - 5);
            canvas.stroke();
            canvas.restoreState();
        }
        if (!titlePage && writer.getPageNumber() == 1) {
            // a partner briefing has no cover: its first page says who issued it, under which reference, when
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_LEFT,
                    new Phrase(issue.issuingBody(), style.font(8, true, PdfStyle.TEXT)),
                    left,
                    top + 12,
                    0);
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_RIGHT,
                    new Phrase(
                            texts.text("issue.line", issue.reference(), texts.date(issue.dateOfIssue())),
                            style.small()),
                    right,
                    top + 12,
                    0);
        }
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_LEFT,
                new Phrase(texts.text("issue.reference", issue.reference()), style.small()),
                left,
                bottom,
                0);
        // the pattern ends with the total, which the template holds
        String page = texts.text("page.of", Integer.toString(writer.getPageNumber()), "");
        Phrase phrase = new Phrase(page, style.small());
        // measured without the trailing space the pattern leaves before the total
        float width = ColumnText.getWidth(phrase)
                + style.small().getBaseFont().getWidthPoint(" ", style.small().getSize());
        float x = right - 22 - width;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase, x, bottom, 0);
        canvas.addTemplate(total, x + width, bottom - 2.2f);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // the event comes after the last page was ended, when the counter already points past it
        ColumnText.showTextAligned(
                total,
                Element.ALIGN_LEFT,
                new Phrase(Integer.toString(writer.getPageNumber() - 1), style.small()),
                0,
                2.2f,
                0);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle where, String tag) {
        Bookmark bookmark = pending.remove(tag);
        if (bookmark == null) {
            return; // a heading broken over two lines reports twice; the first line is the target
        }
        PdfOutline parent = bookmark.level() == 1 || section == null ? writer.getRootOutline() : section;
        PdfOutline outline = new PdfOutline(
                parent,
                new PdfDestination(PdfDestination.XYZ, document.left(), where.getTop() + 6, 0),
                bookmark.title(),
                bookmark.open());
        if (bookmark.level() == 1) {
            section = outline;
            sections.add(new BriefingPdf.Section(bookmark.title(), bookmark.anchor(), writer.getPageNumber()));
        }
    }
}
