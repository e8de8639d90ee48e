package dk.reimbursementdesk.service.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldsTest {

    @Test
    void plainDecimalsKeepTheirValueWithTrailingZerosDropped() {
        assertEquals(new Fields.Decimal(125, 1), Fields.decimal("12.50"));
        assertEquals(new Fields.Decimal(-5, 0), Fields.decimal("-5"));
        assertEquals(new Fields.Decimal(5, 1), Fields.decimal("0.5"));
        assertEquals(new Fields.Decimal(7, 0), Fields.decimal("+7.000"));
        assertEquals(125000, Fields.decimal("1250.00").toMinor(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "1.", ".5", "1,5", "1 000", "1e5", "1.2.3", "12a", "1234567890123456"})
    void anythingElseIsNotADecimal(String text) {
        assertNull(Fields.decimal(text));
    }

    @Test
    void datesAreIsoOnly() {
        assertEquals((int) LocalDate.of(2026, 2, 28).toEpochDay(), Fields.epochDay("2026-02-28"));
        for (String bad : new String[] {"2026-02-29", "2026-2-28", "28-02-2026", "2026/02/28", "2026-02-28T00", "", "2026-13-01"}) {
            assertEquals(Fields.NOT_A_DATE, Fields.epochDay(bad), bad);
        }
    }

    @Test
    void foldingIsAsciiOnlyLikeSqliteNocase() {
        assertEquals("c0001", Fields.fold("C0001"));
        assertEquals("møller", Fields.fold("møller"));
        assertEquals("Ømø", Fields.fold("Ømø"));
    }
}
