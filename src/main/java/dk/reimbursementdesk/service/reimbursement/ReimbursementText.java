package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.domain.DateText;
import dk.reimbursementdesk.domain.UserException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

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
     * so each key's pattern is parsed once ({@link SentenceTemplate}) and amounts are written
     * straight from minor units ({@link MinorUnitText}), one writer per number of decimals.
     */
    static final class Writer {
        private final Locale locale;
        private final ResourceBundle bundle;
        private final Map<String, SentenceTemplate> patterns = new HashMap<>();
        private final Map<Integer, MinorUnitText> numbers = new HashMap<>();

        Writer(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        }

        String sentence(String key, Object... arguments) {
            return patterns.computeIfAbsent(key, k -> new SentenceTemplate(bundle.getString(k), locale)).fill(arguments);
        }

        String amount(long minor, int decimals) {
            return numbers.computeIfAbsent(decimals, d -> new MinorUnitText(locale, d)).format(minor);
        }
    }
}
