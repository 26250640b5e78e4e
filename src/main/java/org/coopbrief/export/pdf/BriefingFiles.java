package org.coopbrief.export.pdf;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coopbrief.run.RunFolders;

/** Writes one briefing PDF under a temporary name and moves it into place when complete. */
final class BriefingFiles {

    private final RunFolders folders;

    BriefingFiles(RunFolders folders) {
        this.folders = folders;
    }

    interface Content {
        void write(BriefingPdf pdf);
    }

    /** The overall briefing: a first pass lays it out to learn the pages its contents print. */
    void writeOverall(Path target, BriefingContext context) {
        BriefingPdf.Metadata metadata = new OverallBriefing(context).metadata();
        List<BriefingPdf.Section> sections = render(
                OutputStream.nullOutputStream(),
                context,
                metadata,
                true,
                List.of(),
                new OverallBriefing(context)::write);
        write(target, context, metadata, true, sections, new OverallBriefing(context)::write);
    }

    void writePartner(Path target, BriefingContext context, String partner) {
        PartnerBriefing briefing = new PartnerBriefing(context, partner);
        write(target, context, briefing.metadata(), false, List.of(), briefing::write);
    }

    private void write(
            Path target,
            BriefingContext context,
            BriefingPdf.Metadata metadata,
            boolean titlePage,
            List<BriefingPdf.Section> contents,
            Content content) {
        folders.writeAtomically(target, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                render(out, context, metadata, titlePage, contents, content);
            }
        });
    }

    /** Writes one PDF; returns its sections with the pages they landed on. */
    private static List<BriefingPdf.Section> render(
            OutputStream out,
            BriefingContext context,
            BriefingPdf.Metadata metadata,
            boolean titlePage,
            List<BriefingPdf.Section> contents,
            Content content) {
        BriefingPdf pdf = new BriefingPdf(
                out,
                new PdfStyle(context.typeface()),
                context.texts(),
                context.marking(),
                context.issue(),
                metadata,
                titlePage,
                contents);
        try (pdf) {
            content.write(pdf);
        }
        return pdf.sections();
    }
}
