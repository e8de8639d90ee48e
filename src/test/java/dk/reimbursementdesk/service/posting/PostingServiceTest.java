package dk.reimbursementdesk.service.posting;

import static dk.reimbursementdesk.domain.CustomerTransactionType.*;
import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.*;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.posting.PostingService.CustomerTransactionRequest;
import dk.reimbursementdesk.service.posting.PostingService.JournalLine;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostingServiceTest {

    @TempDir
    Path dir;
    Ledger ledger;
    PostingService posting;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.empty(dir);
        posting = new PostingService(ledger);
        ledger.inSessionTransactionDo(s -> {
            CustomerGroup group = new CustomerGroup("RETAIL", "Retail");
            s.persist(group);
            s.persist(new Customer("C1", "One", group, "DKK", null, null, null));
            s.persist(new Customer("E1", "Euro", group, "EUR", null, null, null));
            s.persist(new ExchangeRate("EUR", LocalDate.of(2026, 1, 1), new BigDecimal("7.4600")));
            s.persist(new ExchangeRate("EUR", LocalDate.of(2026, 6, 1), new BigDecimal("7.4500")));
        });
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private void post(String customer, CustomerTransactionType type, String date, String due, String doc, String amount) {
        posting.postCustomerTransaction(new CustomerTransactionRequest(customer, type, LocalDate.parse(date),
                due == null ? null : LocalDate.parse(due), doc, new BigDecimal(amount), null));
    }

    private List<Object[]> openItems(String customer) {
        // A transaction without an open item is closed: it reads as open 0.
        return ledger.inSessionTransaction(s -> s.createSelectionQuery(
                "select t.document, coalesce(o.openAmount, 0L), coalesce(o.openAmountAcc, 0L) from CustomerTransaction t"
                        + " left join CustomerOpenItem o on o.transaction = t where t.customer.account = :a order by t.id",
                Object[].class).setParameter("a", customer).getResultList());
    }

    @Test
    void invoicePostsBalancedVoucherWithArControlAndSales() {
        post("C1", INVOICE, "2026-03-01", "2026-03-31", "INV1", "1234.50");
        List<Object[]> lines = ledger.inSessionTransaction(s -> s.createSelectionQuery(
                "select l.account.number, l.debit, l.credit from VoucherLine l order by l.id", Object[].class).getResultList());
        assertEquals(2, lines.size());
        assertArrayEquals(new Object[] {"5600", 123450L, 0L}, lines.get(0));
        assertArrayEquals(new Object[] {"1000", 0L, 123450L}, lines.get(1));
        assertTrue(new LedgerCheckService(ledger).check().allWell());
    }

    @Test
    void unbalancedJournalIsRefusedAndWritesNothing() {
        var before = TestLedgers.snapshot(ledger);
        UserException refused = assertThrows(UserException.class, () -> posting.postJournal(LocalDate.of(2026, 3, 1), "bad",
                List.of(new JournalLine("5800", new BigDecimal("100.00"), null), new JournalLine("1000", null, new BigDecimal("99.99")))));
        assertEquals("posting.unbalanced", refused.getKey());
        assertTrue(refused.getMessage().contains("100.00") && refused.getMessage().contains("99.99"), refused.getMessage());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void balancedJournalIsPosted() {
        var posted = posting.postJournal(LocalDate.of(2026, 3, 1), "ok",
                List.of(new JournalLine("5800", new BigDecimal("100.00"), null), new JournalLine("9000", null, new BigDecimal("100.00"))));
        assertEquals("V-000001", posted.voucherNumber());
    }

    @Test
    void paymentSettlesOldestDueInvoiceFirstAndLeavesRestOpen() {
        post("C1", INVOICE, "2026-03-01", "2026-04-30", "LATE-DUE", "300.00");
        post("C1", INVOICE, "2026-03-05", "2026-03-20", "EARLY-DUE", "200.00");
        post("C1", PAYMENT, "2026-03-25", null, "PAY", "250.00");
        List<Object[]> items = openItems("C1");
        assertArrayEquals(new Object[] {"LATE-DUE", 25000L, 25000L}, items.get(0));
        assertArrayEquals(new Object[] {"EARLY-DUE", 0L, 0L}, items.get(1));
        assertArrayEquals(new Object[] {"PAY", 0L, 0L}, items.get(2));
        assertTrue(new LedgerCheckService(ledger).check().allWell());
    }

    @Test
    void overpaymentLeavesCreditOpen() {
        post("C1", INVOICE, "2026-03-01", null, "INV", "1000.00");
        post("C1", PAYMENT, "2026-03-10", null, "PAY", "1250.00");
        assertArrayEquals(new Object[] {"PAY", -25000L, -25000L}, openItems("C1").get(1));
        assertTrue(new LedgerCheckService(ledger).check().allWell());
    }

    @Test
    void foreignSettlementAtDifferentRatePostsRealizedExchangeDifference() {
        post("E1", INVOICE, "2026-03-01", null, "INV", "100.00");   // 746.00 DKK
        post("E1", PAYMENT, "2026-07-01", null, "PAY", "100.00");   // 745.00 DKK: 1.00 DKK loss
        List<Object[]> fx = ledger.inSessionTransaction(s -> s.createSelectionQuery(
                "select l.account.number, l.debit, l.credit from VoucherLine l where l.voucher.number = 'V-000002' order by l.id",
                Object[].class).getResultList());
        assertTrue(fx.stream().anyMatch(l -> l[0].equals("3650") && l[1].equals(100L)), "loss debited 1.00");
        assertTrue(fx.stream().anyMatch(l -> l[0].equals("5600") && l[2].equals(100L)), "AR control credited 1.00");
        assertTrue(new LedgerCheckService(ledger).check().allWell());
    }

    @Test
    void partialForeignSettlementKeepsProportionalAccountingAmount() {
        post("E1", INVOICE, "2026-03-01", null, "INV", "100.00");   // 746.00 DKK
        post("E1", PAYMENT, "2026-07-01", null, "PAY", "33.33");    // settles 33.33 EUR of it
        Object[] invoice = openItems("E1").get(0);
        assertEquals(6667L, invoice[1]);
        // 746.00 x 66.67 / 100 = 497.3582 -> 497.36
        assertEquals(49736L, invoice[2]);
        assertTrue(new LedgerCheckService(ledger).check().allWell());
    }

    @Test
    void foreignPostingWithoutValidRateIsRefused() {
        var before = TestLedgers.snapshot(ledger);
        UserException refused = assertThrows(UserException.class, () -> post("E1", INVOICE, "2025-12-31", null, "INV", "10.00"));
        assertEquals("rate.missing", refused.getKey());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void overPreciseAmountIsRefused() {
        UserException refused = assertThrows(UserException.class, () -> post("C1", INVOICE, "2026-03-01", null, "INV", "10.001"));
        assertEquals("amount.tooPrecise", refused.getKey());
    }

    @Test
    void unknownCustomerIsRefused() {
        UserException refused = assertThrows(UserException.class, () -> post("NOPE", INVOICE, "2026-03-01", null, "INV", "10.00"));
        assertEquals("customer.unknown", refused.getKey());
    }
}
