package dk.reimbursementdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BicTest {

    @ParameterizedTest
    @ValueSource(strings = {"DABADKKK", "NDEADKKK", "DEUTDEFF", "DEUTDEFF500", "COBADEFFXXX", "NWBKGB2L",
            "BNPAFRPPXXX", "UBSWCH2V", "RZBAAT2W", "RBKOXKPR", "HANDSESS"})
    void acceptsRealWorldBics(String bic) {
        assertTrue(Bic.isValid(bic), bic);
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpaces() {
        assertTrue(Bic.isValid("  dabadkkk "));
        assertEquals("DABADKKK", Bic.normalize("  dabadkkk "));
    }

    @Test
    void acceptsTypedSeparatorsAndStoresTheCompactForm() {
        assertTrue(Bic.isValid("DABA DKKK"));
        assertTrue(Bic.isValid("daba-dk-kk"));
        assertTrue(Bic.isValid("DEUT.DE.FF.500"));
        assertEquals("DEUTDEFF500", Bic.normalize(" deut de ff 500 "));
        assertEquals("DABADKKK", Bic.normalize("DABA-DK.KK"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DABADKK", "DABADKKK1", "DABADKKK12", "DABADKKK1234"})
    void refusesLengthOtherThanEightOrEleven(String bic) {
        assertFalse(Bic.isValid(bic), bic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DAB1DKKK", "DABAD1KK", "DABAZZKK", "DABADKK-", "DABADKKK-XX", "DÆBADKKK"})
    void refusesBadCharactersAndUnknownCountries(String bic) {
        assertFalse(Bic.isValid(bic), bic);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesEmpty(String bic) {
        assertFalse(Bic.isValid(bic));
    }

    @Test
    void countryIsTheFifthAndSixthLetter() {
        assertEquals("DK", Bic.country("dabadkkk"));
        assertThrows(IllegalArgumentException.class, () -> Bic.country("nope"));
    }
}
