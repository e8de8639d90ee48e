package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.UserException;
import java.util.Locale;

/** The payment feature's sentences, from {@code i18n/payment*.properties}. */
public final class PaymentMessages {

    public static final String BUNDLE = "i18n.payment";

    private PaymentMessages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        return UserException.sentence(BUNDLE, key, locale, arguments);
    }

    /** A statement that could not run, told as the key's sentence with the database's reason. */
    static UserException failure(String key, RuntimeException cause) {
        Throwable reason = cause.getCause() == null ? cause : cause.getCause();
        return new UserException(BUNDLE, key, new Object[] {String.valueOf(reason.getMessage())}, cause);
    }

    static UserException refusal(String key, Object... arguments) {
        return UserException.in(BUNDLE, key, arguments);
    }
}
