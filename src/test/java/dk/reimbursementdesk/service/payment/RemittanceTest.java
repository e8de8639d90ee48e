package dk.reimbursementdesk.service.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The remittance line fits 140 characters and is never cut inside a reference. */
class RemittanceTest {

    private static List<String> numbers(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> String.format("%s-%06d", prefix, i)).toList();
    }

    @Test
    void aFewReferencesAreListedInFull() {
        assertEquals("Refund RB-000001, RB-000002; Invoice B-77",
                Remittance.text(Locale.ENGLISH, List.of("RB-000001", "RB-000002"), List.of("B-77")));
    }

    @Test
    void manyReimbursementsBecomeARangeWithTheirCount() {
        String text = Remittance.text(Locale.ENGLISH, numbers("RB", 18), List.of());
        assertEquals("Refund RB-000001..RB-000018 (18)", text);
        assertEquals("Refusion RB-000001..RB-000018 (18)", Remittance.text(Locale.forLanguageTag("da"), numbers("RB", 18), List.of()));
    }

    @Test
    void invoicesGiveWayFirstThenReimbursementsThenBothAreCounted() {
        assertEquals("Refund RB-000001, RB-000002; Invoice INV-000001..INV-000030 (30)",
                Remittance.text(Locale.ENGLISH, numbers("RB", 2), numbers("INV", 30)));
        String longRef = "X".repeat(34);
        String counted = Remittance.text(Locale.ENGLISH, List.of(longRef + "1", longRef + "2"), List.of(longRef + "3", longRef + "4"));
        assertEquals("Refund of 2 reimbursements; 2 invoices", counted);
    }

    @Test
    void whatIsWrittenNeverExceeds140CharactersAfterTransliteration() {
        for (int n = 1; n <= 60; n++) {
            String text = Remittance.text(Locale.forLanguageTag("da"), numbers("RB", n), numbers("FÆ", n));
            assertTrue(dk.reimbursementdesk.service.payment.pain.EpcText.length(text) <= 140, text);
        }
    }
}
