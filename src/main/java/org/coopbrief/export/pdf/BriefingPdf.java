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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;

import org.coopbrief.chart.EmbeddedFontMapper;
import org.coopbrief.chart.Exhibit;
import org.coopbrief.chart.PdfChartRenderer;
import org.coopbrief.localisation.Texts;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
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
    /** The spacing an element leaves after it is only counted when the next is placed: allow for it. */
    private static final float PLACEMENT_MARGIN = 12;

    private final List<Paragraph> pending = new ArrayList<>();
    private float pendingHeight;

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

    /** A section heading that continues the page when there is room for it and the start of what follows. */
    void flowingSection(String title, String anchor) {
        heading(title, anchor, 1, style.heading1(), 8, true);
    }

    /** A sub-heading, bookmarked under the current section; kept with the start of what follows. */
    void subsection(String title, String anchor) {
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
        // held until what follows is added, so that a heading never ends a page
        pending.add(p);
        pendingHeight += 10 + font.getCalculatedLeading(1.5f) * lines(title, font, CONTENT_WIDTH) + after;
    }

    /** How many lines {@code text} takes at {@code width} (by words; a heading or a short paragraph). */
    private static int lines(String text, Font font, float width) {
        int lines = 1;
        float line = 0;
        float space = font.getBaseFont().getWidthPoint(' ', font.getSize());
        for (String word : text.split(" ")) {
            float w = font.getBaseFont().getWidthPoint(word, font.getSize());
            if (line > 0 && line + space + w > width) {
                lines++;
                line = w;
            } else {
                line += (line > 0 ? space : 0) + w;
            }
        }
        return lines;
    }

    /**
     * Adds the headings waiting for content, on this page when {@code next} points of what follows fit
     * under them, else on a new page.
     */
    private void placeHeadings(float next) {
        if (pending.isEmpty()) {
            return;
        }
        keepSpace(pendingHeight + next + PLACEMENT_MARGIN);
        List<Paragraph> headingsNow = new ArrayList<>(pending);
        pending.clear();
        pendingHeight = 0;
        headingsNow.forEach(document::add);
    }

    void paragraph(String text) {
        paragraph(new Phrase(text, style.body()), 6);
    }

    void paragraph(Phrase phrase, float spacingAfter) {
        Paragraph p = new Paragraph(phrase);
        float leading = phrase.getFont().getSize() * 1.35f;
        p.setLeading(leading);
        p.setSpacingAfter(spacingAfter);
        placeHeadings(leading * Math.min(3, lines(phrase.getContent(), phrase.getFont(), CONTENT_WIDTH)));
        document.add(p);
    }

    /** A paragraph that introduces what follows (a table): kept on the page of its start, as a heading is. */
    void lead(String text) {
        Font font = style.body();
        float leading = font.getSize() * 1.35f;
        Paragraph p = new Paragraph(new Phrase(text, font));
        p.setLeading(leading);
        p.setSpacingAfter(6);
        pending.add(p);
        pendingHeight += leading * lines(text, font, CONTENT_WIDTH) + 6;
    }

    /** Small grey text: a caveat. A table's legend goes with its table: {@link #table(PdfPTable, String)}. */
    void note(String text) {
        Paragraph p = new Paragraph(new Phrase(text, style.small()));
        p.setLeading(10);
        p.setSpacingAfter(6);
        placeHeadings(20);
        document.add(p);
    }

    /** Short lines in a list (the sources): laid out as a table, so none is left alone on a page. */
    void lines(List<Phrase> lines, float spacingAfter) {
        PdfPTable list = new PdfPTable(1);
        list.setWidthPercentage(100);
        for (Phrase line : lines) {
            PdfPCell cell = new PdfPCell(line);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(spacingAfter);
            cell.setLeading(0, 1.35f);
            list.addCell(cell);
        }
        table(list);
    }

    /**
     * A source note: its text, then its address on a line of its own, in a size that fits the
     * line (down to {@link #SMALLEST_ADDRESS} points), so that the address is never broken into
     * pieces that read as words; it links to itself.
     */
    void sourceNote(SourceNotes.Note note) {
        Paragraph p = new Paragraph(sourcePhrase(note));
        p.setLeading(8 * 1.35f);
        p.setSpacingAfter(3);
        add(p);
    }

    /** A source note as a phrase, to go into a list of lines ({@link #lines}). */
    Phrase sourcePhrase(SourceNotes.Note note) {
        Phrase phrase = new Phrase(note.text(), style.font(8, false, PdfStyle.TEXT));
        if (note.url() != null) {
            float width = style.regular().getWidthPoint(note.url(), 1);
            float size = Math.max(SMALLEST_ADDRESS, Math.min(8, CONTENT_WIDTH * 0.97f / width));
            Chunk address = new Chunk(note.url(), style.font(size, false, PdfStyle.LINK));
            address.setAnchor(note.url());
            phrase.add(Chunk.NEWLINE);
            phrase.add(address);
        }
        return phrase;
    }

    private static final float SMALLEST_ADDRESS = 4;

    void table(PdfPTable table) {
        table(table, null);
    }

    /**
     * A table laid out page by page ({@link TablePages}): no row is split, a full-width group row stays
     * with the row below it, the first page of the table and its last page hold at least two rows, and
     * {@code note} (its legend, may be null) follows its last row on the same page.
     */
    void table(PdfPTable table, String note) {
        if (note != null) {
            PdfPCell cell = new PdfPCell(new Phrase(note, style.small()));
            cell.setColspan(table.getNumberOfColumns());
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingTop(4);
            cell.setPaddingLeft(0);
            cell.setPaddingRight(0);
            cell.setLeading(10, 0);
            table.addCell(cell);
        }
        TablePages pages = new TablePages(table, CONTENT_WIDTH, note != null);
        float page = document.top() - document.bottom();
        placeHeadings(pages.startHeight());
        List<PdfPTable> parts = pages.split(writer.getVerticalPosition(false) - document.bottom(), page);
        for (int i = 0; i < parts.size(); i++) {
            PdfPTable part = parts.get(i);
            if (part == null) {
                document.newPage(); // the table starts on the next page
                continue;
            }
            part.setSpacingAfter(i == parts.size() - 1 ? 10 : 0);
            document.add(part);
            if (i < parts.size() - 1) {
                document.newPage();
            }
        }
    }

    /**
     * A chart with its source line under it, kept on one page; or, for a single value, the
     * figure line in bold with the source line.
     */
    void exhibit(Exhibit exhibit, float height, String source) {
        Paragraph sourceLine = new Paragraph(new Phrase(source, style.small()));
        sourceLine.setLeading(10);
        sourceLine.setSpacingAfter(10);
        if (exhibit instanceof Exhibit.Chart c) {
            Image image = charts.render(c.chart(), writer.getDirectContent(), CONTENT_WIDTH, height);
            image.setAlignment(Element.ALIGN_CENTER);
            // a held heading moves with the chart, and the source line stays under it
            placeHeadings(height + 26);
            keepSpace(height + 26);
            document.add(image);
        } else {
            keepSpace(40);
            paragraph(new Phrase(exhibit.message(), style.bodyBold()), 2);
        }
        add(sourceLine);
    }

    void add(Element element) {
        placeHeadings(40);
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
        placeHeadings(0);
        document.close();
        if (!contents.isEmpty() && !contents.equals(sections())) {
            // the contents would print wrong page numbers: the cover grew past its page, or the layout is not
            // repeatable
            throw new IllegalStateException(
                    "the sections moved between the two passes: " + contents + " then " + sections());
        }
    }
}
