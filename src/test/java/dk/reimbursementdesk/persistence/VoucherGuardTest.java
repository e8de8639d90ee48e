package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every unit of work, whatever wrote its vouchers, commits only if each voucher it added balances. */
class VoucherGuardTest {

    @TempDir
    Path dir;

    private static final String ACCOUNT = "(SELECT id FROM ledger_account WHERE number = '5600')";
    private static final String VOUCHER = "(SELECT id FROM voucher WHERE number = 'X-1')";

    private static void write(UnitOfWork work, int debit, int credit, boolean secondLine) {
        work.sql().update("INSERT INTO voucher (number, posting_date, description, posted_at) VALUES ('X-1', '2026-12-01', 'x', '2026-12-01T00:00')");
        work.sql().update("INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount) VALUES ("
                + VOUCHER + ", " + ACCOUNT + ", ?, 0, 'DKK', ?)", debit, debit);
        if (secondLine) {
            work.sql().update("INSERT INTO voucher_line (voucher_id, account_id, debit, credit, currency, amount) VALUES ("
                    + VOUCHER + ", " + ACCOUNT + ", 0, ?, 'DKK', ?)", credit, -credit);
        }
    }

    @Test
    void unbalancedVoucherWrittenInSqlRollsTheUnitBackWithItsNumber() {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            var before = TestLedgers.snapshot(ledger);
            UserException refusal = assertThrows(UserException.class, () -> ledger.inTransactionDo(work -> write(work, 1000, 999, true)));
            assertEquals("posting.unbalanced", refusal.getKey());
            assertEquals("X-1", refusal.getArguments()[0]);
            assertEquals("10.00", refusal.getArguments()[1]);
            assertEquals("9.99", refusal.getArguments()[2]);
            assertEquals(before, TestLedgers.snapshot(ledger));
        }
    }

    @Test
    void voucherOfOneLineIsRefusedInABulkTransactionToo() {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            var before = TestLedgers.snapshot(ledger);
            UserException refusal = assertThrows(UserException.class, () -> ledger.inBulkTransaction(work -> {
                write(work, 0, 0, false);
                return null;
            }));
            assertEquals("posting.tooFewLines", refusal.getKey());
            assertEquals(before, TestLedgers.snapshot(ledger));
        }
    }

    @Test
    void balancedVoucherLands() {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            ledger.inTransactionDo(work -> write(work, 1000, 1000, true));
            assertEquals(2, TestLedgers.count(ledger, "SELECT count(*) FROM voucher_line"));
        }
    }
}
