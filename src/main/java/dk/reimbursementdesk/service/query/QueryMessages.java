package dk.reimbursementdesk.service.query;

import dk.reimbursementdesk.domain.UserException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Reads the query bundle for an explicit locale. */
final class QueryMessages {

    static final String BUNDLE = "i18n.query";

    // Without this control, asking for English on a Danish machine would fall back to the default
    // locale's bundle (Danish) before the base bundle (English).
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private QueryMessages() {
    }

    static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }

    static UserException refusal(String key, Object... arguments) {
        return new UserException(BUNDLE, key, arguments, null);
    }
}
