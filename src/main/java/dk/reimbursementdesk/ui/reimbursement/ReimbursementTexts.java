package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.domain.UserException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The reimbursement screens' words, amounts and dates, in the default locale, which the application
 * sets from the user's choice before any screen opens.
 */
public final class ReimbursementTexts {

    public static final String BUNDLE = "i18n.reimbursement_ui";

    private ReimbursementTexts() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    public static String text(String key, Object... arguments) {
        return new MessageFormat(bundle().getString(key), Locale.getDefault()).format(arguments);
    }

    /** An amount with exactly the decimals it carries (the currency's scale), grouped the locale's way. */
    public static String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(Locale.getDefault());
        format.setMinimumFractionDigits(Math.max(0, amount.scale()));
        format.setMaximumFractionDigits(Math.max(0, amount.scale()));
        // DecimalFormat formats a BigDecimal from its digits, so nothing passes through a double.
        return format.format(amount);
    }

    public static String amount(BigDecimal amount, String currency) {
        return amount(amount) + " " + currency;
    }

    /** "1,050.00 DKK; 150.00 EUR" in the order the map gives (the service sorts it). */
    public static String totals(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream()
                .map(e -> amount(e.getValue(), e.getKey()))
                .collect(Collectors.joining("; "));
    }

    public static DateTimeFormatter dateFormat() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(Locale.getDefault());
    }

    /**
     * Reads a typed date in the locale's short format, strictly: the lenient default would read 31/02 as
     * 28/02 and post on a day nobody typed. Strict parsing needs the proleptic year (u) in place of the
     * year of era (y) that the localized patterns use.
     */
    public static DateTimeFormatter dateParser() {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, Locale.getDefault());
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.getDefault())
                .withResolverStyle(ResolverStyle.STRICT);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : dateFormat().format(date);
    }

    public static String count(long count) {
        return NumberFormat.getIntegerInstance(Locale.getDefault()).format(count);
    }

    /**
     * What a failed task says to the user: a refusal's own sentence, or for anything unforeseen the
     * given general sentence (the details go to the log, never a stack trace to the screen).
     */
    public static boolean isRefusal(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof UserException) {
                return true;
            }
        }
        return false;
    }

    public static String failure(Throwable problem, String unexpectedKey) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof UserException refusal) {
                return refusal.getMessage();
            }
        }
        return text(unexpectedKey);
    }
}
