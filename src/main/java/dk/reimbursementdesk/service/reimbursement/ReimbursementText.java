package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.domain.DateText;
import dk.reimbursementdesk.domain.UserException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.text.MessageFormat;

/** Sentences of the reimbursement bundle, with amounts and dates in the locale's format. */
final class ReimbursementText {

    static final String BUNDLE = "i18n.reimbursement";

    private ReimbursementText() {
    }

    static UserException refusal(String key, Object... arguments) {
        return UserException.in(BUNDLE, key, arguments);
    }

    static String date(Locale locale, LocalDate date) {
        return DateText.format(date, locale);
    }

    /**
     * The same sentences for many rows at once: a preview explains tens of thousands of exclusions,
     * so patterns and number formats are made once per key and per number of decimals.
     */
    static final class Writer {
        private final Locale locale;
        private final ResourceBundle bundle;
        private final Map<String, MessageFormat> patterns = new HashMap<>();
        private final Map<Integer, NumberFormat> numbers = new HashMap<>();

        Writer(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        }

        String sentence(String key, Object... arguments) {
            return patterns.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale)).format(arguments);
        }

        String amount(long minor, int decimals) {
            return numbers.computeIfAbsent(decimals, d -> {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMinimumFractionDigits(d);
                format.setMaximumFractionDigits(d);
                return format;
            }).format(BigDecimal.valueOf(minor, decimals));
        }
    }
}
