package dk.reimbursementdesk.service.report;

import dk.reimbursementdesk.domain.DateText;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts and dates as a report in one language prints them: the same forms as the window's
 * (grouping, the currency's own decimals, a four-digit year), for the report's locale rather than the
 * default one.
 */
final class ReportFormats {

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    ReportFormats(Locale locale) {
        this.locale = locale;
        this.date = DateText.formatter(locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    /** Grouped, with exactly the amount's own scale; a BigDecimal is formatted from its digits, never through a double. */
    String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        int scale = Math.max(0, amount.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(amount);
    }

    String money(BigDecimal amount, String currency) {
        return amount(amount) + " " + currency;
    }

    String count(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    String dateTime(LocalDateTime value) {
        return value == null ? "" : date.format(value) + " " + time.format(value);
    }
}
