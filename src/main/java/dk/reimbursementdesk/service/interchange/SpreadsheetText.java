package dk.reimbursementdesk.service.interchange;

/**
 * Text cells of the CSV the program writes, made safe to open in a spreadsheet (OWASP's advice on CSV
 * injection): a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return would be taken for a formula by Excel, LibreOffice or Google Sheets, so it is written with a
 * single quote before it, which the spreadsheet shows as text and does not run. Only text is treated
 * so: amounts ({@code -125.00}) and dates are written as they are.
 *
 * <p>The import takes such a quote off again ({@link #unescape}), so an export still imports
 * unchanged.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The cell to write for {@code text}: unchanged, or with a leading {@code '} when a spreadsheet would run it. */
    public static String cell(String text) {
        if (text == null || text.isEmpty() || !isFormulaStart(text.charAt(0))) {
            return text;
        }
        return "'" + text;
    }

    /** The value a cell written by {@link #cell} stands for: without the leading {@code '} it was given. */
    static String unescape(String value) {
        if (value.length() >= 2 && value.charAt(0) == '\'' && isFormulaStart(value.charAt(1))) {
            return value.substring(1);
        }
        return value;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
