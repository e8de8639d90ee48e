package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.domain.UserException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Sentences of the reimbursement bundle, with amounts and dates in the locale's format. */
final class ReimbursementText {

    static final String BUNDLE = "i18n.reimbursement";

    private ReimbursementText() {
    }

    static UserException refusal(String key, Object... arguments) {
        return UserException.in(BUNDLE, key, arguments);
    }

    static String sentence(Locale locale, String key, Object... arguments) {
        return refusal(key, arguments).format(locale);
    }

    static String amount(Locale locale, long minor, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(BigDecimal.valueOf(minor, decimals));
    }

    static String date(Locale locale, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
