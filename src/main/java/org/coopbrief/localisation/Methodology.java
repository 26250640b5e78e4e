package org.coopbrief.localisation;

import java.util.List;

/**
 * The definitions behind the numbers, in one place for every report: the briefing's methodology
 * page and the workbook's About sheet show the same texts, from the message bundles
 * ({@code method.<topic>.title} and {@code .text}).
 */
public final class Methodology {

    /** The topics, in the order the reports give them. */
    public static final List<String> TOPICS = List.of(
            "units",
            "scope",
            "periods",
            "change",
            "implied",
            "flows",
            "share",
            "cagr",
            "targets",
            "status",
            "reconciliation",
            "approximate",
            "sources");

    private Methodology() {}

    public static String title(Texts texts, String topic) {
        return texts.text("method." + topic + ".title");
    }

    public static String text(Texts texts, String topic) {
        return texts.text("method." + topic + ".text");
    }
}
