package org.coopbrief.export.pdf;

import org.coopbrief.localisation.Texts;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The overall briefing's cover: the issuing body and the marking, the title, the facts of the
 * issue (reference, date of issue, period, as-of date) and the contents with the page of each
 * section, each a link to it. The pages come from a first pass of the same document
 * ({@link BriefingPdf#contents()}); the cover is one page whatever they are, so the second pass
 * lays the sections out on the same pages.
 */
final class Cover {

    private final BriefingContext context;
    private final Texts texts;

    Cover(BriefingContext context) {
        this.context = context;
        this.texts = context.texts();
    }

    void write(BriefingPdf pdf) {
        PdfStyle style = pdf.style();
        var run = context.parameters();
        Issue issue = context.issue();
        PdfPTable top = new PdfPTable(new float[] {3f, 2f});
        top.setWidthPercentage(100);
        top.addCell(plain(new Phrase(issue.issuingBody(), style.font(11, true, PdfStyle.TEXT)), Element.ALIGN_LEFT));
        top.addCell(plain(new Phrase(context.marking(), style.font(11, true, PdfStyle.MARKING)), Element.ALIGN_RIGHT));
        top.setSpacingAfter(110);
        pdf.add(top);
        Paragraph title = new Paragraph(new Phrase(
                texts.text("overall.title", context.reporterName(), texts.period(run.focus())), style.title()));
        title.setLeading(30);
        title.setSpacingAfter(12);
        pdf.add(title);
        pdf.paragraph(new Phrase(texts.text("overall.subject", context.reporterName()), style.subtitle()), 26);
        PdfPTable facts = new PdfPTable(new float[] {1.3f, 3f});
        facts.setWidthPercentage(100);
        fact(facts, style, texts.text("title.reference"), issue.reference());
        fact(facts, style, texts.text("title.dateOfIssue"), texts.date(issue.dateOfIssue()));
        fact(facts, style, texts.text("title.focus"), texts.period(run.focus()));
        fact(facts, style, texts.text("title.asOf"), texts.date(run.asOf()));
        fact(
                facts,
                style,
                texts.text("title.partners"),
                Integer.toString(context.partners().size()));
        fact(facts, style, texts.text("title.language"), texts.text("language.name"));
        facts.setSpacingAfter(28);
        pdf.add(facts);
        contents(pdf);
    }

    /** Each section, a link to it, with its page number at the right. */
    private void contents(BriefingPdf pdf) {
        PdfStyle style = pdf.style();
        pdf.paragraph(new Phrase(texts.text("contents"), style.heading2()), 4);
        PdfPTable list = new PdfPTable(new float[] {8f, 1f});
        list.setWidthPercentage(100);
        for (BriefingPdf.Section section : pdf.contents()) {
            Chunk link = new Chunk(section.title(), style.font(9.5f, false, PdfStyle.LINK));
            link.setLocalGoto(section.anchor());
            Chunk page = new Chunk(Integer.toString(section.page()), style.body());
            page.setLocalGoto(section.anchor());
            list.addCell(entry(new Phrase(link), Element.ALIGN_LEFT));
            list.addCell(entry(new Phrase(page), Element.ALIGN_RIGHT));
        }
        pdf.add(list);
    }

    private static void fact(PdfPTable facts, PdfStyle style, String label, String value) {
        facts.addCell(entry(new Phrase(label, style.font(9, false, PdfStyle.MUTED)), Element.ALIGN_LEFT));
        facts.addCell(entry(new Phrase(value, style.bodyBold()), Element.ALIGN_LEFT));
    }

    private static PdfPCell plain(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(0);
        return cell;
    }

    private static PdfPCell entry(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setBorderWidth(0.5f);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingTop(3f);
        cell.setPaddingBottom(4f);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(0);
        cell.setUseAscender(true);
        return cell;
    }
}
