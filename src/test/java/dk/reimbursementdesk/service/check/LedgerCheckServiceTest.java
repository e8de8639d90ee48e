package dk.reimbursementdesk.service.check;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerCheckServiceTest {

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
            long above = TestLedgers.count(ledger, "SELECT count(*) FROM (SELECT customer_id, currency FROM customer_transaction "
                    + "GROUP BY customer_id, currency HAVING sum(open_amount_acc) <= -10000)");
            long below = TestLedgers.count(ledger, "SELECT count(*) FROM (SELECT customer_id, currency FROM customer_transaction "
                    + "GROUP BY customer_id, currency HAVING sum(open_amount_acc) < 0 AND sum(open_amount_acc) > -10000)");
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
            TestLedgers.execute(ledger, "UPDATE customer_transaction SET open_amount = open_amount - 1 WHERE document = 'INV-1006'");
            var report = new LedgerCheckService(ledger).check();
            assertTrue(report.findings().stream().anyMatch(f -> f.contains("INV-1006")), report.findings().toString());
        }
    }

    @Test
    void controlAccountThatDisagreesWithOpenItemsIsFound() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            TestLedgers.execute(ledger, "UPDATE customer_transaction SET open_amount_acc = open_amount_acc + 5, amount_acc = amount_acc + 5 WHERE document = 'INV-1006'");
            var report = new LedgerCheckService(ledger).check();
            assertTrue(report.findings().stream().anyMatch(f -> f.contains("accounts receivable control")), report.findings().toString());
        }
    }
}
