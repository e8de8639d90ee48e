package dk.reimbursementdesk.service.check;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCheckServiceTest {

    /** A demo invoice that nothing settled: open for all of its 12,500.00 DKK, customer C0006, dated 2026-10-15. */
    private static final String INV_1006 = "(SELECT id FROM customer_transaction WHERE document = 'INV-1006')";

    @TempDir
    Path dir;

    @Test
    void demoLedgerChecksOut() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            var report = new LedgerCheckService(ledger).check();
            assertTrue(report.allWell(), report.findings().toString());
        }
    }

    @Test
    void demoLedgerHasCreditBalancesAboveAndBelowTheMinimum() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            long above = TestLedgers.count(ledger, "SELECT count(*) FROM (SELECT customer_id, currency FROM customer_open_item "
                    + "GROUP BY customer_id, currency HAVING sum(open_amount_acc) <= -10000) x");
            long below = TestLedgers.count(ledger, "SELECT count(*) FROM (SELECT customer_id, currency FROM customer_open_item "
                    + "GROUP BY customer_id, currency HAVING sum(open_amount_acc) < 0 AND sum(open_amount_acc) > -10000) x");
            assertTrue(above >= 4, "credits above the minimum: " + above);
            assertTrue(below >= 2, "credits below the minimum: " + below);
        }
    }

    @Test
    void unbalancedVoucherIsFound() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            TestLedgers.execute(ledger, "UPDATE voucher_line SET debit = debit + 1 WHERE id = (SELECT min(id) FROM voucher_line WHERE debit > 0)");
            var report = new LedgerCheckService(ledger).check();
            assertTrue(report.findings().stream().anyMatch(f -> f.contains("V-000001") && f.contains("does not balance")), report.findings().toString());
        }
    }

    @Test
    void openAmountThatDisagreesWithSettlementsIsFound() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            TestLedgers.execute(ledger, "UPDATE customer_open_item SET open_amount = open_amount - 1 WHERE transaction_id = "
                    + INV_1006);
            var report = new LedgerCheckService(ledger).check();
            assertTrue(report.findings().stream().anyMatch(f -> f.contains("INV-1006")), report.findings().toString());
        }
    }

    @Test
    void openTransactionWithoutItsOpenItemIsFound() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            TestLedgers.execute(ledger, "DELETE FROM customer_open_item WHERE transaction_id = " + INV_1006);
            var report = new LedgerCheckService(ledger).check();
            assertTrue(report.findings().stream().anyMatch(f -> f.contains("INV-1006") && f.contains("settlements")),
                    report.findings().toString());
        }
    }

    @Test
    void openItemOfASettledTransactionIsFound() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            // INV-1001 was settled in full by PAY-5001: it has no open item, and must not get one.
            TestLedgers.execute(ledger, "INSERT INTO customer_open_item (customer_id, currency, transaction_id, transaction_date,"
                    + " open_amount, open_amount_acc) SELECT customer_id, currency, id, transaction_date, 1, 1"
                    + " FROM customer_transaction WHERE document = 'INV-1001'");
            var report = new LedgerCheckService(ledger).check();
            assertTrue(report.findings().stream().anyMatch(f -> f.contains("INV-1001") && f.contains("settlements")),
                    report.findings().toString());
        }
    }

    @Test
    void controlAccountThatDisagreesWithOpenItemsIsFound() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            TestLedgers.execute(ledger, "UPDATE customer_open_item SET open_amount_acc = open_amount_acc + 5 WHERE transaction_id = "
                    + INV_1006);
            TestLedgers.execute(ledger, "UPDATE customer_transaction SET amount_acc = amount_acc + 5 WHERE document = 'INV-1006'");
            var report = new LedgerCheckService(ledger).check();
            assertTrue(report.findings().stream().anyMatch(f -> f.contains("accounts receivable control")), report.findings().toString());
        }
    }

    @Test
    void openItemWhoseDateDiffersFromItsTransactionsIsFound() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            TestLedgers.execute(ledger, "UPDATE customer_open_item SET transaction_date = '2026-01-01' WHERE transaction_id = "
                    + INV_1006);
            var report = new LedgerCheckService(ledger).check();
            // The amounts still agree: only the copied date gives it away.
            assertEquals(1, report.findings().size(), report.findings().toString());
            String finding = report.findings().get(0);
            assertTrue(finding.contains("INV-1006") && finding.contains("2026-01-01") && finding.contains("2026-10-15"), finding);
        }
    }

    @Test
    void openItemFiledUnderAnotherCustomerIsFound() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            TestLedgers.execute(ledger, "UPDATE customer_open_item SET customer_id = (SELECT id FROM customer WHERE account = 'C0001')"
                    + " WHERE transaction_id = " + INV_1006);
            var report = new LedgerCheckService(ledger).check();
            assertTrue(report.findings().stream().anyMatch(f -> f.contains("INV-1006") && f.contains("C0001") && f.contains("C0006")),
                    report.findings().toString());
        }
    }

    @Test
    void referenceToARowThatDoesNotExistIsFound() throws Exception {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            // As the reimbursement run writes: on a connection whose foreign keys are not enforced.
            withoutForeignKeys(ledger, "INSERT INTO customer_settlement (id, voucher_id, transaction_id, amount, amount_acc)"
                    + " VALUES (900001, (SELECT min(id) FROM voucher), 999999, 0, 0)");
            var report = new LedgerCheckService(ledger).check();
            assertTrue(report.findings().contains("Row 900001 of customer_settlement: its transaction_id refers to a row of"
                    + " customer_transaction that does not exist."), report.findings().toString());
        }
    }

    @Test
    void openItemOfATransactionThatDoesNotExistIsFound() throws Exception {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            withoutForeignKeys(ledger, "INSERT INTO customer_open_item (customer_id, currency, transaction_id, transaction_date,"
                    + " open_amount, open_amount_acc) VALUES ((SELECT min(id) FROM customer), 'DKK', 999999, '2026-10-01', 100, 100)");
            var report = new LedgerCheckService(ledger).check();
            assertTrue(report.findings().contains("customer_open_item: one row whose transaction_id refers to no row of"
                    + " customer_transaction (the table has no row numbers to name them by)."), report.findings().toString());
        }
    }

    /**
     * Writes {@code insert} with the foreign keys not enforced: a connection of its own with SQLite's
     * pragma off, or on PostgreSQL the session's triggers (which enforce them) off for one transaction.
     */
    private void withoutForeignKeys(Ledger ledger, String insert) throws Exception {
        if (TestLedgers.onPostgres()) {
            TestLedgers.execute(ledger, "SET LOCAL session_replication_role = replica; " + insert);
            return;
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("ledger.db"));
             Statement s = raw.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute(insert);
        }
    }
}
