package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.demo.SyntheticLedgerGenerator;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: a full disk during a unit of work. The ledger may grow by a few pages only
 * ({@code max_page_count}, which fails a write with SQLITE_FULL as a full disk does), so a
 * reimbursement run cannot fit: it is rolled back, the sentence says the disk is full, and the
 * ledger is intact and its check holds.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    @Test
    void aRunThatDoesNotFitIsRolledBackSaysTheDiskIsFullAndLeavesTheLedgerIntact() {
        Path file;
        try (Ledger ledger = TestLedgers.empty(dir)) {
            new SyntheticLedgerGenerator(ledger).generate(1000, 3, 7);
            file = ledger.file();
        }
        long pages;
        java.util.Map<String, List<String>> before;
        try (Ledger ledger = Ledger.open(file)) {
            pages = TestLedgers.count(ledger, "PRAGMA page_count");
            before = TestLedgers.snapshot(ledger);
        }
        try (Ledger full = Ledger.openWithPageLimit(file, pages + 2)) {
            UserException refused = assertThrows(UserException.class, () -> new ReimbursementService(full)
                    .run(new ReimbursementRequest(LocalDate.of(2026, 11, 24), true, null), null));
            assertEquals("ledger.diskFull", refused.getKey(), refused.getMessage());
            assertTrue(refused.format(Locale.ENGLISH).startsWith("The disk holding the ledger " + file + " is full."), refused.getMessage());
            assertTrue(refused.format(Locale.forLanguageTag("da")).contains("fuld"));
            assertEquals(before, TestLedgers.snapshot(full), "rolled back: not a row of the run is there");
        }
        try (Services services = Services.open(file)) {
            assertEquals(List.of(), services.ledgerCheck().check().findings(), "intact: the check holds");
        }
        try (Ledger ledger = Ledger.open(file)) {
            assertEquals(List.of(), new LedgerCheckService(ledger).check().findings());
            assertTrue(new ReimbursementService(ledger).run(new ReimbursementRequest(LocalDate.of(2026, 11, 24), true, null), null)
                    .reimbursements() > 0, "with room again, the same run posts");
        }
    }
}
