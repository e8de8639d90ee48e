package dk.reimbursementdesk.service.posting;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.*;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VendorLedgerWriterTest {

    @TempDir
    Path dir;
    Ledger ledger;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.empty(dir);
        ledger.inTransactionDo(w -> {
            org.hibernate.Session s = w.session();
            VendorGroup group = new VendorGroup("SUPPLIERS", "Suppliers");
            s.persist(group);
            s.persist(new Vendor("V1", "Euro Supplier", group, "EUR", null, null, false));
        });
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    /** An invoice: Cr AP control, Dr the opening balance account (any counter account will do here). */
    private void invoice(String document, String date, long amount, long amountAcc) {
        ledger.inTransactionDo(w -> {
            org.hibernate.Session s = w.session();
            LedgerContext context = LedgerContext.load(w);
            Vendor vendor = vendor(s);
            Voucher voucher = VoucherPoster.open(w, context, LocalDate.parse(date), "INVOICE " + document, null);
            voucher.addLine(context.parameters().getOpeningBalanceAccount(), amountAcc, 0, "EUR", amount, null);
            voucher.addLine(context.parameters().getApControlAccount(), 0, amountAcc, "EUR", -amount, null);
            VendorTransaction t = VendorLedgerWriter.add(w, voucher, vendor, VendorTransactionType.INVOICE, LocalDate.parse(date),
                    LocalDate.parse(date).plusDays(30), document, "EUR", amount, amountAcc);
            assertEquals(-amount, t.getAmount());
            assertEquals(-amountAcc, t.getOpenAmountAcc());
            VoucherPoster.post(w, context, voucher);
        });
    }

    /** A payment: Dr AP control, Cr bank, settled against the oldest open invoices. */
    private void payment(String document, String date, long amount, long amountAcc) {
        ledger.inTransactionDo(w -> {
            org.hibernate.Session s = w.session();
            LedgerContext context = LedgerContext.load(w);
            Voucher voucher = VoucherPoster.open(w, context, LocalDate.parse(date), "PAYMENT " + document, null);
            voucher.addLine(context.parameters().getApControlAccount(), amountAcc, 0, "EUR", amount, null);
            voucher.addLine(context.parameters().getBankAccount(), 0, amountAcc, "EUR", -amount, null);
            VendorTransaction t = VendorLedgerWriter.add(w, voucher, vendor(s), VendorTransactionType.PAYMENT, LocalDate.parse(date),
                    null, document, "EUR", amount, amountAcc);
            VendorLedgerWriter.settleAgainstOpenInvoices(w, context, voucher, t);
            VoucherPoster.post(w, context, voucher);
        });
    }

    private static Vendor vendor(org.hibernate.Session s) {
        return s.createSelectionQuery("from Vendor where account = 'V1'", Vendor.class).getSingleResult();
    }

    private List<Object[]> openItems() {
        return ledger.inSessionTransaction(s -> s.createSelectionQuery(
                "select t.document, t.openAmount, t.openAmountAcc from VendorTransaction t order by t.id", Object[].class).getResultList());
    }

    private static void assertItem(Object[] row, String document, long open, long openAcc) {
        assertEquals(document, row[0]);
        assertEquals(open, row[1]);
        assertEquals(openAcc, row[2]);
    }

    @Test
    void paymentClosesTheOldestInvoiceFirstAndLeavesTheRestOpen() {
        invoice("F1", "2026-02-01", 100_00, 746_00);
        invoice("F2", "2026-03-01", 50_00, 373_00);

        payment("P1", "2026-04-01", 120_00, 895_20);

        List<Object[]> items = openItems();
        assertItem(items.get(0), "F1", 0, 0);
        // 30.00 of 50.00 EUR stay open: 3/5 of 373.00 is 223.80.
        assertItem(items.get(1), "F2", -30_00, -223_80);
        assertItem(items.get(2), "P1", 0, 0);
        assertEquals(List.of(), new LedgerCheckService(ledger).check().findings());
    }

    @Test
    void paymentAtALowerRatePostsTheExchangeGainAgainstApControl() {
        // 100.00 EUR booked at 7.46 (746.00 DKK), paid at 7.44 (744.00 DKK): 2.00 DKK gain.
        invoice("F1", "2026-02-01", 100_00, 746_00);

        payment("P1", "2026-09-15", 100_00, 744_00);

        assertItem(openItems().get(0), "F1", 0, 0);
        List<Object[]> lines = ledger.inSessionTransaction(s -> s.createSelectionQuery("""
                select l.account.number, l.debit, l.credit from VoucherLine l where l.voucher.number = 'V-000002' order by l.id""",
                Object[].class).getResultList());
        assertEquals(List.of("6800|74400|0", "5800|0|74400", "6800|200|0", "3600|0|200"),
                lines.stream().map(l -> l[0] + "|" + l[1] + "|" + l[2]).toList());
        assertEquals(List.of(), new LedgerCheckService(ledger).check().findings());
    }

    @Test
    void settlePairRefusesAPartLargerThanWhatIsOpen() {
        invoice("F1", "2026-02-01", 100_00, 746_00);
        assertThrows(IllegalArgumentException.class, () -> ledger.inTransactionDo(w -> {
            org.hibernate.Session s = w.session();
            LedgerContext context = LedgerContext.load(w);
            VendorTransaction invoice = s.createSelectionQuery("from VendorTransaction", VendorTransaction.class).getSingleResult();
            Voucher voucher = VoucherPoster.open(w, context, LocalDate.of(2026, 3, 1), "X", null);
            VendorTransaction payment = VendorLedgerWriter.add(w, voucher, vendor(s), VendorTransactionType.PAYMENT,
                    LocalDate.of(2026, 3, 1), null, "P", "EUR", 200_00, 1_492_00);
            VendorLedgerWriter.settlePair(w, voucher, invoice, payment, 150_00);
        }));
        assertItem(openItems().get(0), "F1", -100_00, -746_00);
    }

    @Test
    void amountsAreGivenPositiveAndTheTypeGivesTheSign() {
        assertThrows(IllegalArgumentException.class, () -> ledger.inTransactionDo(w -> {
            org.hibernate.Session s = w.session();
            LedgerContext context = LedgerContext.load(w);
            Voucher voucher = VoucherPoster.open(w, context, LocalDate.of(2026, 3, 1), "X", null);
            VendorLedgerWriter.add(w, voucher, vendor(s), VendorTransactionType.INVOICE, LocalDate.of(2026, 3, 1), null, "F",
                    "EUR", -1, -1);
        }));
        assertEquals(0, TestLedgers.count(ledger, "SELECT count(*) FROM vendor_transaction"));
    }
}
