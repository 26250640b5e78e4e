package org.coopbrief.export;

import java.awt.Color;

import org.coopbrief.analysis.TargetStatus;
import org.coopbrief.chart.ChartTheme;

/**
 * The one palette of the target statuses, used by every export: the PDF briefings' status cells
 * and progress chart and the workbook's status colours (Targets and Summary) take their colours
 * from here, so a status looks the same wherever it is shown.
 */
public final class StatusPalette {

    private StatusPalette() {}

    /** The status's fill: green reached, light green on track, amber at risk, red missed, grey without data or deadline. */
    public static Color fill(TargetStatus status) {
        return switch (status) {
            case ACHIEVED -> ChartTheme.ACHIEVED;
            case ON_TRACK -> ChartTheme.ON_TRACK;
            case AT_RISK -> ChartTheme.AT_RISK;
            case MISSED -> ChartTheme.MISSED;
            case NO_DATA, OPEN -> ChartTheme.NEUTRAL;
        };
    }

    /** The text on the status's fill: dark on the light fills, white on the dark ones. */
    public static Color text(TargetStatus status) {
        return status == TargetStatus.ON_TRACK || status == TargetStatus.AT_RISK ? ChartTheme.TEXT : Color.WHITE;
    }
}
