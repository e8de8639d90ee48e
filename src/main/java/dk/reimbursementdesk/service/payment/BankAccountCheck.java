package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Bic;
import dk.reimbursementdesk.domain.Iban;
import java.util.Locale;

/**
 * Whether an account can receive or send a payment file's money: a valid IBAN is required, a BIC is
 * optional (within SEPA the bank finds it from the IBAN) but one that is given must have a valid form,
 * because the bank rejects the whole file over one malformed BIC.
 */
final class BankAccountCheck {

    private BankAccountCheck() {
    }

    /** Why the vendor cannot be paid, as a sentence; null when it can. */
    static String vendorProblem(Locale locale, String account, String name, String iban, String bic) {
        if (iban == null || iban.isBlank()) {
            return PaymentMessages.text(locale, "payment.vendor.ibanMissing", account, name);
        }
        var why = Iban.whyInvalid(iban);
        if (why.isPresent()) {
            return PaymentMessages.text(locale, "payment.vendor.ibanInvalid", account, name, iban.strip(), why.get());
        }
        if (bic != null && !bic.isBlank() && !Bic.isValid(bic)) {
            return PaymentMessages.text(locale, "payment.vendor.bicInvalid", account, name, bic.strip());
        }
        return null;
    }

    /** The key of the company bank account's problem, or null when it can pay. */
    static String bankProblemKey(String iban, String bic) {
        if (iban == null || iban.isBlank()) {
            return "payment.bank.ibanMissing";
        }
        if (!Iban.isValid(iban)) {
            return "payment.bank.ibanInvalid";
        }
        if (bic != null && !bic.isBlank() && !Bic.isValid(bic)) {
            return "payment.bank.bicInvalid";
        }
        return null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
