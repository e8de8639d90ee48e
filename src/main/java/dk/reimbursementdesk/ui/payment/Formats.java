package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.domain.Money;
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
    private final DateTimeFormatter dateTime;

    Formats(Locale locale) {
        this.locale = locale;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
    }

    /** The amount in the shared locale format (a Money's scale is its currency's decimals), then the currency. */
    String money(Money money) {
        return money == null ? "" : dk.reimbursementdesk.ui.common.Formats.amount(money.amount(), locale) + " " + money.currency();
    }

    /** A plain decimal with the decimals it has, such as a file's control sum over several currencies. */
    String number(java.math.BigDecimal value) {
        return dk.reimbursementdesk.ui.common.Formats.amount(value, locale);
    }

    String totals(List<Money> totals) {
        return totals.stream().map(this::money).collect(Collectors.joining("; "));
    }

    String date(LocalDate value) {
        return dk.reimbursementdesk.ui.common.Formats.date(value, locale);
    }

    String dateTime(LocalDateTime value) {
        return value == null ? "" : dateTime.format(value);
    }
}
