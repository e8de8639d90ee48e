package dk.reimbursementdesk.ui.setup;

import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.ui.Screen;
import java.net.URL;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the setup screens share: their bundle, loading FXML with a prepared controller, and sentences for failures. */
public final class SetupUi {

    public static final String BUNDLE = "i18n.setup";

    private SetupUi() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    public static String text(String key, Object... arguments) {
        String pattern = bundle().getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(arguments);
    }

    /**
     * Loads a screen's FXML with the controller the factory built (so the controller gets its
     * view model through its constructor) and calls {@code onClose} when the user leaves it.
     */
    public static Screen load(URL fxml, Object controller, Runnable onClose) {
        return Screen.of(Fxml.load(fxml, bundle(), controller), onClose);
    }

    /** The sentence to show for a failed task: a refusal's own sentence, or a general one with the cause. */
    public static String message(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof UserException refusal) {
                return refusal.getMessage();
            }
            t = t.getCause();
        }
        return text("common.unexpected", failure == null ? "" : String.valueOf(failure.getMessage()));
    }
}
