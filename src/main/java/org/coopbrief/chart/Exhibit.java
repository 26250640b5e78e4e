package org.coopbrief.chart;

import org.jfree.chart.JFreeChart;

/**
 * What a chart request becomes: a chart with its message as title, or, when the data holds a
 * single value to draw, that number in a line of text (a chart of one point or one bar says less
 * than the number).
 */
public sealed interface Exhibit {

    /** The message: the chart's title, or the figure line. */
    String message();

    record Chart(JFreeChart chart, String message) implements Exhibit {}

    record Figure(String message) implements Exhibit {}
}
