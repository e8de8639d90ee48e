package dk.reimbursementdesk.service.reimbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The preview's fast sentences and amounts write exactly what MessageFormat and NumberFormat write:
 * every pattern of the reimbursement bundle in English and Danish, quoting, typed and missing
 * arguments, and amounts in every locale the JVM has.
 */
class SentenceTextTest {

    @Test
    void everyBundleSentenceIsWhatMessageFormatWrites() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("da")}) {
            ResourceBundle bundle = ResourceBundle.getBundle(ReimbursementText.BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
            int checked = 0;
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                Object[] arguments = {"1,234.50", "EUR", "9.205,00", "DKK", "7.4600", "100.00", "x", "y"};
                MessageFormat expected;
                try {
                    expected = new MessageFormat(pattern, locale);
                } catch (IllegalArgumentException notAPattern) {
                    continue;
                }
                assertEquals(expected.format(arguments), new SentenceTemplate(pattern, locale).fill(arguments), key);
                checked++;
            }
            assertTrue(checked > 5, "the bundle's sentences were checked: " + checked);
        }
    }

    @Test
    void quotesTypedAndMissingArgumentsFollowMessageFormat() {
        String[] patterns = {"It''s {0}''s {1}.", "'{0}' is {0}", "{1} before {0}, {1} again", "no arguments",
                "{0,number,#.##} kr", "{0} and {2}", "trailing {0}"};
        for (String pattern : patterns) {
            for (Object[] arguments : new Object[][] {{"a", "b", "c"}, {"a"}, {12.5, "b", "c"}, {null, "b"}}) {
                String expected;
                try {
                    expected = new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                assertEquals(expected, new SentenceTemplate(pattern, Locale.ENGLISH).fill(arguments), pattern);
            }
        }
    }

    @Test
    void amountsAreWhatNumberFormatWritesInEveryLocale() {
        SplittableRandom random = new SplittableRandom(20261203);
        long[] edges = {0, 1, -1, 9, 10, 99, 100, 999, 1_000, -1_000, 999_999, 1_000_000, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (Locale locale : Locale.getAvailableLocales()) {
            for (int decimals = 0; decimals <= 4; decimals++) {
                NumberFormat expected = NumberFormat.getNumberInstance(locale);
                expected.setMinimumFractionDigits(decimals);
                expected.setMaximumFractionDigits(decimals);
                MinorUnitText text = new MinorUnitText(locale, decimals);
                for (long edge : edges) {
                    assertEquals(expected.format(BigDecimal.valueOf(edge, decimals)), text.format(edge), locale + " " + decimals + " " + edge);
                }
                for (int i = 0; i < 40; i++) {
                    long minor = random.nextLong(-10_000_000_000_000L, 10_000_000_000_000L) >> random.nextInt(40);
                    assertEquals(expected.format(BigDecimal.valueOf(minor, decimals)), text.format(minor), locale + " " + decimals + " " + minor);
                }
            }
        }
    }
}
