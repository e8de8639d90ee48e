package dk.reimbursementdesk.service.payment;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PaymentBundleTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = PaymentBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            assertNotNull(in, name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndDanishHaveTheSameKeysAndEverySentenceFormats() throws Exception {
        Properties english = load("payment.properties");
        Properties danish = load("payment_da.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(danish.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(new Object[] {2, 2, 2, 2});
            new MessageFormat(danish.getProperty(key), Locale.forLanguageTag("da")).format(new Object[] {2, 2, 2, 2});
            assertFalse(danish.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void danishSentencesUseTheDomainWords() {
        assertEquals("Kreditor V1 Navn har intet IBAN. Tilføj det på kreditoren, eller udelad kreditoren.",
                PaymentMessages.text(Locale.forLanguageTag("da"), "payment.vendor.ibanMissing", "V1", "Navn"));
        assertEquals("Refusion RB-000001, RB-000004",
                PaymentMessages.text(Locale.forLanguageTag("da"), "payment.remittance.reimbursements", "RB-000001, RB-000004"));
    }
}
