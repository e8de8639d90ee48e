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
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** {@code base} as for ResourceBundle, e.g. {@code "i18n.shell"}, in {@link Locale#getDefault()}. */
    public static Texts of(String base) {
        Locale locale = Locale.getDefault();
        return new Texts(bundle(base, locale), locale);
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

    /**
     * The sentence with its {0}, {1}... filled in, numbers in the user's locale (the bundle's own locale
     * is the bare language, or none for the English base file).
     */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
