package org.coopbrief.export.pdf;

import java.math.BigDecimal;
import java.util.List;

import org.coopbrief.analysis.FindingRow;
import org.coopbrief.dataset.Unit;
import org.coopbrief.localisation.Methodology;
import org.coopbrief.localisation.Texts;

import com.lowagie.text.Phrase;

/** The closing pages of the overall briefing: data quality, methodology, sources. */
final class Appendix {

    private final BriefingContext context;
    private final BriefingPdf pdf;
    private final Texts texts;
    private final Wording wording;

    Appendix(BriefingContext context, BriefingPdf pdf) {
        this.context = context;
        this.pdf = pdf;
        this.texts = context.texts();
        this.wording = context.wording();
    }

    void quality() {
        pdf.section(texts.text("section.quality"), "quality");
        pdf.paragraph(texts.text("quality.intro"));
        List<FindingRow> findings = context.report().findings();
        if (findings.isEmpty()) {
            pdf.paragraph(texts.text("quality.none"));
        } else {
            TableBuilder table = new TableBuilder(
                    pdf.style(),
                    new float[] {1.6f, 2.6f, 1f, 1f, 1f, 1f, 1.2f},
                    texts.text("col.finding"),
                    texts.text("col.series"),
                    texts.text("col.first"),
                    texts.text("col.second"),
                    texts.text("col.difference"),
                    texts.text("col.tolerance"),
                    texts.text("col.figures"));
            for (FindingRow f : findings) {
                table.text(texts.text("finding." + f.kind().name()));
                table.text(texts.text("quality.pair", wording.name(f.reporter()), wording.name(f.partner())) + ", "
                        + wording.series(f.indicator(), f.scope()) + ", " + texts.period(f.period()));
                table.number(amount(f.firstAmount(), f.unit()));
                table.number(amount(f.secondAmount(), f.unit()));
                table.number(
                        f.difference() == null
                                ? texts.text("value.none")
                                : texts.signedAmount(f.difference())
                                        + (f.unit() == Unit.PERCENT ? " " + texts.text("unit.points") : ""));
                table.number(f.tolerance() == null ? texts.text("value.none") : "\u00B1" + texts.amount(f.tolerance()));
                table.text(String.join(", ", f.figureIds()));
            }
            pdf.table(table.build());
            pdf.note(texts.text("quality.legend"));
        }
        pdf.paragraph(texts.text("quality.rejects", context.rejects()));
        pdf.paragraph(texts.text("quality.parts"));
    }

    private String amount(BigDecimal value, Unit unit) {
        if (value == null) {
            return texts.text("value.none");
        }
        return unit == Unit.PERCENT ? texts.percent(value) : texts.amount(value);
    }

    void methodology() {
        pdf.section(texts.text("section.method"), "method");
        for (String topic : Methodology.TOPICS) {
            pdf.paragraph(
                    new Phrase(Methodology.title(texts, topic), pdf.style().bodyBold()), 2);
            pdf.paragraph(Methodology.text(texts, topic));
        }
    }

    void sources(SourceNotes notes) {
        pdf.section(texts.text("section.sources"), "sources");
        pdf.paragraph(texts.text("sources.intro"));
        pdf.note(texts.text("sources.books"));
        if (notes.isEmpty()) {
            pdf.paragraph(texts.text("sources.none"));
        }
        notes.notes().forEach(pdf::sourceNote);
    }
}
