package dk.reimbursementdesk.service.interchange;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Parsers for the values of import files, written by hand because a million rows pass through them:
 * plain decimals with {@code .} and no grouping, ISO dates, and account keys folded the way SQLite's
 * NOCASE collation folds them (ASCII only), so a duplicate in the file is the same duplicate the
 * database would refuse.
 */
final class Fields {

    /** Returned by {@link #epochDay} for text that is not a date. */
    static final int NOT_A_DATE = Integer.MIN_VALUE;

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L};
    private static final int MAX_DIGITS = 15;

    private Fields() {
    }

    /** A decimal as written: unscaled digits and the number of digits after the point (trailing zeros dropped). */
    record Decimal(long unscaled, int scale) {
        boolean positive() {
            return unscaled > 0;
        }

        /** Minor units of a currency with {@code decimals} decimals; only when {@code scale <= decimals}. */
        long toMinor(int decimals) {
            return unscaled * POWERS_OF_TEN[decimals - scale];
        }

        BigDecimal toBigDecimal() {
            return BigDecimal.valueOf(unscaled, scale);
        }
    }

    /** Parses {@code 1250.00}, {@code -3}, {@code 0.5}; null for anything else (grouping, commas, exponents, {@code .5}, {@code 5.}). */
    static Decimal decimal(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && scale < 0 && digits > 0) {
                scale = 0;
            } else if (c >= '0' && c <= '9') {
                if (++digits > MAX_DIGITS) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else {
                return null;
            }
        }
        if (digits == 0 || scale == 0) {
            return null;
        }
        scale = Math.max(scale, 0);
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return new Decimal(negative ? -unscaled : unscaled, scale);
    }

    static boolean fitsDecimals(Decimal decimal, int decimals) {
        return decimal.scale() <= decimals && decimals < POWERS_OF_TEN.length;
    }

    /** The epoch day of a {@code YYYY-MM-DD} date, or {@link #NOT_A_DATE}. */
    static int epochDay(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return NOT_A_DATE;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return NOT_A_DATE;
        }
        try {
            return (int) LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return NOT_A_DATE;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static String isoDate(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    /** The key SQLite's NOCASE collation compares: ASCII letters folded to lower case, nothing else. */
    static String fold(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = text.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] = (char) (chars[j] + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return text;
    }
}
