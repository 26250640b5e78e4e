package org.coopbrief.export.excel;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.coopbrief.localisation.Texts;

/**
 * How every sheet of the workbook prints: landscape A4, one page wide (as many pages down as
 * needed), narrow margins, the header rows repeated on every page, and a footer with the sheet's
 * name and "page X of Y" in the workbook's language. Works on streamed and regular sheets.
 */
final class PrintLayout {

    private PrintLayout() {}

    /**
     * @param headerRows how many rows from the top repeat on every page (0: none)
     */
    static void apply(Sheet sheet, Texts texts, int headerRows) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0); // as many pages down as the rows need
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.HeaderMargin, 0.2);
        sheet.setMargin(Sheet.FooterMargin, 0.25);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        // &A: the sheet's name, &P: the page, &N: the pages (Excel's header and footer codes)
        sheet.getFooter().setCenter(texts.text("xlsx.print.footer", "&A", "&P", "&N"));
    }
}
