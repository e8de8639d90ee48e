package dk.reimbursementdesk.service.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.reimbursementdesk.persistence.Engine;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.testing.TestLedgers;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transactions file large enough that its rows are written while it is still being read, with the
 * table's indexes dropped and rebuilt (SQLite) or the foreign keys of the three tables it writes dropped
 * and added again (PostgreSQL): settled as the window would, and refused whole (nothing written, the
 * indexes and keys back) for a problem found after rows were written.
 */
class StreamedTransactionImportTest {

    private static final int CUSTOMERS = 600;
    private static final int ROWS_EACH = 100;

    @TempDir
    Path dir;

    private static String customers() {
        StringBuilder csv = new StringBuilder("account,name,group,currency\n");
        for (int c = 1; c <= CUSTOMERS; c++) {
            csv.append(String.format(Locale.ROOT, "C%04d,Customer %d,G,DKK%n", c, c));
        }
        return csv.toString();
    }

    /**
     * 60,000 rows, the customers interleaved; each customer's first row is a payment dated after the
     * invoices of its later rows. Per customer 50 invoices of 100.00 and 50 payments of 50.00.
     */
    private static StringBuilder transactions() {
        StringBuilder csv = new StringBuilder("customer,date,type,document,amount\n");
        for (int k = 0; k < ROWS_EACH; k++) {
            for (int c = 1; c <= CUSTOMERS; c++) {
                boolean payment = k % 2 == 0;
                csv.append(String.format(Locale.ROOT, "C%04d,2026-%02d-%02d,%s,D%d,%s%n", c, payment ? 6 : 1 + k / 20, 1 + k % 20,
                        payment ? "PAYMENT" : "INVOICE", k, payment ? "50.00" : "100.00"));
            }
        }
        return csv;
    }

    private static long count(Ledger ledger, String sql) {
        return TestLedgers.count(ledger, sql);
    }

    /**
     * What the bulk insert dropped is back: SQLite's two indexes of customer_transaction; PostgreSQL's
     * seven foreign keys of customer_transaction (customer, voucher, currency), customer_open_item
     * (customer, transaction) and customer_settlement (voucher, transaction).
     */
    private static void assertBulkDropsBack(Ledger ledger) {
        if (ledger.engine() == Engine.POSTGRESQL) {
            assertEquals(7, count(ledger, "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid IN"
                    + " ('customer_transaction'::regclass, 'customer_open_item'::regclass, 'customer_settlement'::regclass)"));
        } else {
            assertEquals(2, count(ledger, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'customer_transaction'"
                    + " AND name IN ('customer_transaction_voucher_idx', 'customer_transaction_customer_idx')"));
        }
    }

    @Test
    void aFileWrittenWhileItIsReadSettlesAsTheWindowWouldAndGetsItsIndexesBack() {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            ImportService imports = new ImportService(ledger);
            imports.importCsv(ImportKind.CUSTOMERS, new StringReader(customers()), "c.csv");
            ImportResult result = imports.importCsv(ImportKind.TRANSACTIONS, new StringReader(transactions().toString()), "t.csv");

            assertEquals(CUSTOMERS * ROWS_EACH, result.rows());
            assertEquals(CUSTOMERS * ROWS_EACH, count(ledger, "SELECT count(*) FROM customer_transaction"));
            assertEquals(List.of(), new LedgerCheckService(ledger).check().findings());
            // Every customer owes 50 x 100.00 - 50 x 50.00; the payments, all dated in June, closed the oldest invoices.
            assertEquals(CUSTOMERS, count(ledger, "SELECT count(*) FROM (SELECT customer_id FROM customer_open_item"
                    + " GROUP BY customer_id HAVING sum(open_amount) = 250000) x"));
            assertEquals(CUSTOMERS * 25L, count(ledger, "SELECT count(*) FROM customer_open_item o JOIN customer_transaction t"
                    + " ON t.id = o.transaction_id WHERE t.type = 'INVOICE' AND o.open_amount = 10000 AND t.transaction_date >= '2026-03-11'"));
            assertEquals(0, count(ledger, "SELECT count(*) FROM customer_open_item o JOIN customer_transaction t"
                    + " ON t.id = o.transaction_id WHERE t.type = 'INVOICE' AND t.transaction_date < '2026-03-11'"));
            assertEquals(1, count(ledger, "SELECT count(*) FROM voucher WHERE posting_date = '2026-06-19'"));
            assertBulkDropsBack(ledger);
        }
    }

    @Test
    void problemsFoundAfterRowsWereWrittenRefuseTheWholeFileAndWriteNothing() throws Exception {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            ImportService imports = new ImportService(ledger);
            imports.importCsv(ImportKind.CUSTOMERS, new StringReader(customers()), "c.csv");
            StringBuilder csv = transactions();
            // Line 55,002 lies past the first 50,000 rows, which are written before the rest is read.
            int at = 0;
            for (int line = 1; line < 55_002; line++) {
                at = csv.indexOf("\n", at) + 1;
            }
            csv.insert(at, "C0001,2026-01-01,INVOICE,BAD,12.3.4\n");
            csv.append("C9999,2026-01-02,INVOICE,LAST,1.00\n");
            Path file = Files.writeString(dir.resolve("t.csv"), csv);
            var before = TestLedgers.snapshot(ledger);

            ImportRefusedException refused = assertThrows(ImportRefusedException.class,
                    () -> imports.importFile(ImportKind.TRANSACTIONS, file));
            assertEquals(List.of(
                    new ImportProblem(55_002, "amount", InterchangeText.text("import.amount.notNumber", "12.3.4")),
                    new ImportProblem(60_003, "customer", InterchangeText.text("import.customer.unknown", "C9999"))), refused.problems());
            assertEquals(before, TestLedgers.snapshot(ledger));
            assertBulkDropsBack(ledger);
        }
    }
}
