package org.coopbrief.export.pdf;

import java.util.List;

import org.coopbrief.localisation.Language;

/**
 * What a message about a run's briefing says of it, in one language, worded exactly as the overall
 * briefing words it: its title, marking, reference, the key figures and the headline. The
 * {@code whatsNew} points are the "what changed since the previous briefing" list (empty until the
 * analysis gives one; the message shows them after the key figures).
 */
public record BriefingDigest(
        Language language,
        String title,
        String marking,
        String reference,
        String issuingBody,
        String period,
        String asOf,
        String headline,
        List<KeyFigure> keyFigures,
        String keyFiguresHeading,
        List<String> whatsNew) {

    public record KeyFigure(String label, String value) {}

    public BriefingDigest {
        keyFigures = List.copyOf(keyFigures);
        whatsNew = List.copyOf(whatsNew);
    }

    /** The same digest with the "what's new" points of the analysis. */
    public BriefingDigest withWhatsNew(List<String> points) {
        return new BriefingDigest(
                language,
                title,
                marking,
                reference,
                issuingBody,
                period,
                asOf,
                headline,
                keyFigures,
                keyFiguresHeading,
                points);
    }
}
