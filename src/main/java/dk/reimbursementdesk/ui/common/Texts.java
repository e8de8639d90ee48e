package dk.reimbursementdesk.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A feature's resource bundle in the current language. No fallback to the JVM's default locale: an
 * English user on a Danish machine gets the base (English) file, not the Danish one.
 */
public final class Texts {

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** {@code base} as for ResourceBundle, e.g. {@code "i18n.shell"}, in {@link Locale#getDefault()}. */
    public static Texts of(String base) {
        return new Texts(bundle(base, Locale.getDefault()));
    }

    public static ResourceBundle bundle(String base, Locale locale) {
        return ResourceBundle.getBundle(base, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The sentence with its {0}, {1}... filled in, numbers and dates in the bundle's locale. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
