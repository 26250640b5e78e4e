package org.coopbrief.export.excel;

/**
 * Formula injection (OWASP "CSV injection"): text from the input that starts with =, +, -, @, a
 * tab or a carriage return could be taken for a formula when a user edits or re-saves the cell.
 * Such text is written as a plain string cell with the quote-prefix style (Excel's own marker for
 * "text, not a formula"), so it shows exactly as written and is never evaluated. The workbook's
 * formulas are built from cell addresses only, never from input text.
 */
final class SafeText {

    private static final String TRIGGERS = "=+-@\t\r";

    private SafeText() {}

    static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }
}
