package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.UserException;
import java.util.Locale;

/** The payment feature's sentences, from {@code i18n/payment*.properties}. */
public final class PaymentMessages {

    public static final String BUNDLE = "i18n.payment";

    private PaymentMessages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        return refusal(key, arguments).format(locale);
    }

    static UserException refusal(String key, Object... arguments) {
        return UserException.in(BUNDLE, key, arguments);
    }
}
