package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V25 on a ledger made before it: customer_transaction.type's CHECK is written as comparisons instead of
 * an IN list (a million-row import paid about a second for the list), and accepts and refuses exactly
 * what it did.
 */
class TransactionTypeCheckMigrationTest {

    private static final List<String> TYPES = List.of("INVOICE", "PAYMENT", "CREDIT_NOTE", "REIMBURSEMENT",
            "REIMBURSEMENT_REVERSAL", "WRITE_OFF", "WRITE_OFF_REVERSAL");

    @TempDir
    Path dir;

    @Test
    void anOlderLedgerKeepsItsTransactionsAndItsCheckAcceptsAndRefusesTheSameTypes() throws Exception {
        Path file = dir.resolve("v23.db");
        List<String> older = new ArrayList<>(List.of("INSERT INTO currency VALUES ('DKK', 'Danske kroner', 2)",
                "INSERT INTO legal_entity (id, code, name, accounting_currency) VALUES (1, 'OLD', 'Old A/S', 'DKK')",
                "INSERT INTO customer_group (id, code, name) VALUES (1, 'RETAIL', 'Retail')",
                "INSERT INTO customer (id, account, name, group_id, currency) VALUES (7, 'C7', 'Seven', 1, 'DKK')",
                "INSERT INTO voucher (id, number, posting_date, description, posted_at) VALUES (1, 'V1', '2026-03-01', 'old', "
                        + "'2026-03-01T10:00')"));
        TYPES.forEach(type -> older.add(insert(type, "OLD-" + type)));
        TestLedgers.olderLedger(file, "23", older.toArray(String[]::new));
        try (Ledger ledger = Ledger.open(file)) {
            String table = TestLedgers.rows(ledger, "SELECT sql FROM sqlite_schema WHERE name = 'customer_transaction'").get(0);
            assertFalse(table.contains("type IN ("), table);
            assertTrue(table.contains("CHECK (type = 'INVOICE' OR type = 'PAYMENT' OR type = 'CREDIT_NOTE' OR type = 'REIMBURSEMENT'"
                    + " OR type = 'REIMBURSEMENT_REVERSAL' OR type = 'WRITE_OFF' OR type = 'WRITE_OFF_REVERSAL')"), table);
            assertEquals(TYPES.size(), TestLedgers.count(ledger, "SELECT count(*) FROM customer_transaction WHERE document LIKE 'OLD-%'"));

            for (String type : TYPES) {
                TestLedgers.execute(ledger, insert(type, "NEW-" + type));
            }
            assertEquals(TYPES.size(), TestLedgers.count(ledger, "SELECT count(*) FROM customer_transaction WHERE document LIKE 'NEW-%'"));
            for (String refused : List.of("BOGUS", "invoice", "INVOICE ", "")) {
                RuntimeException e = assertThrows(RuntimeException.class, () -> TestLedgers.execute(ledger, insert(refused, "X")),
                        refused);
                assertTrue(String.valueOf(e.getCause()).contains("CHECK constraint failed"), e.toString());
            }
            assertThrows(RuntimeException.class, () -> TestLedgers.execute(ledger, insert(null, "Y")));
            assertEquals(2 * TYPES.size(), TestLedgers.count(ledger, "SELECT count(*) FROM customer_transaction"));
            assertEquals(0, TestLedgers.count(ledger, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"));
        }
    }

    @Test
    void aNewLedgerHasTheComparisons() {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            String table = TestLedgers.rows(ledger, "SELECT sql FROM sqlite_schema WHERE name = 'customer_transaction'").get(0);
            assertTrue(table.contains("CHECK (type = 'INVOICE' OR "), table);
            assertEquals(0, TestLedgers.count(ledger, "SELECT count(*) FROM sqlite_schema WHERE name = 'v25_check_rewritten'"));
        }
    }

    private static String insert(String type, String document) {
        return "INSERT INTO customer_transaction (customer_id, voucher_id, type, transaction_date, document, currency, amount, "
                + "amount_acc) VALUES (7, 1, " + (type == null ? "NULL" : "'" + type + "'") + ", '2026-03-01', '" + document
                + "', 'DKK', 100, 100)";
    }
}
