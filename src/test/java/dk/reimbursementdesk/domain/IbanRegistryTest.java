package dk.reimbursementdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every country of the SWIFT IBAN registry, with the IBAN the registry publishes for it: that one is
 * accepted; the invalid ones made from it (check digits off by one, one character too many or too few,
 * and a character of the wrong kind at the start of each run of the BBAN, with the check digits made
 * right again so that only the structure is wrong) are refused, and the reason names the country.
 */
class IbanRegistryTest {

    record Example(String country, String iban) {
        @Override
        public String toString() {
            return iban;
        }
    }

    static Stream<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(IbanRegistryTest.class.getResourceAsStream("/iban/registry-examples.tsv")),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] f = line.split("\t");
                    examples.add(new Example(f[0], f[1]));
                }
            }
        }
        return examples.stream();
    }

    @Test
    void theDataFileHasEveryCountryOfTheRegistryAndNamesItsRelease() throws IOException {
        assertEquals(examples().map(Example::country).toList(), List.copyOf(IbanRegistry.standard().formats().keySet()));
        assertEquals(89, IbanRegistry.standard().formats().size());
        assertTrue(IbanRegistry.standard().release().startsWith("100"), IbanRegistry.standard().release());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void acceptsThePublishedIbanOfEachCountry(Example example) {
        assertTrue(Iban.whyInvalid(example.iban()).isEmpty(), () -> Iban.whyInvalid(example.iban()).get().format(Locale.ENGLISH));
        assertTrue(Iban.isValid(Iban.formatted(example.iban()).toLowerCase(Locale.ROOT)), "printed, lower case");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void refusesTheInvalidIbansMadeFromEachCountrysExample(Example example) {
        String iban = example.iban();
        int checkDigits = Integer.parseInt(iban.substring(2, 4));
        String offByOne = iban.substring(0, 2) + String.format("%02d", checkDigits == 98 ? 97 : checkDigits + 1) + iban.substring(4);
        assertFalse(Iban.isValid(offByOne), offByOne);

        String tooLong = withCheckDigits(iban + "0");
        String tooShort = withCheckDigits(iban.substring(0, iban.length() - 1));
        for (String wrongLength : List.of(tooLong, tooShort)) {
            assertEquals(1, mod97(wrongLength));
            assertFormatNamed(example.country(), wrongLength);
        }

        IbanFormat format = IbanRegistry.standard().format(example.country()).orElseThrow();
        int at = 4;
        for (IbanFormat.Run run : format.bban()) {
            char wrong = switch (run.kind()) {
                case DIGITS -> 'A';
                case LETTERS -> '1';
                case ALPHANUMERIC -> 0;
            };
            if (wrong != 0) {
                String broken = withCheckDigits(iban.substring(0, at) + wrong + iban.substring(at + 1));
                assertEquals(1, mod97(broken));
                assertFormatNamed(example.country(), broken);
            }
            at += run.count();
        }
    }

    private static void assertFormatNamed(String country, String iban) {
        String why = Iban.whyInvalid(iban).orElseThrow(() -> new AssertionError(iban + " was accepted")).format(Locale.ENGLISH);
        assertTrue(why.contains(" is " + country + ", 2 check digits, "), why);
        assertFalse(why.contains("country."), "a country phrase is missing from the bundle: " + why);
        String dansk = Iban.whyInvalid(iban).get().format(Locale.forLanguageTag("da"));
        assertTrue(dansk.contains(" er " + country + ", 2 kontrolcifre, "), dansk);
    }

    /** The IBAN with the check digits ISO 7064 gives its BBAN, whatever they were. */
    static String withCheckDigits(String iban) {
        String zeroed = iban.substring(4) + iban.substring(0, 2) + "00";
        int check = 98 - numeric(zeroed).mod(BigInteger.valueOf(97)).intValue();
        return iban.substring(0, 2) + String.format("%02d", check) + iban.substring(4);
    }

    static int mod97(String iban) {
        return numeric(iban.substring(4) + iban.substring(0, 4)).mod(BigInteger.valueOf(97)).intValue();
    }

    private static BigInteger numeric(String s) {
        StringBuilder digits = new StringBuilder();
        s.chars().forEach(c -> digits.append(Character.digit(c, 36)));
        return new BigInteger(digits.toString());
    }
}
