package org.coopbrief.delivery;

import org.coopbrief.export.pdf.BriefingDigest;
import org.coopbrief.localisation.Texts;

/**
 * A message's subject and its two bodies, plain text and HTML, in the digest's language: the title,
 * issuing body and reference, the marking, the headline, the key figures, the "what's new" points
 * (when the digest has them), what is attached and which part this is. Pure: the words come from
 * the digest and the bundles.
 */
record MessageBody(String subject, String text, String html) {

    static MessageBody of(BriefingDigest digest, int part, int parts, int files) {
        Texts texts = Texts.of(digest.language());
        String subject = texts.text("delivery.subject", digest.marking(), digest.title());
        if (parts > 1) {
            subject = texts.text("delivery.subject.part", subject, part, parts);
        }
        String issue = texts.text("delivery.issue", digest.issuingBody(), digest.reference(), digest.asOf());
        String attached = texts.text("delivery.attached", files);
        String split = parts > 1 ? texts.text("delivery.part", part, parts) : null;

        StringBuilder text = new StringBuilder();
        text.append(digest.marking()).append("\n\n");
        text.append(digest.title()).append('\n');
        text.append(issue).append("\n\n");
        text.append(digest.headline()).append("\n\n");
        text.append(digest.keyFiguresHeading()).append('\n');
        digest.keyFigures()
                .forEach(f -> text.append("- ")
                        .append(f.label())
                        .append(": ")
                        .append(f.value())
                        .append('\n'));
        if (!digest.whatsNew().isEmpty()) {
            text.append('\n').append(texts.text("delivery.whatsNew")).append('\n');
            digest.whatsNew().forEach(p -> text.append("- ").append(p).append('\n'));
        }
        text.append('\n').append(attached).append('\n');
        if (split != null) {
            text.append(split).append('\n');
        }
        text.append('\n').append(texts.text("delivery.footer")).append('\n');

        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(digest.language().code())
                .append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(esc(subject))
                .append("</title></head>\n<body style=\"font-family: sans-serif\">\n");
        html.append("<p><small>").append(esc(digest.marking())).append("</small></p>\n");
        html.append("<h1>").append(esc(digest.title())).append("</h1>\n");
        html.append("<p>").append(esc(issue)).append("</p>\n");
        html.append("<p><strong>").append(esc(digest.headline())).append("</strong></p>\n");
        html.append("<h2>").append(esc(digest.keyFiguresHeading())).append("</h2>\n<table>\n");
        digest.keyFigures()
                .forEach(f -> html.append("<tr><td>")
                        .append(esc(f.label()))
                        .append("</td><td><strong>")
                        .append(esc(f.value()))
                        .append("</strong></td></tr>\n"));
        html.append("</table>\n");
        if (!digest.whatsNew().isEmpty()) {
            html.append("<h2>").append(esc(texts.text("delivery.whatsNew"))).append("</h2>\n<ul>\n");
            digest.whatsNew().forEach(p -> html.append("<li>").append(esc(p)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<p>").append(esc(attached));
        if (split != null) {
            html.append(' ').append(esc(split));
        }
        html.append("</p>\n<p><small>")
                .append(esc(texts.text("delivery.footer")))
                .append("</small></p>\n</body></html>\n");
        return new MessageBody(subject, text.toString(), html.toString());
    }

    private static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
