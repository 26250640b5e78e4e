package org.coopbrief.export.pdf;

import java.time.ZonedDateTime;
import java.util.List;

import org.coopbrief.chart.ChartTheme;
import org.coopbrief.chart.Typeface;
import org.coopbrief.localisation.Texts;

/** Everything one language's briefings are written from. */
record BriefingContext(Texts texts, Wording wording, Dataset data, Comparisons comparisons, List<String> partners,
        String marking, String author, ZonedDateTime created, Typeface typeface, int rejects) {

    BriefingContext {
        partners = List.copyOf(partners);
    }

    Comparisons.Frame frame() {
        return comparisons.frame();
    }

    String reporterName() {
        return wording.name(frame().reporter());
    }

    ChartTheme chartTheme() {
        return new ChartTheme(typeface, texts);
    }

    /** {@code coopbrief-briefing-2020-en.pdf}. */
    String overallFileName() {
        return "coopbrief-briefing-" + frame().focus().code() + "-" + texts.language().code() + ".pdf";
    }

    /** {@code GE-2020-en.pdf}, inside {@link #PARTNERS_FOLDER}. */
    String partnerFileName(String partner) {
        return partner + "-" + frame().focus().code() + "-" + texts.language().code() + ".pdf";
    }

    static final String PARTNERS_FOLDER = "partners";

    static String anchor(String partner) {
        return "partner-" + partner;
    }
}
