package dk.reimbursementdesk.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A request refused for a reason the user can act on. The message is a sentence from a resource
 * bundle (English and Danish), in the default locale, which the application sets from the user's
 * choice; the window shows it at the field or in a dialog, the command line on stderr.
 */
public class UserException extends RuntimeException {

    public static final String DEFAULT_BUNDLE = "i18n.messages";

    private final String bundle;
    private final String key;
    private final transient Object[] arguments;

    public UserException(String key, Object... arguments) {
        this(DEFAULT_BUNDLE, key, arguments, null);
    }

    public UserException(String bundle, String key, Object[] arguments, Throwable cause) {
        super(key, cause);
        this.bundle = bundle;
        this.key = key;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** A refusal whose sentence lives in a feature's own bundle, e.g. {@code "i18n.reimbursement"}. */
    public static UserException in(String bundle, String key, Object... arguments) {
        return new UserException(bundle, key, arguments, null);
    }

    public String getKey() {
        return key;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getMessage() {
        return format(Locale.getDefault());
    }

    @Override
    public String getLocalizedMessage() {
        return getMessage();
    }

    /**
     * The arguments as the sentence shows them: an argument that is itself a sentence from a bundle
     * (a reason inside a refusal) is put in the same language as the refusal, and a date is written
     * the one way of that language ({@link DateText}), never as ISO text beside a local one.
     */
    private static Object[] localized(Object[] arguments, Locale locale) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof UserException nested) {
                shown[i] = nested.format(locale);
            } else if (shown[i] instanceof java.time.LocalDate date) {
                shown[i] = DateText.format(date, locale);
            }
        }
        return shown;
    }

    public String format(Locale locale) {
        return sentence(bundle, key, locale, arguments);
    }

    /**
     * The key's sentence in {@code locale}, or the key itself when the bundle has none. For the texts
     * a use case writes many times (a remittance line per payment), without building an exception
     * (and its stack trace) for each one.
     */
    public static String sentence(String bundle, String key, Locale locale, Object... arguments) {
        try {
            // No fallback to the default locale: asking for English on a Danish machine must give English.
            String pattern = ResourceBundle.getBundle(bundle, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT)).getString(key);
            return new MessageFormat(pattern, locale).format(localized(arguments == null ? new Object[0] : arguments, locale));
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
