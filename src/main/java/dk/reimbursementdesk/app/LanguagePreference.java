package dk.reimbursementdesk.app;

import java.util.Optional;
import java.util.prefs.Preferences;

/** The language the user last chose in the Language menu ("da" or "en"), kept between starts. */
public interface LanguagePreference {

    Optional<String> load();

    void save(String language);

    /** Backed by java.util.prefs under the user's node for this application. */
    static LanguagePreference user() {
        Preferences node = Preferences.userNodeForPackage(LanguagePreference.class);
        return new LanguagePreference() {
            @Override
            public Optional<String> load() {
                return Optional.ofNullable(node.get("language", null)).filter(StartOptions.LANGUAGES::contains);
            }

            @Override
            public void save(String language) {
                node.put("language", language);
            }
        };
    }

    /** Held in memory only: for tests, which must not change the user's real preference. */
    static LanguagePreference inMemory() {
        return new LanguagePreference() {
            private String language;

            @Override
            public Optional<String> load() {
                return Optional.ofNullable(language);
            }

            @Override
            public void save(String chosen) {
                language = chosen;
            }
        };
    }
}
