package dk.reimbursementdesk.ui.writeoff;

import dk.reimbursementdesk.ui.common.Texts;
import java.util.ResourceBundle;

/** The Small credits screen's words ({@code i18n/writeoff_ui*.properties}), in the user's language; patterns through MessageFormat. */
final class WriteOffTexts {

    static final String BUNDLE = "i18n.writeoff_ui";

    private WriteOffTexts() {
    }

    static ResourceBundle bundle() {
        return Texts.of(BUNDLE).bundle();
    }

    static String text(String key, Object... arguments) {
        return Texts.of(BUNDLE).format(key, arguments);
    }
}
