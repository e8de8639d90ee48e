package dk.reimbursementdesk.service.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.posting.PostingService;
import dk.reimbursementdesk.service.posting.PostingService.CustomerTransactionRequest;
import dk.reimbursementdesk.testing.TestLedgers;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionImportTest {

    @TempDir
    Path dir;

    private static String export(Ledger ledger, ExportKind kind) {
        StringWriter out = new StringWriter();
        new ExportService(ledger).export(kind, out);
        return out.toString();
    }

    private static void assertChecksOut(Ledger ledger) {
        assertEquals(List.of(), new LedgerCheckService(ledger).check().findings());
    }

    /** Balance (debit minus credit) of an account, by number. */
    private static long balance(Ledger ledger, String account) {
        return TestLedgers.count(ledger, "SELECT coalesce(sum(l.debit - l.credit), 0) FROM voucher_line l "
                + "JOIN ledger_account a ON a.id = l.account_id WHERE a.number = '" + account + "'");
    }

    /** Customer, document, open amount and open amount in DKK of every transaction; a closed one reads as open 0. */
    private static String openAccPerCustomer(Ledger ledger) {
        return ledger.inSessionTransaction(session -> session.doReturningWork(c -> {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT t.customer_id, t.document, coalesce(o.open_amount, 0), coalesce(o.open_amount_acc, 0)"
                            + " FROM customer_transaction t LEFT JOIN customer_open_item o ON o.customer_id = t.customer_id"
                            + " AND o.currency = t.currency AND o.transaction_id = t.id")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3) + ":" + rs.getString(4));
                }
            }
            return rows.stream().sorted().toList().toString();
        }));
    }

    @Test
    void importedItemsSettleExactlyAsTheSameItemsEnteredInTheWindow() throws Exception {
        Path windowDir = Files.createDirectories(dir.resolve("window"));
        Path importDir = Files.createDirectories(dir.resolve("import"));
        try (Ledger window = TestLedgers.demo(windowDir); Ledger imported = TestLedgers.empty(importDir)) {
            ImportService imports = new ImportService(imported);
            for (ExportKind kind : List.of(ExportKind.VENDORS, ExportKind.CUSTOMERS, ExportKind.RATES, ExportKind.TRANSACTIONS)) {
                imports.importCsv(ImportKind.valueOf(kind.name()), new StringReader(export(window, kind)), kind.key() + ".csv");
            }
            assertChecksOut(imported);
            assertEquals(export(window, ExportKind.TRANSACTIONS), export(imported, ExportKind.TRANSACTIONS));
            assertEquals(export(window, ExportKind.BALANCES), export(imported, ExportKind.BALANCES));
            assertEquals(balance(window, "5600"), balance(imported, "5600"));
            // The demo's EUR payment settled at another rate than its invoice: the same realized result either way.
            assertEquals(balance(window, "3600") + balance(window, "3650"), balance(imported, "3600") + balance(imported, "3650"));
            assertTrue(balance(window, "3600") + balance(window, "3650") != 0, "the demo has an exchange difference");
        }
    }

    @Test
    void anImportedPaymentSettlesAnInvoiceAlreadyInTheLedgerAsTheWindowWould() throws Exception {
        Path windowDir = Files.createDirectories(dir.resolve("window"));
        Path importDir = Files.createDirectories(dir.resolve("import"));
        try (Ledger window = TestLedgers.empty(windowDir); Ledger imported = TestLedgers.empty(importDir)) {
            for (Ledger ledger : List.of(window, imported)) {
                new ImportService(ledger).importCsv(ImportKind.CUSTOMERS,
                        new StringReader("account,name,group,currency\nC1,One,G,EUR\n"), "c.csv");
                new ImportService(ledger).importCsv(ImportKind.RATES,
                        new StringReader("currency,date,rate\nEUR,2026-01-01,7.46\nEUR,2026-02-01,7.44\n"), "r.csv");
                post(ledger, CustomerTransactionType.INVOICE, "2026-01-10", "INV-1", "100.00");
                post(ledger, CustomerTransactionType.INVOICE, "2026-01-05", "INV-0", "33.33");
            }
            post(window, CustomerTransactionType.PAYMENT, "2026-02-03", "PAY-1", "120.00");
            ImportResult result = new ImportService(imported).importCsv(ImportKind.TRANSACTIONS,
                    new StringReader("customer,date,type,document,amount\nC1,2026-02-03,PAYMENT,PAY-1,120.00\n"), "t.csv");
            assertEquals(new ImportResult(ImportKind.TRANSACTIONS, 1, "V-000003", 2), result);
            assertChecksOut(imported);
            assertEquals(export(window, ExportKind.TRANSACTIONS), export(imported, ExportKind.TRANSACTIONS));
            assertEquals(openAccPerCustomer(window), openAccPerCustomer(imported));
            assertEquals(balance(window, "3650") - balance(window, "3600"), balance(imported, "3650") - balance(imported, "3600"));
        }
    }

    private static void post(Ledger ledger, CustomerTransactionType type, String date, String document, String amount) {
        LocalDate day = LocalDate.parse(date);
        new PostingService(ledger).postCustomerTransaction(new CustomerTransactionRequest("C1", type, day,
                null, document, new BigDecimal(amount), null));
    }

    @Test
    void rowsAreSettledInDateOrderWhateverTheirOrderInTheFile() {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            ImportService imports = new ImportService(ledger);
            imports.importCsv(ImportKind.CUSTOMERS, new StringReader("account,name,group,currency\nC1,One,G,DKK\n"), "c.csv");
            imports.importCsv(ImportKind.TRANSACTIONS, new StringReader("""
                    customer,date,type,document,amount
                    C1,2026-03-01,PAYMENT,PAY-1,150.00
                    C1,2026-01-01,INVOICE,INV-1,100.00
                    C1,2026-02-01,INVOICE,INV-2,100.00
                    C1,2026-03-01,INVOICE,INV-3,100.00
                    """), "t.csv");
            // The payment settles the two earlier invoices; INV-3, on the same day but after it in the file, stays open.
            assertEquals("""
                    customer,date,type,document,amount,currency,open,due_date\r
                    C1,2026-01-01,INVOICE,INV-1,100.00,DKK,0.00,2026-01-01\r
                    C1,2026-02-01,INVOICE,INV-2,100.00,DKK,50.00,2026-02-01\r
                    C1,2026-03-01,PAYMENT,PAY-1,150.00,DKK,0.00,\r
                    C1,2026-03-01,INVOICE,INV-3,100.00,DKK,100.00,2026-03-01\r
                    """, export(ledger, ExportKind.TRANSACTIONS));
            assertChecksOut(ledger);
        }
    }

    @Test
    void theOldestDueDateIsSettledFirst() {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            ImportService imports = new ImportService(ledger);
            imports.importCsv(ImportKind.CUSTOMERS, new StringReader("account,name,group,currency\nC1,One,G,DKK\n"), "c.csv");
            imports.importCsv(ImportKind.TRANSACTIONS, new StringReader("""
                    customer,date,type,document,amount,due_date
                    C1,2026-01-01,INVOICE,LATE,100.00,2026-06-01
                    C1,2026-01-02,INVOICE,SOON,100.00,2026-01-15
                    C1,2026-01-03,CREDIT_NOTE,CN,100.00,
                    """), "t.csv");
            assertTrue(export(ledger, ExportKind.TRANSACTIONS).contains("C1,2026-01-02,INVOICE,SOON,100.00,DKK,0.00,2026-01-15"));
            assertTrue(export(ledger, ExportKind.TRANSACTIONS).contains("C1,2026-01-01,INVOICE,LATE,100.00,DKK,100.00,2026-06-01"));
        }
    }

    @Test
    void theOpeningVoucherIsDatedTheLatestDateAndPostsAgainstTheOpeningBalanceAccount() {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            ImportService imports = new ImportService(ledger);
            imports.importCsv(ImportKind.CUSTOMERS, new StringReader("account,name,group,currency\nC1,One,G,DKK\nC2,Two,G,DKK\n"), "c.csv");
            imports.importCsv(ImportKind.TRANSACTIONS, new StringReader("""
                    customer,date,type,document,amount
                    C1,2026-01-01,INVOICE,I1,500.00
                    C2,2026-04-30,CREDIT_NOTE,N1,20.00
                    C1,2026-02-01,PAYMENT,P1,100.00
                    """), "opening.csv");
            assertEquals(1, TestLedgers.count(ledger,
                    "SELECT count(*) FROM voucher WHERE posting_date = '2026-04-30' AND description = 'Opening balances imported from opening.csv'"));
            assertEquals(38000, balance(ledger, "5600"));
            assertEquals(-38000, balance(ledger, "9000"));
            assertChecksOut(ledger);
        }
    }

    @Test
    void checkReportsTheProblemsWithoutWritingAndNothingForAGoodFile() throws Exception {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            var before = TestLedgers.snapshot(ledger);
            Path bad = Files.writeString(dir.resolve("bad.csv"), "account,name,group,currency\nC1,One,G,DKK\nC2,,G,XX\n");
            Path good = Files.writeString(dir.resolve("good.csv"), "account,name,group,currency\nC1,One,G,DKK\n");
            ImportService imports = new ImportService(ledger);
            assertEquals(List.of(
                    new ImportProblem(3, "name", "A value is required here."),
                    new ImportProblem(3, "currency", "\"XX\" is not an ISO 4217 currency code.")), imports.check(ImportKind.CUSTOMERS, bad));
            assertEquals(List.of(), imports.check(ImportKind.CUSTOMERS, good));
            assertEquals(before, TestLedgers.snapshot(ledger));
        }
    }

    @Test
    void aRefusalCarriesEveryProblemForTheWindowsTable() {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            ImportRefusedException refused = assertThrows(ImportRefusedException.class, () -> new ImportService(ledger)
                    .importCsv(ImportKind.RATES, new StringReader("currency,date,rate\nEUR,2026-01-01,0\nXX,2026-01-01,1\n"), "r.csv"));
            assertEquals(List.of(
                    new ImportProblem(2, "rate", "The rate must be greater than zero (it was 0)."),
                    new ImportProblem(3, "currency", "\"XX\" is not an ISO 4217 currency code.")), refused.problems());
        }
    }

    @Test
    void aFileWithOnlyAHeaderImportsNothingAndPostsNoVoucher() {
        try (Ledger ledger = TestLedgers.empty(dir)) {
            ImportResult result = new ImportService(ledger).importCsv(ImportKind.TRANSACTIONS,
                    new StringReader("customer,date,type,document,amount\n"), "t.csv");
            assertEquals(new ImportResult(ImportKind.TRANSACTIONS, 0, null, 0), result);
            assertEquals(0, TestLedgers.count(ledger, "SELECT count(*) FROM voucher"));
        }
    }
}
