package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


class DefaultLocaleFormatsTest {

    private static final Locale BEFORE = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(BEFORE);
    }

    @Test
    void anAmountKeepsEveryDigitAndItsCurrencysDecimals() {
        Locale.setDefault(Locale.UK);
        assertEquals("92,233,720,368,547,758.07", Formats.amount(new BigDecimal("92233720368547758.07")));
        assertEquals("0.10", Formats.amount(new BigDecimal("0.10")));
        assertEquals("1,500", Formats.amount(new BigDecimal("1500")));
        assertEquals("-74.525", Formats.amount(new BigDecimal("-74.525")));
    }

    @Test
    void anAmountIsWrittenTheDanishWayOnADanishMachine() {
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        assertEquals("1.117,88 EUR", Formats.money(new BigDecimal("1117.88"), "EUR"));
    }

    @Test
    void aDayThatDoesNotExistIsNotReadAsAnotherDay() {
        Locale.setDefault(Locale.UK);
        List<String> unreadable = new ArrayList<>();
        DateFieldConverter converter = new DateFieldConverter(unreadable::add);

        assertNull(converter.fromString("31/02/2026"));
        assertEquals(List.of("31/02/2026"), unreadable);
        assertEquals(LocalDate.of(2028, 2, 29), converter.fromString("29/02/2028"));
    }

    @Test
    void aDanishDateReadsBackAsWritten() {
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        DateFieldConverter converter = new DateFieldConverter(text -> {
            throw new AssertionError("readable: " + text);
        });
        LocalDate day = LocalDate.of(2026, 11, 24);

        assertEquals("24.11.2026", converter.toString(day));
        assertEquals(day, converter.fromString(converter.toString(day)));
        assertNull(converter.fromString("  "));
    }
}
