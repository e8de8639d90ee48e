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

    /** What an import did in one sentence, as {@code import-status} prints it and the window heads its result. */
    public static String summary(Locale locale, StatusImport result) {
        if (result.alreadyImported()) {
            return text(locale, "summary.again", result.messageId(), result.importedAt());
        }
        return text(locale, "summary.done", result.messageId(), result.messageName(), result.originalMessageId(),
                result.count(StatusImport.Effect.REJECTED), result.count(StatusImport.Effect.CONFIRMED),
                result.count(StatusImport.Effect.PENDING), result.count(StatusImport.Effect.UNCHANGED));
    }
}
