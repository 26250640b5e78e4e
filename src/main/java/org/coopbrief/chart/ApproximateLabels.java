package org.coopbrief.chart;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Map;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Data labels that mark approximate values with "~", as the tables do. Values are looked up by
 * series and item, because a dataset holds only numbers.
 */
final class ApproximateLabels implements CategoryItemLabelGenerator, XYItemLabelGenerator {

    private final NumberFormat numbers;
    private final String suffix;
    private final Map<String, Boolean> approximate = new HashMap<>();
    private final Map<String, Number> shown = new HashMap<>();
    private final java.util.Set<String> atLeast = new java.util.HashSet<>();

    ApproximateLabels(NumberFormat numbers, String suffix) {
        this.numbers = numbers;
        this.suffix = suffix;
    }

    void mark(Comparable<?> series, Comparable<?> item, boolean isApproximate) {
        approximate.put(series + "\u0000" + item, isApproximate);
    }

    /** Labels the item with {@code value} rather than the length it is drawn with. */
    void show(Comparable<?> series, Comparable<?> item, Number value) {
        shown.put(series + "\u0000" + item, value);
    }

    /** The item's real value is beyond the one drawn: its label reads "≥" and the value drawn. */
    void atLeast(Comparable<?> series, Comparable<?> item) {
        atLeast.add(series + "\u0000" + item);
    }

    private String label(Comparable<?> series, Comparable<?> item, Number drawn) {
        Number value = shown.getOrDefault(series + "\u0000" + item, drawn);
        if (value == null) {
            return null;
        }
        String text = (atLeast.contains(series + "\u0000" + item) ? "≥" : "")
                + numbers.format(new BigDecimal(value.toString()))
                + suffix;
        return approximate.getOrDefault(series + "\u0000" + item, false) ? "~" + text : text;
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        return label(dataset.getRowKey(row), dataset.getColumnKey(column), dataset.getValue(row, column));
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(XYDataset dataset, int series, int item) {
        return label(dataset.getSeriesKey(series), item, dataset.getY(series, item));
    }
}
