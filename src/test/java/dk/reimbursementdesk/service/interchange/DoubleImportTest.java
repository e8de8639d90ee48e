package dk.reimbursementdesk.service.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, point 3: importing one transactions file three times gave three copies of the books. */
class DoubleImportTest {

    private static final String TRANSACTIONS = """
            customer,date,type,document,amount
            C1,2026-10-01,INVOICE,INV-1,100.00
            C2,2026-10-02,INVOICE,INV-1,200.00
            C1,2026-10-05,PAYMENT,PAY-1,40.00
            """;

    @TempDir
    Path dir;

    private Ledger ledger;
    private ImportService imports;

    @BeforeEach
    void customers() throws Exception {
        ledger = TestLedgers.empty(dir);
        imports = new ImportService(ledger);
        imports.importFile(ImportKind.CUSTOMERS, csv("customers.csv", "account,name,group,currency\nC1,One,G,DKK\nC2,Two,G,DKK\nÆBLE,Æble,G,DKK\n"));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Path csv(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void theSameFileAgainIsRefusedSayingWhenAndNothingIsWritten() throws Exception {
        imports.importFile(ImportKind.TRANSACTIONS, csv("open.csv", TRANSACTIONS));
        var before = TestLedgers.snapshot(ledger);
        // A renamed copy is the same content: the content decides, not the name.
        AlreadyImportedException refused = assertThrows(AlreadyImportedException.class,
                () -> imports.importFile(ImportKind.TRANSACTIONS, csv("retry.csv", TRANSACTIONS)));
        String sentence = refused.format(Locale.ENGLISH);
        assertTrue(sentence.startsWith("The file retry.csv was imported into this ledger before, on "
                + refused.importedAt().replace('T', ' ') + " (3 rows)"), sentence);
        assertTrue(refused.importedAt().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), refused.importedAt());
        assertEquals(before, TestLedgers.snapshot(ledger));
        assertEquals(3, TestLedgers.count(ledger, "SELECT count(*) FROM customer_transaction"));
    }

    @Test
    void eachImportIsRecordedWithItsContentsHashAndTime() throws Exception {
        Path file = csv("open.csv", TRANSACTIONS);
        imports.importFile(ImportKind.TRANSACTIONS, file);
        List<String> rows = TestLedgers.snapshot(ledger).get("import_record");
        assertEquals(2, rows.size(), rows.toString());
        String expectedHash = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertEquals(1, TestLedgers.count(ledger, "SELECT count(*) FROM import_record WHERE kind = 'TRANSACTIONS'"
                + " AND file_name = 'open.csv' AND row_count = 3 AND voucher_number IS NOT NULL AND sha256 = '" + expectedHash + "'"));
    }

    @Test
    void againLetsTheRowsDecide() throws Exception {
        Path file = csv("customers2.csv", "account,name,group,currency\nC3,Three,G,DKK\n");
        imports.importFile(ImportKind.CUSTOMERS, file);
        new CustomerService(ledger).delete("C3");
        assertThrows(AlreadyImportedException.class, () -> imports.importFile(ImportKind.CUSTOMERS, file));
        assertEquals(1, imports.importFile(ImportKind.CUSTOMERS, file, true).rows());
        assertEquals(2, TestLedgers.count(ledger, "SELECT count(*) FROM import_record WHERE file_name = 'customers2.csv'"));
    }

    @Test
    void checkRefusesAFileImportedBeforeUnlessAgain() throws Exception {
        Path file = csv("open.csv", TRANSACTIONS);
        imports.importFile(ImportKind.TRANSACTIONS, file);
        assertThrows(AlreadyImportedException.class, () -> imports.check(ImportKind.TRANSACTIONS, file, false));
        assertEquals(3, imports.check(ImportKind.TRANSACTIONS, file, true).size(), "with again, each document is refused");
    }

    @Test
    void aDocumentAlreadyInTheLedgerForThatCustomerIsRefusedWithLineAndColumn() throws Exception {
        imports.importFile(ImportKind.TRANSACTIONS, csv("open.csv", TRANSACTIONS));
        var before = TestLedgers.snapshot(ledger);
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> imports.importFile(ImportKind.TRANSACTIONS,
                csv("more.csv", "customer,date,type,document,amount\nC2,2026-10-03,INVOICE,INV-2,5.00\nc1,2026-10-06,CREDIT_NOTE,inv-1,5.00\n")));
        assertEquals(List.of(new ImportProblem(3, "document",
                "Customer C1 already has the document inv-1 in the ledger; an import adds documents, it never brings one in twice.")),
                refused.problems());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void aDocumentTwiceInOneFileForOneCustomerIsRefusedNamingTheFirstLine() throws Exception {
        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> imports.importFile(ImportKind.TRANSACTIONS,
                csv("twice.csv", TRANSACTIONS + "C2,2026-10-07,PAYMENT,PAY-1,1.00\næble,2026-10-07,INVOICE,X-Ø,1.00\n"
                        + "ÆBLE,2026-10-08,INVOICE,x-ø,1.00\nC1,2026-10-09,INVOICE,Inv-1,3.00\n")));
        assertEquals(List.of(
                new ImportProblem(7, "document", "The document x-ø of customer ÆBLE is already in the file on line 6."),
                new ImportProblem(8, "document", "The document Inv-1 of customer C1 is already in the file on line 2.")),
                refused.problems());
        assertEquals(0, TestLedgers.count(ledger, "SELECT count(*) FROM customer_transaction"));
    }
}
