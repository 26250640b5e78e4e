package org.coopbrief.export.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;

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
    private final List<Section> contents;
    private int headings;

    /** What the document's properties say about it. */
    record Metadata(
            String title, String shortTitle, String subject, String author, String keywords, ZonedDateTime created) {}

    /** A top-level section where its heading landed: the contents list it. */
    record Section(String title, String anchor, int page) {}

    /**
     * @param contents the sections as a first pass of the same document laid them out (empty: none known); they
     *                 are what {@link #contents()} lists, and closing checks that they landed on the same pages
     */
    BriefingPdf(
            OutputStream out,
            PdfStyle style,
            Texts texts,
            String marking,
            Issue issue,
            Metadata metadata,
            boolean titlePage,
            List<Section> contents) {
        this.style = style;
        this.contents = List.copyOf(contents);
        this.document = new Document(PageSize.A4, 50, 50, 62, 56);
        this.writer = PdfWriter.getInstance(document, out);
        // PDF/A-1b, for archiving: fonts embedded, no transparency, an sRGB output intent, XMP metadata
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        this.decorations = new PageDecorations(style, texts, marking, issue, metadata.shortTitle(), titlePage);
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
        outputIntent();
        // made from the information dictionary as it now stands, so the two say the same (PDF/A 6.7.3)
        writer.createXmpMetadata();
        this.charts = new PdfChartRenderer(new EmbeddedFontMapper(style.typeface(), style.regular(), style.bold()));
    }

    /**
     * Every colour in the briefings is RGB: the output intent says it is sRGB. The profile is the
     * Java runtime's own (ICC version 2, as PDF/A-1 requires), so no profile file is shipped.
     */
    private void outputIntent() {
        try {
            writer.setOutputIntents(
                    SRGB, null, "http://www.color.org", SRGB, ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sRGB output intent", e);
        }
    }

    private static final String SRGB = "sRGB IEC61966-2.1";

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

    /** The sections with their pages, from the first pass; empty in the first pass itself. */
    List<Section> contents() {
        return contents;
    }

    /** The sections laid out so far, with the page each heading landed on. */
    List<Section> sections() {
        return decorations.sections();
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
        // a section is a link target for the contents, with or without an anchor of its own
        String destination = anchor == null && level == 1 ? tag : anchor;
        if (destination != null) {
            chunk.setLocalDestination(destination);
        }
        decorations.expect(tag, new PageDecorations.Bookmark(level, title, open, destination));
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
        if (!contents.isEmpty() && !contents.equals(sections())) {
            // the contents would print wrong page numbers: the cover grew past its page, or the layout is not
            // repeatable
            throw new IllegalStateException(
                    "the sections moved between the two passes: " + contents + " then " + sections());
        }
    }
}
