package dk.reimbursementdesk.service.payment.status;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bank status texts, and the window's that show a bank's answer, in English and Danish alike. */
class BankStatusBundleTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = BankStatusBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            assertNotNull(in, name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bankstatus", "shell", "reimbursement_ui"})
    void englishAndDanishHaveTheSameKeysAndEverySentenceFormats(String bundle) throws Exception {
        Properties english = load(bundle + ".properties");
        Properties danish = load(bundle + "_da.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(danish.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(new Object[] {2, 2, 2, 2, 2, 2, 2});
            new MessageFormat(danish.getProperty(key), Locale.forLanguageTag("da")).format(new Object[] {2, 2, 2, 2, 2, 2, 2});
            assertFalse(danish.getProperty(key).isBlank(), key);
        }
    }
}
