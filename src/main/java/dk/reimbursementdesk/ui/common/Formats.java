package dk.reimbursementdesk.ui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import javafx.util.StringConverter;

/**
 * Amounts and dates as the user's locale writes them ({@code 1.234,50} and {@code 24.11.2026} in
 * Danish, {@code 1,234.50} and {@code 24/11/2026} in British English). The one-argument methods use
 * {@link Locale#getDefault()}, which the application sets from the user's language choice.
 */
public final class Formats {

    private Formats() {
    }

    /** The amount with grouping and exactly its own scale (the currency's decimals); never rounded. */
    public static String amount(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        format.setGroupingUsed(true);
        int scale = Math.max(0, amount.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(amount);
    }

    public static String amount(BigDecimal amount) {
        return amount(amount, Locale.getDefault());
    }

    /** The locale's short numeric date, always with a four-digit year. */
    public static DateTimeFormatter dateFormatter(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        // Ledgers live for years: a two-digit year is ambiguous, so widen it. "uuuu" (not "yyyy") lets the
        // strict resolver refuse 31 February instead of quietly making it the 28th.
        pattern = pattern.replaceAll("y+", "uuuu");
        return DateTimeFormatter.ofPattern(pattern, locale).withResolverStyle(ResolverStyle.STRICT);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : dateFormatter(locale).format(date);
    }

    public static String date(LocalDate date) {
        return date(date, Locale.getDefault());
    }

    /** A typed date in the locale's short form or ISO ({@code 2026-11-24}); empty when it is neither. */
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

    /** For DatePicker: shows and reads dates like {@link #date(LocalDate)}; text it cannot read becomes no date. */
    public static StringConverter<LocalDate> dateConverter() {
        Locale locale = Locale.getDefault();
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date(date, locale);
            }

            @Override
            public LocalDate fromString(String text) {
                return parseDate(text, locale).orElse(null);
            }
        };
    }
}
