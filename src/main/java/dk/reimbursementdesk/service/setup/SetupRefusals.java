package dk.reimbursementdesk.service.setup;

import dk.reimbursementdesk.domain.UserException;

/** Refusals of the setup services; their sentences live in the setup bundle, English and Danish. */
final class SetupRefusals {

    static final String BUNDLE = "i18n.setup";

    private SetupRefusals() {
    }

    static UserException refuse(String key, Object... arguments) {
        return UserException.in(BUNDLE, key, arguments);
    }

    static String requireText(String value, String key) {
        if (value == null || value.isBlank()) {
            throw refuse(key);
        }
        return value.trim();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
