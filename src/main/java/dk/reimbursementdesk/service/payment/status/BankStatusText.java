package dk.reimbursementdesk.service.payment.status;

import dk.reimbursementdesk.domain.UserException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
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
        return UserException.sentence(BUNDLE, key, locale, arguments);
    }

    /** When a report was imported, as the language writes a date and time ("03/12/2026, 09:36"); as stored if it does not read. */
    private static String when(Locale locale, String importedAt) {
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).format(LocalDateTime.parse(importedAt));
        } catch (DateTimeParseException unreadable) {
            return importedAt;
        }
    }

    /**
     * How a payment's latest bank status is shown where the payment or its reimbursement is listed:
     * "Open, rejected by bank: AC04 Closed account", "Confirmed by the bank (ACSC)", "Pending at the bank";
     * empty before the bank has answered.
     */
    public static String shown(Locale locale, PaymentStatusReport.Status status) {
        if (status == null || status.code() == null) {
            return "";
        }
        if (BankStatusCodes.REJECTED.equals(status.code())) {
            return shownRejection(locale, status.reason());
        }
        return BankStatusCodes.PENDING.equals(status.code()) ? text(locale, "shown.pending") : text(locale, "shown.confirmed", status.code());
    }

    /** An open reimbursement the bank sent back, with the bank's reason ("AC04 Closed account"; empty when it gave none). */
    public static String shownRejection(Locale locale, String reason) {
        return reason == null || reason.isBlank() ? text(locale, "shown.rejected.noReason") : text(locale, "shown.rejected", reason);
    }

    /** What an import did in one sentence, as {@code import-status} prints it and the window heads its result. */
    public static String summary(Locale locale, StatusImport result) {
        if (result.alreadyImported()) {
            return text(locale, "summary.again", result.messageId(), when(locale, result.importedAt()));
        }
        return text(locale, "summary.done", result.messageId(), result.messageName(), result.originalMessageId(),
                result.count(StatusImport.Effect.REJECTED), result.count(StatusImport.Effect.CONFIRMED),
                result.count(StatusImport.Effect.PENDING), result.count(StatusImport.Effect.UNCHANGED));
    }
}
