package dk.reimbursementdesk.ui.setup;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts and rates typed and shown in the default locale's format ("1.234,50" in Danish,
 * "1,234.50" in English). Parsing is strict: the whole text must be a number, and a grouping
 * separator is accepted only between groups of three digits, because DecimalFormat alone reads
 * the Danish "1.5" as fifteen.
 */
public final class LocaleNumbers {

    private LocaleNumbers() {
    }

    private static DecimalFormat format() {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(Locale.getDefault());
        format.setParseBigDecimal(true);
        format.setGroupingUsed(true);
        return format;
    }

    /** Shown with exactly the value's own scale (an amount carries its currency's decimals). */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = format();
        int scale = Math.max(0, value.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(value);
    }

    /** The same number with a fixed number of decimals, for examples and for amounts in a currency. */
    public static String format(BigDecimal value, int decimals) {
        return format(value.setScale(decimals, java.math.RoundingMode.UNNECESSARY));
    }

    /** How to type an amount with this many decimals in this locale, for sentences. */
    public static String example(int decimals) {
        return format(new BigDecimal("1234.5").setScale(Math.max(decimals, 1)));
    }

    /** The number the whole text spells, or empty when it is not one. Blank text is empty too. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        DecimalFormat format = format();
        if (!groupingWellPlaced(trimmed, format.getDecimalFormatSymbols())) {
            return Optional.empty();
        }
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parse(trimmed, position);
        if (parsed == null || position.getIndex() != trimmed.length()) {
            return Optional.empty();
        }
        return Optional.of((BigDecimal) parsed);
    }

    private static boolean groupingWellPlaced(String text, DecimalFormatSymbols symbols) {
        String grouping = Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
        String decimal = String.valueOf(symbols.getDecimalSeparator());
        int decimalAt = text.indexOf(decimal);
        String integerPart = decimalAt < 0 ? text : text.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : text.substring(decimalAt + 1);
        if (fraction.contains(String.valueOf(symbols.getGroupingSeparator()))) {
            return false;
        }
        if (!integerPart.contains(String.valueOf(symbols.getGroupingSeparator()))) {
            return true;
        }
        String digits = integerPart.replaceFirst("^[-+\u2212]", "");
        return digits.matches("\\d{1,3}(" + grouping + "\\d{3})+");
    }
}
