package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.domain.Money;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Amounts and dates in the user's locale: 1.234,50 DKK and 16.11.2026 in Danish. */
final class Formats {

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    Formats(Locale locale) {
        this.locale = locale;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
    }

    String money(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(money.decimals());
        format.setMaximumFractionDigits(money.decimals());
        return format.format(money.amount()) + " " + money.currency();
    }

    /** A plain decimal with the decimals it has, such as a file's control sum over several currencies. */
    String number(java.math.BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    String totals(List<Money> totals) {
        return totals.stream().map(this::money).collect(Collectors.joining("; "));
    }

    String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    String dateTime(LocalDateTime value) {
        return value == null ? "" : dateTime.format(value);
    }
}
