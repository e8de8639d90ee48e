package dk.reimbursementdesk.service.setup;

import dk.reimbursementdesk.domain.Bic;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.domain.UserException;
import java.util.Optional;

/** The payment fields of customers and vendors: optional, but when given, a valid IBAN and BIC. */
final class BankDetails {

    private BankDetails() {
    }

    /** The IBAN in its electronic form, or null when none was given; an invalid one is refused. */
    static String iban(String typed) {
        String text = SetupRefusals.blankToNull(typed);
        if (text == null) {
            return null;
        }
        Optional<UserException> why = Iban.whyInvalid(text);
        if (why.isPresent()) {
            throw SetupRefusals.refuse("iban.invalid", text, why.get());
        }
        return Iban.normalize(text);
    }

    static String bic(String typed) {
        String text = SetupRefusals.blankToNull(typed);
        if (text == null) {
            return null;
        }
        if (!Bic.isValid(text)) {
            throw SetupRefusals.refuse("bic.invalid", text);
        }
        return Bic.normalize(text);
    }
}
