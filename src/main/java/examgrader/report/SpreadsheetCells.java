package examgrader.report;

/**
 * Guards text cells of exported CSV files against formula injection: a spreadsheet runs a cell that
 * starts with {@code = + - @}, a tab or a carriage return, so such text gets a leading apostrophe
 * (the OWASP advice). Only text goes through here; marks are written as plain numbers.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {}

    public static String text(String value) {
        if (value == null || value.isEmpty()) return "";
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }
}
