package org.coopbrief.export.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataConsolidateFunction;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFPivotTable;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.coopbrief.dataset.Period;
import org.coopbrief.localisation.Texts;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCacheField;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTItems;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTLocation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageField;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageFields;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPivotCacheDefinition;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPivotField;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPivotTableDefinition;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSharedItems;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STAxis;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STItemType;

/**
 * A ready native PivotTable on its own sheet, over the Figures table's range: the reporter's
 * turnover in USD million by partner (rows) and year (columns), with the reporter, the indicator
 * and the scope as page filters set to the headline series, so nothing of different meaning is
 * summed (exports with imports, goods with goods and services, a region with its country). The
 * analyst re-pivots it by dragging fields; it is calculated when the workbook is opened (Excel
 * refreshes it on load, LibreOffice builds it from the range), so it holds no copy of the rows.
 *
 * <p>The cache lists the items of the fields it groups by (so the filters can name the item they
 * show), built from the distinct texts the Figures sheet wrote: the streamed rows are not read
 * back. The periods that are not whole years are hidden items of the column field.
 */
final class PivotSheet {

    /** The sheet's name key: {@code xlsx.sheet.pivot}. */
    static final String KEY = "pivot";
    /** The pivot table's name. */
    static final String NAME = "TurnoverPivot";

    static final String REPORTER = "figures.reporter";
    static final String INDICATOR = "figures.indicator";
    static final String SCOPE = "figures.scope";
    static final String PARTNER = "figures.partnerName";
    static final String PERIOD = "figures.period";
    static final String VALUE = "figures.valueUSDMillion";

    /** The Figures columns whose distinct texts the cache lists. */
    static final List<String> FIELDS = List.of(REPORTER, INDICATOR, SCOPE, PARTNER, PERIOD);

    /** The page filters' items: the headline series the pivot shows. */
    record Selection(String reporter, String indicator, String scope) {}

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private PivotSheet() {}

    /**
     * @param figures     the Figures sheet's XSSF part (its rows are streamed)
     * @param lastRow     the Figures table's last row (0-based)
     * @param values      the distinct texts of {@link #FIELDS} on the Figures sheet
     * @param numberFormat the data format id of the values (the workbook's USD million format)
     */
    static XSSFPivotTable write(
            XSSFSheet sheet,
            XSSFSheet figures,
            int lastRow,
            Texts texts,
            Map<String, DataSheet.Values> values,
            Selection selection,
            String numberFormat) {
        List<Column> columns = FiguresSheet.COLUMNS;
        // POI names the cache fields from the header row; the streamed sheet's rows are not in memory
        XSSFRow header = figures.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c).header(texts));
        }
        AreaReference source = new AreaReference(
                new CellReference(figures.getSheetName(), 0, 0, true, true),
                new CellReference(figures.getSheetName(), Math.max(lastRow, 1), columns.size() - 1, true, true),
                SpreadsheetVersion.EXCEL2007);
        XSSFPivotTable pivot = sheet.createPivotTable(source, new CellReference("A5"), figures);
        figures.removeRow(header);

        CTPivotCacheDefinition cache = pivot.getPivotCacheDefinition().getCTPivotCacheDefinition();
        // the same run writes the same bytes: no time of writing
        cache.unsetRefreshedDate();
        cache.setRefreshedBy("coopbrief");
        cache.setSaveData(false);
        CTPivotTableDefinition definition = pivot.getCTPivotTableDefinition();
        definition.setName(NAME);
        definition.setDataCaption(texts.text("xlsx.pivot.values"));
        definition.setRowHeaderCaption(
                columns.get(Column.indexOf(columns, PARTNER)).header(texts));
        definition.setColHeaderCaption(
                columns.get(Column.indexOf(columns, PERIOD)).header(texts));
        definition.setApplyNumberFormats(true);
        definition.setGrandTotalCaption(texts.text("xlsx.pivot.total"));

        List<String> pages = List.of(REPORTER, INDICATOR, SCOPE);
        List<String> selected = List.of(selection.reporter(), selection.indicator(), selection.scope());
        CTPageFields pageFields = definition.addNewPageFields();
        for (int i = 0; i < pages.size(); i++) {
            int field = Column.indexOf(columns, pages.get(i));
            List<String> items = items(cache, field, values.get(pages.get(i)));
            axisField(definition, field, STAxis.AXIS_PAGE, items, item -> false);
            CTPageField page = pageFields.addNewPageField();
            page.setFld(field);
            page.setHier(-1);
            if (items.contains(selected.get(i))) {
                page.setItem(items.indexOf(selected.get(i)));
            }
        }
        pageFields.setCount(pages.size());
        definition.setMultipleFieldFilters(false);

        int partner = Column.indexOf(columns, PARTNER);
        axisField(definition, partner, STAxis.AXIS_ROW, items(cache, partner, values.get(PARTNER)), item -> false);
        definition.addNewRowFields().addNewField().setX(partner);
        definition.getRowFields().setCount(1);

        int period = Column.indexOf(columns, PERIOD);
        // whole years only: a quarter or a part of a year summed with its year would count it twice
        axisField(definition, period, STAxis.AXIS_COL, items(cache, period, values.get(PERIOD)), item -> !isYear(item));
        definition.addNewColFields().addNewField().setX(period);
        definition.getColFields().setCount(1);

        pivot.addColumnLabel(
                DataConsolidateFunction.SUM,
                Column.indexOf(columns, VALUE),
                texts.text("xlsx.pivot.turnover"),
                numberFormat);

        CTLocation location = definition.getLocation();
        location.setRef("A5:B7");
        location.setFirstHeaderRow(1);
        location.setFirstDataRow(2);
        location.setFirstDataCol(1);
        location.setRowPageCount(pages.size());
        location.setColPageCount(1);
        sheet.setColumnWidth(0, 30 * 256);
        return pivot;
    }

    /** Lists a field's distinct texts as the cache's shared items (a blank last); returns them in item order. */
    private static List<String> items(CTPivotCacheDefinition cache, int field, DataSheet.Values values) {
        CTCacheField cacheField = cache.getCacheFields().getCacheFieldArray(field);
        CTSharedItems shared = cacheField.getSharedItems();
        List<String> items = new ArrayList<>(values.texts());
        // through a cursor: POI's lite schemas have no classes for the item elements
        try (XmlCursor cursor = shared.newCursor()) {
            cursor.toEndToken();
            for (String text : items) {
                cursor.beginElement("s", MAIN);
                cursor.insertAttributeWithValue("v", text);
                cursor.toNextToken();
            }
            if (values.blank()) {
                cursor.beginElement("m", MAIN);
                cursor.toNextToken();
                shared.setContainsBlank(true);
            }
        }
        shared.setCount(items.size() + (values.blank() ? 1 : 0));
        if (values.blank()) {
            items.add(null);
        }
        return items;
    }

    private static void axisField(
            CTPivotTableDefinition definition,
            int field,
            STAxis.Enum axis,
            List<String> items,
            java.util.function.Predicate<String> hidden) {
        CTPivotField pivotField = CTPivotField.Factory.newInstance();
        pivotField.setAxis(axis);
        pivotField.setShowAll(false);
        CTItems list = pivotField.addNewItems();
        for (int i = 0; i < items.size(); i++) {
            var item = list.addNewItem();
            item.setX(i);
            if (hidden.test(items.get(i))) {
                item.setH(true);
            }
        }
        list.addNewItem().setT(STItemType.DEFAULT);
        list.setCount(list.sizeOfItemArray());
        definition.getPivotFields().setPivotFieldArray(field, pivotField);
    }

    private static boolean isYear(String code) {
        if (code == null) {
            return false;
        }
        try {
            return Period.parse(code).kind() == Period.Kind.YEAR;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
