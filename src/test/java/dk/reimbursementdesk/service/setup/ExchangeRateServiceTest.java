package dk.reimbursementdesk.service.setup;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.setup.ExchangeRateService.Rate;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo EUR rates: 2026-01-01, 2026-07-01, 2026-10-01; EUR postings run until 2026-10-02. */
class ExchangeRateServiceTest {

    @TempDir
    Path dir;
    Ledger ledger;
    ExchangeRateService service;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.demo(dir);
        service = new ExchangeRateService(ledger);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private Rate eur(String validFrom) {
        return service.rates("EUR").stream().filter(r -> r.validFrom().equals(LocalDate.parse(validFrom))).findFirst().orElseThrow();
    }

    private void assertRefusedWritingNothing(String key, Runnable action) {
        var before = TestLedgers.snapshot(ledger);
        UserException refused = assertThrows(UserException.class, action::run);
        assertEquals(key, refused.getKey());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void ratesWithPostingsInTheirPeriodAreUsed() {
        assertTrue(eur("2026-10-01").used());
        assertTrue(eur("2026-01-01").used());
        assertTrue(service.rates("USD").stream().noneMatch(Rate::used));
    }

    @Test
    void futureRateIsAddedAndCorrected() {
        Rate added = service.add("EUR", LocalDate.of(2027, 1, 1), new BigDecimal("7.45"));
        assertFalse(added.used());
        assertEquals(new BigDecimal("7.4500"), added.rate());
        Rate corrected = service.correct(added.id(), LocalDate.of(2027, 2, 1), new BigDecimal("7.4612"));
        assertEquals(new BigDecimal("7.4612"), eur("2027-02-01").rate());
        assertEquals(LocalDate.of(2027, 2, 1), corrected.validFrom());
    }

    @Test
    void usedRateCannotBeCorrected() {
        Rate used = eur("2026-10-01");
        assertRefusedWritingNothing("rate.used", () -> service.correct(used.id(), used.validFrom(), new BigDecimal("7.5")));
    }

    @Test
    void unusedRateCannotMoveOntoPostedDates() {
        Rate future = service.add("EUR", LocalDate.of(2027, 1, 1), new BigDecimal("7.45"));
        assertRefusedWritingNothing("rate.wouldChangePostings",
                () -> service.correct(future.id(), LocalDate.of(2026, 10, 2), new BigDecimal("7.45")));
    }

    @Test
    void rateThatWouldTakeOverPostedDatesIsRefused() {
        assertRefusedWritingNothing("rate.wouldChangePostings", () -> service.add("EUR", LocalDate.of(2026, 10, 2), new BigDecimal("7.5")));
    }

    @Test
    void rateTheDayAfterTheLastPostingIsAccepted() {
        service.add("EUR", LocalDate.of(2026, 10, 3), new BigDecimal("7.5"));
        assertFalse(eur("2026-10-03").used());
    }

    @Test
    void duplicateDateIsRefused() {
        assertRefusedWritingNothing("rate.duplicate", () -> service.add("USD", LocalDate.of(2026, 1, 1), new BigDecimal("6.5")));
    }

    @Test
    void zeroRateIsRefused() {
        assertRefusedWritingNothing("rate.notPositive", () -> service.add("USD", LocalDate.of(2027, 1, 1), BigDecimal.ZERO));
    }

    @Test
    void overPreciseRateIsRefused() {
        assertRefusedWritingNothing("rate.tooPrecise", () -> service.add("USD", LocalDate.of(2027, 1, 1), new BigDecimal("6.1234567")));
    }

    @Test
    void accountingCurrencyHasNoRate() {
        assertRefusedWritingNothing("rate.accountingCurrency", () -> service.add("DKK", LocalDate.of(2027, 1, 1), BigDecimal.ONE));
    }

    @Test
    void missingDateIsRefused() {
        assertRefusedWritingNothing("rate.dateRequired", () -> service.add("USD", null, BigDecimal.ONE));
    }
}
