package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, defect 8, Danish throughout: every bundle has its Danish file with the same keys, and in
 * Danish the navigation tree and the screens' titles use the same words (Debitorer / Kreditorer).
 */
class I18nBundleTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundleTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertTrue(in != null, name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyEnglishBundleHasADanishOneWithTheSameKeys() throws IOException, URISyntaxException {
        Path folder = Path.of(I18nBundleTest.class.getResource("/i18n/shell.properties").toURI()).getParent();
        List<String> bundles;
        try (Stream<Path> files = Files.list(folder)) {
            bundles = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        }
        assertTrue(bundles.size() > 10, bundles.toString());
        for (String bundle : bundles) {
            assertEquals(new TreeSet<>(load(bundle).stringPropertyNames()), new TreeSet<>(load(bundle + "_da").stringPropertyNames()), bundle);
        }
    }

    @Test
    void inDanishTheTreeAndTheScreenTitlesSayTheSame() throws IOException {
        Properties shell = load("shell_da");
        Properties setup = load("setup_da");
        assertEquals(shell.getProperty("nav.customers"), setup.getProperty("customers.title"));
        assertEquals(shell.getProperty("nav.vendors"), setup.getProperty("vendors.title"));
        assertEquals(shell.getProperty("nav.parameters"), setup.getProperty("parameters.title"));
        assertEquals(shell.getProperty("nav.customerTransactions"), setup.getProperty("entry.title"));
        assertEquals(shell.getProperty("nav.exchangeRates"), setup.getProperty("rates.title"));
        assertEquals(shell.getProperty("nav.vouchers"), load("gl_da").getProperty("vouchers.title"));
        assertEquals(shell.getProperty("nav.vendorPayments"), load("payment_da").getProperty("screen.title"));
        assertEquals(shell.getProperty("nav.reimbursements"), load("reimbursement_ui_da").getProperty("list.title"));
        // The one word for a customer is "debitor", for a vendor "kreditor" (../shared/domain.md).
        for (String name : new String[] {"shell_da", "setup_da", "query_da", "reimbursement_da", "reimbursement_ui_da", "payment_da"}) {
            for (var entry : load(name).entrySet()) {
                String text = entry.getValue().toString().toLowerCase(java.util.Locale.ROOT);
                assertTrue(!text.contains("kunde") && !text.contains("leverandør"), name + " " + entry.getKey() + ": " + entry.getValue());
            }
        }
    }
}
