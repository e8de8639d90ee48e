package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale DANISH = new Locale("da", "DK");

    @Test
    void amountsUseTheLocalesSeparators() {
        assertEquals("1.234,50", Formats.amount(new BigDecimal("1234.50"), DANISH));
        assertEquals("1,234.50", Formats.amount(new BigDecimal("1234.50"), Locale.UK));
        assertEquals("-47.754,50", Formats.amount(new BigDecimal("-47754.50"), DANISH));
    }

    @Test
    void amountsKeepTheirDecimalsAndAreNeverRounded() {
        assertEquals("1,000", Formats.amount(new BigDecimal("1000"), Locale.UK));
        assertEquals("0.001", Formats.amount(new BigDecimal("0.001"), Locale.UK));
        assertEquals("12,345,678,901,234.56", Formats.amount(new BigDecimal("12345678901234.56"), Locale.UK));
    }

    @Test
    void datesAreNumericWithAFourDigitYear() {
        LocalDate date = LocalDate.of(2026, 11, 4);
        assertEquals("04.11.2026", Formats.date(date, DANISH));
        assertEquals("04/11/2026", Formats.date(date, Locale.UK));
        assertTrue(Formats.date(date, Locale.US).endsWith("2026"));
    }

    @Test
    void typedDatesAreReadInTheLocalesFormOrIso() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 4)), Formats.parseDate("04.11.2026", DANISH));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 4)), Formats.parseDate("2026-11-04", DANISH));
        assertEquals(Optional.empty(), Formats.parseDate("4th of November", DANISH));
        assertEquals(Optional.empty(), Formats.parseDate("  ", DANISH));
        assertEquals(Optional.empty(), Formats.parseDate("31.02.2026", DANISH), "no 31 February");
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), Formats.parseDate("29/02/2028", Locale.UK));
    }
}
