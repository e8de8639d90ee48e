package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CliBundleTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(CliText.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    @Test
    void danishHasEveryEnglishKeyAndEveryPatternIsAValidMessageFormat() {
        ResourceBundle english = bundle(Locale.ROOT);
        ResourceBundle danish = bundle(Locale.forLanguageTag("da-DK"));
        assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(danish.keySet()));
        for (String key : english.keySet()) {
            new MessageFormat(english.getString(key), Locale.ENGLISH);
            new MessageFormat(danish.getString(key), Locale.forLanguageTag("da-DK"));
        }
    }

    @Test
    void countsInSentencesAreWordsForOneAndPlainNumbersOtherwise() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Filled the ledger x.db with one synthetic customer and 12000 open transactions (seed 3).",
                    CliText.text("cli.demo.done", "x.db", 1, "1", 12000L, "12000", "3"));
            Locale.setDefault(Locale.forLanguageTag("da-DK"));
            assertEquals("Fyldte regnskabet x.db med 1500 syntetiske debitorer og én åben postering (seed 3).",
                    CliText.text("cli.demo.done", "x.db", 1500, "1500", 1L, "1", "3"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
