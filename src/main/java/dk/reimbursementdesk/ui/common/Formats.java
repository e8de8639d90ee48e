package dk.reimbursementdesk.ui.common;

import dk.reimbursementdesk.domain.DateText;
import dk.reimbursementdesk.domain.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Amounts, rates and dates as the user's locale writes them ({@code 1.234,50} and {@code 24.11.2026} in
 * Danish, {@code 1,234.50} and {@code 24/11/2026} in British English), and the one strict way to read
 * them back. The methods without a locale use {@link Locale#getDefault()}, which the application sets
 * from the user's language choice.
 */
public final class Formats {

    private Formats() {
    }

    private static DecimalFormat numberFormat(Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        format.setGroupingUsed(true);
        return format;
    }

    /** The amount with grouping and exactly its own scale (the currency's decimals); never rounded. */
    public static String amount(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = numberFormat(locale);
        int scale = Math.max(0, amount.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        // DecimalFormat formats a BigDecimal from its digits, so nothing passes through a double.
        return format.format(amount);
    }

    public static String amount(BigDecimal amount) {
        return amount(amount, Locale.getDefault());
    }

    /** "1.117,88 EUR": the amount as {@link #amount(BigDecimal)}, then its currency. */
    public static String money(BigDecimal amount, String currency) {
        return amount(amount) + " " + currency;
    }

    public static String money(Money money) {
        return money == null ? "" : money(money.amount(), money.currency());
    }

    /** "1.050,00 DKK; 150,00 EUR", in the order given (the services sort them). */
    public static String totals(List<Money> totals) {
        return totals.stream().map(Formats::money).collect(Collectors.joining("; "));
    }

    /** As {@link #totals(List)}, for totals keyed by currency code. */
    public static String totals(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream().map(e -> money(e.getValue(), e.getKey())).collect(Collectors.joining("; "));
    }

    /** A whole number such as a count of customers, grouped the locale's way. */
    public static String count(long count) {
        return NumberFormat.getIntegerInstance(Locale.getDefault()).format(count);
    }

    /** How to type an amount with this many decimals in this locale ("1.234,50"), for sentences. */
    public static String example(int decimals) {
        return amount(new BigDecimal("1234.5").setScale(Math.max(decimals, 1)));
    }

    /**
     * The number the whole text spells in the locale, or empty when it is not one (blank text too).
     * Strict: a grouping separator is accepted only between groups of three digits, because
     * DecimalFormat alone reads the Danish "1.5" as fifteen. The scale is kept as typed, so a rule can
     * refuse an amount with more decimals than its currency has.
     */
    public static Optional<BigDecimal> parseNumber(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        DecimalFormat format = numberFormat(locale);
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

    public static Optional<BigDecimal> parseNumber(String text) {
        return parseNumber(text, Locale.getDefault());
    }

    private static boolean groupingWellPlaced(String text, DecimalFormatSymbols symbols) {
        String grouping = String.valueOf(symbols.getGroupingSeparator());
        String decimal = String.valueOf(symbols.getDecimalSeparator());
        int decimalAt = text.indexOf(decimal);
        String integerPart = decimalAt < 0 ? text : text.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : text.substring(decimalAt + 1);
        if (fraction.contains(grouping)) {
            return false;
        }
        if (!integerPart.contains(grouping)) {
            return true;
        }
        String digits = integerPart.replaceFirst("^[-+\u2212]", "");
        return digits.matches("\\d{1,3}(" + Pattern.quote(grouping) + "\\d{3})+");
    }

    /** The locale's short numeric date, always with a four-digit year ({@link DateText}, the one rule). */
    public static DateTimeFormatter dateFormatter(Locale locale) {
        return DateText.formatter(locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : dateFormatter(locale).format(date);
    }

    public static String date(LocalDate date) {
        return date(date, Locale.getDefault());
    }

    /** A moment in the locale's short date and time, such as when a bank file was written. */
    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? ""
                : DateText.format(dateTime, Locale.getDefault());
    }

    /**
     * A typed date in the locale's short form or ISO ({@code 2026-11-24}); empty when it is neither.
     * Strict: a day that does not exist (31.02.2026) is refused, never moved to another day.
     */
    public static Optional<LocalDate> parseDate(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (DateTimeFormatter formatter : new DateTimeFormatter[] {dateFormatter(locale), DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(trimmed, formatter));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    public static Optional<LocalDate> parseDate(String text) {
        return parseDate(text, Locale.getDefault());
    }
}
