package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


class FormatsNumberTest {

    private final Locale previous = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(previous);
    }

    @Test
    void danishAmountsUseCommaForDecimalsAndDotForThousands() {
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        assertEquals(Optional.of(new BigDecimal("1234.50")), Formats.parseNumber("1.234,50"));
        assertEquals(Optional.of(new BigDecimal("1234.5")), Formats.parseNumber(" 1234,5 "));
        assertEquals("1.234,50", Formats.amount(new BigDecimal("1234.50")));
        assertEquals("-0,01", Formats.amount(new BigDecimal("-0.01")));
    }

    @Test
    void danishDotBetweenDigitsThatAreNotThousandsIsRefusedRatherThanReadAsFifteen() {
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        assertEquals(Optional.empty(), Formats.parseNumber("1.5"));
        assertEquals(Optional.empty(), Formats.parseNumber("1,2.3"));
    }

    @Test
    void englishAmountsUseDotForDecimals() {
        Locale.setDefault(Locale.UK);
        assertEquals(Optional.of(new BigDecimal("1250.5")), Formats.parseNumber("1,250.5"));
        assertEquals("1,234.50", Formats.amount(new BigDecimal("1234.50")));
        assertEquals(Optional.empty(), Formats.parseNumber("12,34"));
    }

    @Test
    void textThatIsNotWhollyANumberIsRefused() {
        Locale.setDefault(Locale.UK);
        assertEquals(Optional.empty(), Formats.parseNumber("12abc"));
        assertEquals(Optional.empty(), Formats.parseNumber("abc"));
        assertEquals(Optional.empty(), Formats.parseNumber(""));
        assertEquals(Optional.empty(), Formats.parseNumber("1.2.3"));
    }

    @Test
    void overPreciseAmountsParseExactlySoTheRuleCanRefuseThem() {
        Locale.setDefault(Locale.UK);
        assertEquals(Optional.of(new BigDecimal("10.005")), Formats.parseNumber("10.005"));
    }
}
