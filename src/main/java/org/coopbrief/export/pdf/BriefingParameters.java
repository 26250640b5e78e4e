package org.coopbrief.export.pdf;

/** The job parameters the briefings read. */
public final class BriefingParameters {

    /** "en", "ru" or "en,ru": the languages to write the briefings in (default English). */
    public static final String LANG = "lang";

    // Set by the comparisons on `run`; read here only to agree with them while they are missing.
    static final String AS_OF = "as-of";
    static final String PERIOD = "period";
    static final String REPORTER = "reporter";
    static final String DEFAULT_REPORTER = "BY";

    private BriefingParameters() {
    }
}
