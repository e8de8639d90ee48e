package dk.reimbursementdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageChoiceTest {

    private static final Locale DANISH_OS = new Locale("da", "DK");
    private static final Locale US_OS = Locale.US;
    private static final Locale GERMAN_OS = Locale.GERMANY;

    @Test
    void followsADanishOperatingSystem() {
        assertEquals(DANISH_OS, LanguageChoice.resolve(Optional.empty(), Optional.empty(), DANISH_OS));
    }

    @Test
    void anyOtherOperatingSystemLanguageGivesEnglishKeepingAnEnglishCountry() {
        assertEquals(US_OS, LanguageChoice.resolve(Optional.empty(), Optional.empty(), US_OS));
        assertEquals(Locale.UK, LanguageChoice.resolve(Optional.empty(), Optional.empty(), GERMAN_OS));
    }

    @Test
    void theMenuChoiceBeatsTheOperatingSystem() {
        assertEquals(DANISH_OS, LanguageChoice.resolve(Optional.empty(), Optional.of("da"), US_OS));
    }

    @Test
    void theCommandLineBeatsEverything() {
        assertEquals(Locale.UK, LanguageChoice.resolve(Optional.of("en"), Optional.of("da"), DANISH_OS));
    }
}
