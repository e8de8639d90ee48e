package dk.reimbursementdesk.service.payment.status;

import dk.reimbursementdesk.domain.UserException;
import java.util.Locale;

/** The bank status import's sentences, from {@code i18n/bankstatus*.properties}. */
public final class BankStatusText {

    public static final String BUNDLE = "i18n.bankstatus";

    private BankStatusText() {
    }

    public static UserException refusal(String key, Object... arguments) {
        return UserException.in(BUNDLE, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        return refusal(key, arguments).format(locale);
    }
}
