package org.coopbrief.export.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (DrawingML, through POI's XDDF) over the Summary's own tables: they stay
 * linked to the cells, so an analyst can restyle or extend them in Excel or LibreOffice.
 */
final class SummaryCharts {

    private final XSSFSheet sheet;
    private final XSSFDrawing drawing;

    SummaryCharts(XSSFSheet sheet) {
        this.sheet = sheet;
        this.drawing = sheet.createDrawingPatriarch();
    }

    /** A column range of the sheet: rows first..last (0-based, inclusive) of one column. */
    record Range(int firstRow, int lastRow, int column) {
        CellRangeAddress address() {
            return new CellRangeAddress(firstRow, lastRow, column, column);
        }
    }

    /** Horizontal bars, one per category, largest first as the table lists them. */
    void bars(String title, String seriesTitle, Range categories, Range values, String numberFormat, Anchor at) {
        XSSFChart chart = chart(title, at);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        // the table lists the largest first; reverse the axis so it is also on top in the chart
        categoryAxis.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0); // bars start at zero, or short ones look like nothing
        valueAxis.setNumberFormat(numberFormat);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(strings(categories), numbers(values));
        series.setTitle(seriesTitle, null);
        // without explicit fill LibreOffice draws the bars invisible
        series.setFillProperties(solid(PresetColor.STEEL_BLUE));
        chart.plot(data);
    }

    /**
     * A line with markers over the years, on a numeric year axis (a scatter chart), so gaps
     * between the years the books give are drawn to scale.
     */
    void yearLine(
            String title,
            String seriesTitle,
            Range years,
            Range values,
            int firstYear,
            int lastYear,
            String numberFormat,
            Anchor at) {
        XSSFChart chart = chart(title, at);
        XDDFValueAxis yearAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        yearAxis.setNumberFormat("0");
        yearAxis.setMinimum(firstYear);
        yearAxis.setMaximum(lastYear);
        yearAxis.setMajorUnit(1);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setMinimum(0);
        valueAxis.setNumberFormat(numberFormat);
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, yearAxis, valueAxis);
        data.setStyle(ScatterStyle.LINE_MARKER);
        data.setVaryColors(false);
        XDDFScatterChartData.Series series =
                (XDDFScatterChartData.Series) data.addSeries(numbers(years), numbers(values));
        series.setTitle(seriesTitle, null);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        series.setSmooth(false);
        XDDFLineProperties stroke = new XDDFLineProperties(solid(PresetColor.STEEL_BLUE));
        stroke.setWidth(2.25);
        series.setLineProperties(stroke);
        chart.plot(data);
    }

    /**
     * The targets' attainment as columns, one per target, coloured by status (the palette the
     * PDF shares), labelled with their value ({@code labelFormat}: a bar the analysis stops at
     * its chart limit reads "≥200%"), with a line at 100% across them (a line series over cells
     * of 100% on the same axes: a reference both Excel and LibreOffice draw; LibreOffice drops a
     * series of literal values).
     */
    void attainment(
            String title,
            String seriesTitle,
            String referenceTitle,
            Range categories,
            Range values,
            Range hundred,
            java.util.List<java.awt.Color> colours,
            String labelFormat,
            Anchor at) {
        XSSFChart chart = chart(title, at);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0);
        valueAxis.setNumberFormat("0%");
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(strings(categories), numbers(values));
        series.setTitle(seriesTitle, null);
        series.setFillProperties(solid(PresetColor.STEEL_BLUE));
        // one data point per bar, appended in order: XDDF's getDataPoint(i) scans every point
        // before it for its index (quadratic in the targets)
        for (int i = 0; i < colours.size(); i++) {
            org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt point =
                    series.getCTBarSer().addNewDPt();
            point.addNewIdx().setVal(i);
            new org.apache.poi.xddf.usermodel.chart.XDDFDataPoint(point) {}.setFillProperties(solid(colours.get(i)));
        }
        labels(series.getCTBarSer().addNewDLbls(), labelFormat);
        chart.plot(bars);

        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
        line.setVaryColors(false);
        XDDFLineChartData.Series reference =
                (XDDFLineChartData.Series) line.addSeries(strings(categories), numbers(hundred));
        reference.setTitle(referenceTitle, null);
        reference.setMarkerStyle(MarkerStyle.NONE);
        reference.setSmooth(false);
        XDDFLineProperties stroke = new XDDFLineProperties(solid(org.coopbrief.chart.ChartTheme.REFERENCE));
        stroke.setWidth(1.5);
        stroke.setPresetDash(new org.apache.poi.xddf.usermodel.XDDFPresetLineDash(
                org.apache.poi.xddf.usermodel.PresetLineDash.DASH));
        reference.setLineProperties(stroke);
        chart.plot(line);
    }

    /** Value labels on a series' points, outside the end, in {@code format}. */
    private static void labels(org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls labels, String format) {
        var numberFormat = labels.addNewNumFmt();
        numberFormat.setFormatCode(format);
        numberFormat.setSourceLinked(false);
        labels.addNewDLblPos().setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos.OUT_END);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    /** Where a chart goes: columns and rows of its top-left and bottom-right corners (0-based). */
    record Anchor(int column, int row, int toColumn, int toRow) {}

    private XSSFChart chart(String title, Anchor at) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, at.column(), at.row(), at.toColumn(), at.toRow());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFSolidFillProperties solid(PresetColor color) {
        return new XDDFSolidFillProperties(XDDFColor.from(color));
    }

    private static XDDFSolidFillProperties solid(java.awt.Color color) {
        return new XDDFSolidFillProperties(
                XDDFColor.from(new byte[] {(byte) color.getRed(), (byte) color.getGreen(), (byte) color.getBlue()}));
    }

    private XDDFDataSource<String> strings(Range range) {
        return XDDFDataSourcesFactory.fromStringCellRange(sheet, range.address());
    }

    private XDDFNumericalDataSource<Double> numbers(Range range) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, range.address());
    }
}
