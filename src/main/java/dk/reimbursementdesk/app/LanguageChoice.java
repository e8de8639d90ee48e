package dk.reimbursementdesk.app;

import java.util.Locale;
import java.util.Optional;

/**
 * Which language the program speaks: {@code --locale} if given, else the language last chosen in the
 * menu, else the operating system's (Danish when it is Danish, English otherwise). The country of the
 * OS locale is kept when its language matches, so a British user gets British dates.
 */
public final class LanguageChoice {

    private LanguageChoice() {
    }

    public static Locale resolve(Optional<String> option, Optional<String> saved, Locale os) {
        String language = option.or(() -> saved).orElse("da".equals(os.getLanguage()) ? "da" : "en");
        return forLanguage(language, os);
    }

    public static Locale forLanguage(String language, Locale os) {
        if (language.equals(os.getLanguage()) && !os.getCountry().isEmpty()) {
            return new Locale(os.getLanguage(), os.getCountry());
        }
        return "da".equals(language) ? new Locale("da", "DK") : Locale.UK;
    }
}
