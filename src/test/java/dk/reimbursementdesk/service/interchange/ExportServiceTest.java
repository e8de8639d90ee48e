package dk.reimbursementdesk.service.interchange;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.PostingUnits;
import dk.reimbursementdesk.testing.TestLedgers;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports read the ledger whole, in file order, on both engines; the posting units list the
 * imports written, newest first. Run on SQLite and, in the "postgresql" execution, on PostgreSQL.
 */
class ExportServiceTest {

    @TempDir
    Path dir;

    @Test
    void everyExportOfTheDemoLedgerHasOneLinePerRowInOrder() {
        try (Ledger ledger = TestLedgers.demo(dir)) {
            ExportService exports = new ExportService(ledger);
            for (ExportKind kind : ExportKind.values()) {
                StringWriter out = new StringWriter();
                int rows = exports.export(kind, out);
                List<String> lines = out.toString().lines().toList();
                assertEquals(rows + 1, lines.size(), kind + ": " + lines);
                assertEquals(String.join(",", ExportService.columns(kind)), lines.get(0), kind.key());
                assertTrue(rows > 0, kind.key());
            }
            assertEquals(TestLedgers.count(ledger, "SELECT count(*) FROM customer_transaction"),
                    exports.export(ExportKind.TRANSACTIONS, new StringWriter()));
            StringWriter customers = new StringWriter();
            exports.export(ExportKind.CUSTOMERS, customers);
            List<String> accounts = customers.toString().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
            assertEquals(accounts.stream().sorted().toList(), accounts);
            StringWriter balances = new StringWriter();
            exports.export(ExportKind.BALANCES, balances);
            assertEquals(TestLedgers.count(ledger, "SELECT count(*) FROM (SELECT customer_id, currency FROM customer_open_item "
                    + "GROUP BY customer_id, currency HAVING sum(open_amount) <> 0) balances"), balances.toString().lines().count() - 1);
        }
    }

    @Test
    void theImportsWrittenAreListedNewestFirst() throws Exception {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            ImportService imports = new ImportService(ledger);
            imports.importFile(ImportKind.CUSTOMERS, Files.writeString(dir.resolve("customers.csv"),
                    "account,name,group,currency\nC1,One,G,DKK\nC2,Two,G,DKK\n"));
            imports.importFile(ImportKind.TRANSACTIONS, Files.writeString(dir.resolve("open.csv"),
                    "customer,date,type,document,amount,currency,due_date\nC1,2026-10-01,INVOICE,D1,100.00,,2026-10-31\n"));
            List<PostingUnits.Unit> units = new PostingUnits(ledger).newestFirst();
            assertEquals(2, units.size(), units.toString());
            assertEquals("import", units.get(0).kind());
            assertTrue(units.get(0).summary().startsWith("transactions from open.csv, voucher "), units.get(0).summary());
            assertEquals(1, units.get(0).count());
            assertEquals("customers from customers.csv", units.get(1).summary());
            assertEquals(2, units.get(1).count());
            assertTrue(units.get(0).created().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), units.get(0).created());
        }
    }
}
