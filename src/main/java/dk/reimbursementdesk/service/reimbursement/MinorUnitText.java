package dk.reimbursementdesk.service.reimbursement;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount in minor units written as the locale's number format writes it, with exactly
 * {@code decimals} decimals ({@code 1,234.50} in English, {@code 1.234,50} in Danish).
 *
 * <p>Why not {@link NumberFormat} alone: formatting a {@code BigDecimal} through it costs several
 * microseconds, and a preview writes an amount for each of tens of thousands of exclusions. For a
 * locale whose format is the common one (a minus sign before the digits, groups of three, no other
 * prefix or suffix) the digits are written directly from the {@code long}; the constructor checks
 * that on sample amounts against NumberFormat, and any other locale keeps NumberFormat.
 */
final class MinorUnitText {

    private static final long[] SAMPLES = {0, 1, -1, 7, 99, 100, -100, 1_234, 123_456, -1_234_567, 1_000_000_000_000L, Long.MIN_VALUE + 1};

    private final NumberFormat format;
    private final int decimals;
    private final boolean direct;
    private final char grouping;
    private final char decimal;
    private final char minus;

    MinorUnitText(Locale locale, int decimals) {
        this.decimals = decimals;
        this.format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        boolean simple = false;
        char g = ',';
        char d = '.';
        char m = '-';
        if (format instanceof DecimalFormat decimalFormat && decimalFormat.isGroupingUsed() && decimalFormat.getGroupingSize() == 3
                && decimalFormat.getPositivePrefix().isEmpty() && decimalFormat.getPositiveSuffix().isEmpty()
                && decimalFormat.getNegativeSuffix().isEmpty() && decimalFormat.getNegativePrefix().length() == 1) {
            DecimalFormatSymbols symbols = decimalFormat.getDecimalFormatSymbols();
            g = symbols.getGroupingSeparator();
            d = symbols.getDecimalSeparator();
            m = decimalFormat.getNegativePrefix().charAt(0);
            simple = symbols.getZeroDigit() == '0';
        }
        this.grouping = g;
        this.decimal = d;
        this.minus = m;
        this.direct = simple && matchesNumberFormat();
    }

    private boolean matchesNumberFormat() {
        for (long sample : SAMPLES) {
            if (!direct(sample).equals(format.format(BigDecimal.valueOf(sample, decimals)))) {
                return false;
            }
        }
        return true;
    }

    String format(long minor) {
        return direct ? direct(minor) : format.format(BigDecimal.valueOf(minor, decimals));
    }

    private String direct(long minor) {
        // Long.MIN_VALUE has no positive twin; it is no amount a ledger holds, so NumberFormat writes it.
        if (minor == Long.MIN_VALUE) {
            return format.format(BigDecimal.valueOf(minor, decimals));
        }
        String digits = Long.toString(Math.abs(minor));
        if (digits.length() <= decimals) {
            digits = "0".repeat(decimals - digits.length() + 1) + digits;
        }
        int whole = digits.length() - decimals;
        StringBuilder text = new StringBuilder(digits.length() + whole / 3 + 2);
        if (minor < 0) {
            text.append(minus);
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                text.append(grouping);
            }
            text.append(digits.charAt(i));
        }
        if (decimals > 0) {
            text.append(decimal).append(digits, whole, digits.length());
        }
        return text.toString();
    }
}
