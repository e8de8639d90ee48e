package dk.reimbursementdesk.service.writeoff;

import dk.reimbursementdesk.domain.UserException;

/** The write-off bundle ({@code i18n/writeoff*.properties}): refusals as sentences. */
final class WriteOffText {

    static final String BUNDLE = "i18n.writeoff";

    private WriteOffText() {
    }

    static UserException refusal(String key, Object... arguments) {
        return UserException.in(BUNDLE, key, arguments);
    }
}
