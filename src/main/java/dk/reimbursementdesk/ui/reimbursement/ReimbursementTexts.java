package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.ui.common.DateField;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reimbursement screens' words, in the default locale, which the application sets from the user's
 * choice before any screen opens. Amounts and dates are written by {@link Formats}.
 */
public final class ReimbursementTexts {

    public static final String BUNDLE = "i18n.reimbursement_ui";

    private ReimbursementTexts() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    public static String text(String key, Object... arguments) {
        return new MessageFormat(bundle().getString(key), Locale.getDefault()).format(arguments);
    }

    /** The sentence for text in a date field that is not a date, with an example in the locale's format. */
    public static String unreadableDate(String text) {
        return DateField.unreadable(text);
    }
}
