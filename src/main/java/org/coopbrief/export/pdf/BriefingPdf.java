package org.coopbrief.export.pdf;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;

import org.coopbrief.chart.EmbeddedFontMapper;
import org.coopbrief.chart.PdfChartRenderer;
import org.coopbrief.localisation.Texts;
import org.jfree.chart.JFreeChart;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * One PDF being written: A4, the page decorations, metadata, headings that become bookmarks and
 * link targets, paragraphs, tables and vector charts. Closing it finishes the file.
 */
final class BriefingPdf implements AutoCloseable {

    static final float CONTENT_WIDTH = PageSize.A4.getWidth() - 2 * 50;

    private final Document document;
    private final PdfWriter writer;
    private final PdfStyle style;
    private final PageDecorations decorations;
    private final PdfChartRenderer charts;
    private int headings;

    /** What the document's properties say about it. */
    record Metadata(
            String title, String shortTitle, String subject, String author, String keywords, ZonedDateTime created) {}

    BriefingPdf(OutputStream out, PdfStyle style, Texts texts, String marking, Metadata metadata, boolean titlePage) {
        this.style = style;
        this.document = new Document(PageSize.A4, 50, 50, 62, 56);
        this.writer = PdfWriter.getInstance(document, out);
        this.decorations = new PageDecorations(style, texts, marking, metadata.shortTitle(), titlePage);
        writer.setPageEvent(decorations);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.getExtraCatalog()
                .put(PdfName.LANG, new PdfString(texts.language().code()));
        document.addTitle(metadata.title());
        document.addSubject(metadata.subject());
        document.addAuthor(metadata.author());
        document.addKeywords(metadata.keywords());
        document.addCreator("coopbrief");
        // dates and file identifier follow from the content, so the same run always gives the same file
        // (the library reads the file identifier from the information dictionary, where it also stays)
        PdfDate created = new PdfDate(GregorianCalendar.from(metadata.created()));
        byte[] id = fileId(metadata);
        document.open();
        writer.getInfo().put(PdfName.CREATIONDATE, created);
        writer.getInfo().put(PdfName.MODDATE, created);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        this.charts = new PdfChartRenderer(new EmbeddedFontMapper(style.typeface(), style.regular(), style.bold()));
    }

    private static byte[] fileId(Metadata metadata) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((metadata.title() + "\n" + metadata.subject() + "\n" + metadata.created())
                    .getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    PdfStyle style() {
        return style;
    }

    /** A section heading on a new page; it gets a top-level bookmark and can be linked to by {@code anchor}. */
    void section(String title, String anchor) {
        newPage();
        heading(title, anchor, 1, style.heading1(), 10, true);
    }

    /** A section heading that continues the page when there is room. */
    void flowingSection(String title, String anchor) {
        keepSpace(160);
        heading(title, anchor, 1, style.heading1(), 8, true);
    }

    /** A sub-heading, bookmarked under the current section. */
    void subsection(String title, String anchor) {
        keepSpace(120);
        heading(title, anchor, 2, style.heading2(), 6, false);
    }

    private void heading(String title, String anchor, int level, Font font, float after, boolean open) {
        String tag = "heading-" + (++headings);
        Chunk chunk = new Chunk(title, font).setGenericTag(tag);
        if (anchor != null) {
            chunk.setLocalDestination(anchor);
        }
        decorations.expect(tag, new PageDecorations.Bookmark(level, title, open));
        Paragraph p = new Paragraph(chunk);
        p.setSpacingBefore(10);
        p.setSpacingAfter(after);
        add(p);
    }

    void paragraph(String text) {
        paragraph(new Phrase(text, style.body()), 6);
    }

    void paragraph(Phrase phrase, float spacingAfter) {
        Paragraph p = new Paragraph(phrase);
        p.setLeading(phrase.getFont().getSize() * 1.35f);
        p.setSpacingAfter(spacingAfter);
        add(p);
    }

    /** Small grey text: a table's legend, a caveat. */
    void note(String text) {
        Paragraph p = new Paragraph(new Phrase(text, style.small()));
        p.setLeading(10);
        p.setSpacingAfter(6);
        add(p);
    }

    /**
     * A source note: its text, then its address on a line of its own, in a size that fits the
     * line (down to {@link #SMALLEST_ADDRESS} points), so that the address is never broken into
     * pieces that read as words; it links to itself.
     */
    void sourceNote(SourceNotes.Note note) {
        Font font = style.font(8, false, PdfStyle.TEXT);
        Paragraph p = new Paragraph(new Phrase(note.text(), font));
        p.setLeading(8 * 1.35f);
        p.setSpacingAfter(3);
        if (note.url() != null) {
            float width = style.regular().getWidthPoint(note.url(), 1);
            float size = Math.max(SMALLEST_ADDRESS, Math.min(8, CONTENT_WIDTH * 0.97f / width));
            Chunk address = new Chunk(note.url(), style.font(size, false, PdfStyle.LINK));
            address.setAnchor(note.url());
            p.add(Chunk.NEWLINE);
            p.add(address);
        }
        add(p);
    }

    private static final float SMALLEST_ADDRESS = 4;

    void table(PdfPTable table) {
        table.setSpacingAfter(10);
        add(table);
    }

    /** A chart as vector graphics, full content width. */
    void chart(JFreeChart chart, float height) {
        Image image = charts.render(chart, writer.getDirectContent(), CONTENT_WIDTH, height);
        image.setAlignment(Element.ALIGN_CENTER);
        image.setSpacingAfter(8);
        keepSpace(height + 10);
        add(image);
    }

    void add(Element element) {
        document.add(element);
    }

    void newPage() {
        document.newPage();
    }

    /** Starts a new page unless {@code points} of height are left on this one. */
    void keepSpace(float points) {
        if (writer.getVerticalPosition(false) - document.bottom() < points) {
            document.newPage();
        }
    }

    @Override
    public void close() {
        document.close();
    }
}
