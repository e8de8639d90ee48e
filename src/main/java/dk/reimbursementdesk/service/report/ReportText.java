package dk.reimbursementdesk.service.report;

import dk.reimbursementdesk.domain.UserException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The reports' words in one language ({@code i18n/report*.properties}), independent of the default locale. */
final class ReportText {

    static final String BUNDLE = "i18n.report";

    private final Locale locale;
    private final ResourceBundle bundle;

    ReportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    static UserException refusal(String key, Object... arguments) {
        return new UserException(BUNDLE, key, arguments, null);
    }
}
