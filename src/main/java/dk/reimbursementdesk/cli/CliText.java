package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.domain.UserException;

/** Sentences of the command line's bundle, in the locale {@code --locale} chose. */
final class CliText {

    static final String BUNDLE = "i18n.cli";

    private CliText() {
    }

    static String text(String key, Object... arguments) {
        return refusal(key, arguments).getMessage();
    }

    static UserException refusal(String key, Object... arguments) {
        return UserException.in(BUNDLE, key, arguments);
    }
}
