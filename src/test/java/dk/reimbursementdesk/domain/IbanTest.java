package dk.reimbursementdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "DK5000400440116243",
            "GB82WEST12345698765432",
            "DE89370400440532013000",
            "NL91ABNA0417164300",
            "FR1420041010050500013M02606",
            "BE68539007547034",
            "NO9386011117947",
            "CH9300762011623852957",
            "SE4550000000058398257466",
            "FI2112345600000785",
            "AT611904300234573201",
            "ES9121000418450200051332",
            "IT60X0542811101000000123456",
            "PL61109010140000071219812874",
            "IE29AIBK93115212345678",
            "LU280019400644750000",
            "PT50000201231234567890154",
            "EE382200221020145685",
            "LT121000011101001000",
            "LV80BANK0000435195001",
            "IS140159260076545510730339",
            "MT84MALT011000012345MTLCAST001S",
            "LC55HEMM000100010012001200023015",
            "RU0204452560040702810412345678901"})
    void acceptsRealWorldIbans(String iban) {
        assertTrue(Iban.isValid(iban), iban);
    }

    @Test
    void acceptsPrintedFormWithSpacesAndLowerCase() {
        assertTrue(Iban.isValid("dk50 0040 0440 1162 43"));
        assertTrue(Iban.isValid(" GB82 WEST 1234 5698 7654 32\t"));
        assertTrue(Iban.isValid("DK50\u00a00040\u00a00440\u00a01162\u00a043"));
    }

    @Test
    void normalizeStripsWhitespaceAndUpperCases() {
        assertEquals("GB82WEST12345698765432", Iban.normalize(" gb82 west 1234 5698 7654 32 "));
        assertEquals("", Iban.normalize(null));
    }

    @Test
    void typedDashesAndDotsAreSeparatorsAndTheCompactFormIsKept() {
        assertEquals("NL91ABNA0417164300", Iban.normalize("nl91-abna-0417-1643-00"));
        assertEquals("DK5000400440116243", Iban.normalize("DK50.0040.0440.1162.43"));
        assertEquals(Optional.of("DE89370400440532013000"), Iban.parse("DE89 3704-0044.0532 0130 00"));
        assertEquals("NL91 ABNA 0417 1643 00", Iban.formatted("nl91-abna-0417164300"));
    }

    @Test
    void aWrongStructureIsRefusedNamingTheCountrysFormatInEnglishAndDanish() {
        // A digit where the Dutch bank code has letters, check digits recomputed so that only the structure is wrong.
        String iban = IbanRegistryTest.withCheckDigits("NL001BNA0417164300");
        assertEquals(1, IbanRegistryTest.mod97(iban));
        UserException why = Iban.whyInvalid(iban).orElseThrow();
        assertEquals("a Dutch IBAN is NL, 2 check digits, 4 letters, 10 digits", why.format(Locale.ENGLISH));
        assertEquals("et nederlandsk IBAN er NL, 2 kontrolcifre, 4 bogstaver, 10 cifre", why.format(Locale.forLanguageTag("da")));
        assertEquals("a Danish IBAN is DK, 2 check digits, 14 digits",
                Iban.whyInvalid("DK500040044011624").orElseThrow().format(Locale.ENGLISH));
        assertEquals("an Italian IBAN is IT, 2 check digits, 1 letter, 10 digits, 12 letters or digits",
                Iban.whyInvalid("IT60X05428111010000001234567").orElseThrow().format(Locale.ENGLISH));
    }

    @Test
    void eachKindOfMistakeHasItsOwnReason() {
        assertEquals("the check digits do not fit the rest: a character is mistyped or two are swapped",
                Iban.whyInvalid("DK5000400440116234").orElseThrow().format(Locale.ENGLISH));
        assertEquals("ZZ is not a country of the SWIFT IBAN registry",
                Iban.whyInvalid("ZZ5000400440116243").orElseThrow().format(Locale.ENGLISH));
        assertEquals("US er ikke et land i SWIFTs IBAN-register",
                Iban.whyInvalid("US64SVBKUS6S3300958879").orElseThrow().format(Locale.forLanguageTag("da")));
        assertEquals("an IBAN has only letters and digits (spaces, dashes and dots between them are fine)",
                Iban.whyInvalid("DK5000400440116/43").orElseThrow().format(Locale.ENGLISH));
        assertEquals("an IBAN begins with the country code in two letters and two check digits",
                Iban.whyInvalid("1234567").orElseThrow().format(Locale.ENGLISH));
        assertTrue(Iban.whyInvalid("DK50 0040 0440 1162 43").isEmpty());
    }

    @Test
    void checkDigitsThatIsoNeverIssuesAreRefusedEvenWhenMod97Passes() {
        // 01 and 98 leave the same remainder; only 98 is ever issued.
        String issued = IbanRegistryTest.withCheckDigits("GB00WEST12345698765432");
        String rearranged = issued.substring(0, 2) + "01" + issued.substring(4);
        if (issued.startsWith("98", 2)) {
            assertEquals(1, IbanRegistryTest.mod97(rearranged));
            assertFalse(Iban.isValid(rearranged));
        }
        assertFalse(Iban.isValid("DK00" + "00400440116243"));
        assertFalse(Iban.isValid("DK99" + "00400440116243"));
    }

    @Test
    void refusesWrongCheckDigits() {
        assertFalse(Iban.isValid("DK5100400440116243"));
        assertFalse(Iban.isValid("GB83WEST12345698765432"));
        assertFalse(Iban.isValid("DE88370400440532013000"));
    }

    @Test
    void refusesSwappedDigitsInTheAccount() {
        assertFalse(Iban.isValid("DK5000400440116234"));
    }

    @Test
    void refusesWrongLengthForCountry() {
        assertFalse(Iban.isValid("DK500040044011624"));
        assertFalse(Iban.isValid("DK50004004401162430"));
        // A valid German IBAN relabelled as Danish: right checksum arithmetic does not matter.
        assertFalse(Iban.isValid("DK89370400440532013000"));
    }

    @Test
    void refusesUnknownCountry() {
        assertFalse(Iban.isValid("US64SVBKUS6S3300958879"));
        assertFalse(Iban.isValid("ZZ5000400440116243"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DK50004004401162-3", "DK5000400440116Ø43", "D15000400440116243", "DKX000400440116243",
            "DK50", "DK"})
    void refusesBadCharactersAndShapes(String iban) {
        assertFalse(Iban.isValid(iban), iban);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesEmpty(String iban) {
        assertFalse(Iban.isValid(iban));
    }

    @Test
    void formattedGroupsByFour() {
        assertEquals("DK50 0040 0440 1162 43", Iban.formatted("dk5000400440116243"));
        assertEquals("GB82 WEST 1234 5698 7654 32", Iban.formatted("GB82 WEST12345698765432"));
        assertEquals("", Iban.formatted(""));
    }

    @Test
    void parseGivesNormalizedIbanOnlyWhenValid() {
        assertEquals(Optional.of("DK5000400440116243"), Iban.parse("dk50 0040 0440 1162 43"));
        assertEquals(Optional.empty(), Iban.parse("DK5100400440116243"));
    }

    @Test
    void lengthTableCoversSepaCountries() {
        Map<String, Integer> sepa = Map.ofEntries(
                Map.entry("DK", 18), Map.entry("DE", 22), Map.entry("SE", 24), Map.entry("NO", 15),
                Map.entry("FI", 18), Map.entry("GB", 22), Map.entry("NL", 18), Map.entry("FR", 27),
                Map.entry("ES", 24), Map.entry("IT", 27), Map.entry("BE", 16), Map.entry("AT", 20),
                Map.entry("CH", 21), Map.entry("PL", 28), Map.entry("IE", 22), Map.entry("LU", 20),
                Map.entry("PT", 25), Map.entry("EE", 20), Map.entry("LV", 21), Map.entry("LT", 20),
                Map.entry("IS", 26), Map.entry("LI", 21), Map.entry("MC", 27), Map.entry("SM", 27),
                Map.entry("VA", 22), Map.entry("AD", 24), Map.entry("GI", 23), Map.entry("CY", 28),
                Map.entry("MT", 31), Map.entry("GR", 27), Map.entry("SI", 19), Map.entry("SK", 24),
                Map.entry("CZ", 24), Map.entry("HU", 28), Map.entry("RO", 24), Map.entry("BG", 22),
                Map.entry("HR", 21), Map.entry("AL", 28), Map.entry("MD", 24), Map.entry("ME", 22),
                Map.entry("MK", 19), Map.entry("RS", 22));
        sepa.forEach((country, length) -> assertEquals(OptionalInt.of(length), Iban.lengthFor(country), country));
        assertEquals(OptionalInt.empty(), Iban.lengthFor("US"));
    }
}
