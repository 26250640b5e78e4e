package org.coopbrief.chart;

import org.coopbrief.localisation.Texts;

/** The words of the messages: a {@link Trend} of a money series as a sentence, in the report's language. */
final class ChartMessages {

    private final Texts texts;

    ChartMessages(Texts texts) {
        this.texts = texts;
    }

    /** "Trade with Kazakhstan recovered to 88% of its 2014 level". */
    String trend(String subject, Trend t) {
        String key = "chart.message." + t.kind().name();
        String latest = money(t.latest());
        String year = year(t.year());
        return switch (t.kind()) {
            case SINGLE, PEAK -> texts.text(key, subject, latest, year);
            case ROSE, FELL ->
                texts.text(key, subject, moneyTo(t.latest()), year, moneyFrom(t.from()), year(t.reference()));
            case GREW_IN_A_ROW, FELL_IN_A_ROW -> texts.text(key, subject, moneyTo(t.latest()), year, "", t.streak());
            case RECOVERED, BELOW_PEAK ->
                texts.text(
                        key,
                        subject,
                        latest,
                        year,
                        t.percent() == null ? "" : about(texts.percent(t.percent()), t.approximate()),
                        year(t.reference()));
        };
    }

    String money(ChartValue v) {
        return about(texts.usdMillions(v.amount()), v.approximate());
    }

    /**
     * "from about $12.9 million": the preposition and the "about" in the language's order (Russian
     * puts "примерно" before the preposition: "примерно с 12,9 млн", not "с примерно").
     */
    private String moneyFrom(ChartValue v) {
        return texts.text(
                v.approximate() ? "chart.message.fromAbout" : "chart.message.from", texts.usdMillions(v.amount()));
    }

    /** "to about $15 million", "примерно до 15 млн". */
    private String moneyTo(ChartValue v) {
        return texts.text(
                v.approximate() ? "chart.message.toAbout" : "chart.message.to", texts.usdMillions(v.amount()));
    }

    String year(int year) {
        return texts.text("date.year", Integer.toString(year));
    }

    /** "about $38.7 million": sentences say the word where tables put "~". */
    String about(String text, boolean approximate) {
        return approximate ? texts.text("chart.message.about", text) : text;
    }
}
