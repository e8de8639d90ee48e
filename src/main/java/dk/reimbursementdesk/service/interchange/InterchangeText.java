package dk.reimbursementdesk.service.interchange;

import dk.reimbursementdesk.domain.UserException;

/** Sentences of the interchange bundle, in the default locale (the command line sets it from --locale). */
final class InterchangeText {

    static final String BUNDLE = "i18n.interchange";

    private InterchangeText() {
    }

    static String text(String key, Object... arguments) {
        return refusal(key, arguments).getMessage();
    }

    static UserException refusal(String key, Object... arguments) {
        return UserException.in(BUNDLE, key, arguments);
    }
}
