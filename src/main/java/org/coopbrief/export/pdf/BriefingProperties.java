package org.coopbrief.export.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the PDF briefings ({@code coopbrief.briefing.*}).
 *
 * @param marking the line printed on every page ("For official use"); blank: the default marking in each
 *                briefing's language
 * @param author  the document author in the PDF properties
 */
@ConfigurationProperties("coopbrief.briefing")
record BriefingProperties(String marking, String author) {

    BriefingProperties {
        marking = marking == null ? "" : marking.strip();
        author = author == null || author.isBlank() ? "coopbrief" : author.strip();
    }
}
