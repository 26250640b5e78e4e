package org.coopbrief.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** A generated PDF read back with PDFBox, as the tests look at it: page texts, fonts, drawings, bookmarks. */
public final class PdfReadBack implements AutoCloseable {

    /** Path construction and painting operators: what a vector drawing is made of. */
    private static final Set<String> PATH_OPERATORS =
            Set.of("m", "l", "c", "v", "y", "re", "h", "f", "f*", "S", "s", "B", "b");

    private final PDDocument document;
    private final List<String> pages = new ArrayList<>();

    public PdfReadBack(Path file) {
        try {
            document = Loader.loadPDF(file.toFile());
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public PDDocument document() {
        return document;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** The text of a page, 1-based, with PDFBox's line breaks. */
    public String text(int page) {
        return pages.get(page - 1);
    }

    /** The text of a page, 1-based, in reading order top to bottom (chart texts at their place). */
    public String textByPosition(int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + page, e);
        }
    }

    public String text() {
        return String.join("\n", pages);
    }

    /** The 1-based numbers of the pages whose text contains {@code s}. */
    public List<Integer> pagesContaining(String s) {
        return pagesWhere(t -> t.contains(s));
    }

    public List<Integer> pagesWhere(Predicate<String> test) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (test.test(pages.get(i))) {
                found.add(i + 1);
            }
        }
        return found;
    }

    /** Every font used on any page or in any form drawn on it, as "name embedded?". */
    public List<String> fontsNotEmbedded() {
        List<String> missing = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            collectFonts(page.getResources(), missing, new ArrayList<>());
        }
        return missing;
    }

    public List<String> fonts() {
        List<String> all = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            collectFonts(page.getResources(), new ArrayList<>(), all);
        }
        return all.stream().distinct().toList();
    }

    private void collectFonts(PDResources resources, List<String> missing, List<String> all) {
        if (resources == null) {
            return;
        }
        try {
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                all.add(font.getName());
                if (!font.isEmbedded()) {
                    missing.add(font.getName());
                }
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDFormXObject form) {
                    collectFonts(form.getResources(), missing, all);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bitmap images on a page, including those inside forms. */
    public int images(int page) {
        return count(document.getPage(page - 1).getResources(), true);
    }

    /** Forms (templates) drawn on a page: where the charts are. */
    public List<PDFormXObject> forms(int page) {
        List<PDFormXObject> forms = new ArrayList<>();
        PDResources resources = document.getPage(page - 1).getResources();
        try {
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject form) {
                    forms.add(form);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }

    private int count(PDResources resources, boolean images) {
        int n = 0;
        try {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject) {
                    n++;
                } else if (x instanceof PDFormXObject form && form.getResources() != null) {
                    n += count(form.getResources(), images);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** How many path operators a content stream (a page or a form) holds. */
    public static int pathOperators(PDContentStream stream) {
        try {
            PDFStreamParser parser = new PDFStreamParser(stream);
            int n = 0;
            for (Object token : parser.parse()) {
                if (token instanceof Operator op && PATH_OPERATORS.contains(op.getName())) {
                    n++;
                }
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bookmarks, depth first, as "title -> page" with the page 1-based (0 when it does not resolve). */
    public List<Bookmark> bookmarks() {
        List<Bookmark> out = new ArrayList<>();
        if (document.getDocumentCatalog().getDocumentOutline() != null) {
            walk(document.getDocumentCatalog().getDocumentOutline(), 1, out);
        }
        return out;
    }

    public record Bookmark(int level, String title, int page) {}

    private void walk(PDOutlineNode node, int level, List<Bookmark> out) {
        for (PDOutlineItem item : node.children()) {
            int page = 0;
            try {
                PDPage target = item.findDestinationPage(document);
                page = target == null ? 0 : document.getPages().indexOf(target) + 1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.add(new Bookmark(level, item.getTitle(), page));
            walk(item, level + 1, out);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
