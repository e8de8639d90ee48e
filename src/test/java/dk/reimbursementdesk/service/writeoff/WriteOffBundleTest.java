package dk.reimbursementdesk.service.writeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WriteOffBundleTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = WriteOffBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            assertNotNull(in, name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndDanishHaveTheSameKeysAndEverySentenceFormats() throws Exception {
        // Issue 13's windows: Small credits, and Tools > Audit log.
        for (String bundle : new String[] {"writeoff", "writeoff_ui", "audit_ui"}) {
            Properties english = load(bundle + ".properties");
            Properties danish = load(bundle + "_da.properties");
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(danish.stringPropertyNames()), bundle);
            for (String key : english.stringPropertyNames()) {
                new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(new Object[] {2, 2, 2, 2, 2});
                new MessageFormat(danish.getProperty(key), Locale.forLanguageTag("da")).format(new Object[] {2, 2, 2, 2, 2});
                assertFalse(danish.getProperty(key).isBlank(), key);
            }
        }
    }
}
