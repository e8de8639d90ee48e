package dk.reimbursementdesk.service.payment;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.ExchangeRate;
import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.Reimbursement;
import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.query.VendorQueryFields;
import dk.reimbursementdesk.service.query.WhereParser;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentServiceTest {

    static final LocalDate REIMBURSED = LocalDate.of(2026, 11, 2);
    static final LocalDate PAY_DATE = LocalDate.of(2026, 11, 16);

    @TempDir
    Path dir;
    Ledger ledger;
    PaymentService payments;

    @BeforeEach
    void setUp() {
        ledger = TestLedgers.demo(dir);
        payments = new PaymentService(ledger);
        // The euro moves between reimbursement and payment, so euro payments realize an exchange loss.
        ledger.inSessionTransactionDo(s -> s.persist(new ExchangeRate("EUR", LocalDate.of(2026, 11, 10), new BigDecimal("7.4700"))));
    }

    @AfterEach
    void tearDown() {
        assertLedgerChecks();
        ledger.close();
    }

    private void assertLedgerChecks() {
        LedgerCheckService.Report report = new LedgerCheckService(ledger).check();
        assertTrue(report.allWell(), () -> String.join("\n", report.findings()));
    }

    private List<OpenInvoice> open(String where) {
        return payments.openInvoices(new OpenInvoiceQuery(WhereParser.parse(where, VendorQueryFields.CATALOG), null, null, false));
    }

    private List<Long> ids(List<OpenInvoice> rows) {
        return rows.stream().map(OpenInvoice::transactionId).toList();
    }

    private long scalar(String sql) {
        return TestLedgers.count(ledger, sql);
    }

    private ReimbursementStatus status(String number) {
        return ledger.inSessionTransaction(s -> s.createSelectionQuery("from Reimbursement where number = :n", Reimbursement.class)
                .setParameter("n", number).getSingleResult().getStatus());
    }

    @Test
    void pagesReadInSqlFollowTheListOrderAndCountAndTotalEveryOpenInvoice() {
        for (int i = 1; i <= 7; i++) {
            // Several invoices of one vendor on the same due date: the id decides their order.
            ReimbursementFixture.vendorInvoice(ledger, i % 2 == 0 ? "V0100" : "V0101", i % 3 == 0 ? "EUR" : "DKK", (100 + i) + ".00",
                    LocalDate.of(2026, 10, 1 + i % 2), "P-" + i);
        }
        OpenInvoiceQuery all = OpenInvoiceQuery.all();
        List<OpenInvoice> whole = payments.openInvoices(all);
        assertTrue(whole.size() > 6, "open invoices: " + whole.size());

        List<Long> paged = new java.util.ArrayList<>();
        for (int index = 0; index * 3 < whole.size(); index++) {
            OpenInvoicePage page = payments.openInvoicePage(all, index, 3);
            assertEquals(index, page.index());
            assertEquals(whole.size(), page.summary().count());
            paged.addAll(ids(page.rows()));
        }
        assertEquals(ids(whole), paged, "the pages, one after the other, are the list in its order");

        OpenInvoicePage past = payments.openInvoicePage(all, 99, 3);
        assertEquals((whole.size() - 1) / 3, past.index(), "a page past the end is the last one");
        assertEquals(ids(whole.subList(past.index() * 3, whole.size())), ids(past.rows()));

        Map<String, BigDecimal> owed = new java.util.TreeMap<>();
        whole.forEach(i -> owed.merge(i.openAmount().currency(), i.openAmount().amount(), BigDecimal::add));
        assertEquals(owed.entrySet().stream().map(e -> e.getValue().toPlainString() + " " + e.getKey()).toList(),
                past.summary().totals().stream().map(m -> m.amount().toPlainString() + " " + m.currency()).toList());
    }

    @Test
    void payingPartOfAVendorsInvoicesSettlesThoseInFullAndLeavesTheRestOpen() {
        long a = ReimbursementFixture.vendorInvoice(ledger, "V0100", "DKK", "1000.00", LocalDate.of(2026, 10, 1), "K-100");
        long b = ReimbursementFixture.vendorInvoice(ledger, "V0100", "DKK", "250.50", LocalDate.of(2026, 10, 5), "K-101");
        long c = ReimbursementFixture.vendorInvoice(ledger, "V0100", "DKK", "99.95", LocalDate.of(2026, 10, 9), "K-102");
        assertLedgerChecks();

        PaymentRun run = payments.post(List.of(a, c), PAY_DATE, false);

        assertEquals(1, run.payments().size());
        PostedPayment payment = run.payments().get(0);
        assertEquals(Money.ofMinor(1099_95, "DKK", 2), payment.amount());
        assertEquals(Money.ofMinor(1099_95, "DKK", 2), payment.amountAcc());
        assertEquals(List.of("K-100", "K-102"), payment.invoiceDocuments());
        assertEquals("Invoice K-100, K-102", payment.remittance());
        assertEquals(List.of(b), ids(open("account=V0100")));
        assertEquals(0, scalar("SELECT open_amount FROM vendor_transaction WHERE id = " + a));
        assertEquals(-250_50, scalar("SELECT open_amount FROM vendor_transaction WHERE id = " + b));
        assertEquals(0, scalar("SELECT open_amount FROM vendor_transaction WHERE type = 'PAYMENT'"));
        // Dr AP control, Cr bank, nothing else: DKK has no exchange difference.
        assertEquals(1099_95, scalar("SELECT sum(l.debit) FROM voucher_line l JOIN ledger_account a ON a.id = l.account_id "
                + "JOIN payment p ON p.voucher_id = l.voucher_id WHERE a.number = '6800'"));
        assertEquals(1099_95, scalar("SELECT sum(l.credit) FROM voucher_line l JOIN ledger_account a ON a.id = l.account_id "
                + "JOIN payment p ON p.voucher_id = l.voucher_id WHERE a.number = '5800'"));
        assertEquals(2, scalar("SELECT count(*) FROM voucher_line l JOIN payment p ON p.voucher_id = l.voucher_id"));
        assertEquals(4, scalar("SELECT count(*) FROM vendor_settlement s JOIN payment p ON p.voucher_id = s.voucher_id"));
        assertEquals(2, scalar("SELECT count(*) FROM payment_invoice"));
    }

    @Test
    void twoCurrenciesInOneBatchGiveOnePaymentPerVendorAndCurrencyWithTotalsPerCurrency() {
        String dkk = ReimbursementFixture.reimburse(ledger, "C0001", "DKK", REIMBURSED);
        String eur = ReimbursementFixture.reimburse(ledger, "C0004", "EUR", REIMBURSED);
        long fleurA = ReimbursementFixture.vendorInvoice(ledger, "V0002", "EUR", "40.00", LocalDate.of(2026, 10, 20), "F-1");
        long fleurB = ReimbursementFixture.vendorInvoice(ledger, "V0002", "EUR", "60.25", LocalDate.of(2026, 10, 21), "F-2");
        long fleurDkk = ReimbursementFixture.vendorInvoice(ledger, "V0002", "DKK", "500.00", LocalDate.of(2026, 10, 21), "F-3");
        List<Long> all = ids(payments.openInvoices(OpenInvoiceQuery.all()));

        PaymentProposal proposal = payments.propose(all, PAY_DATE);
        assertEquals(4, proposal.payments().size());
        assertEquals(List.of(Money.ofMinor(250_00 + 500_00, "DKK", 2), Money.ofMinor(150_00 + 100_25, "EUR", 2)), proposal.totals());
        assertTrue(proposal.leftOut().isEmpty());

        PaymentRun run = payments.post(all, PAY_DATE, false);

        List<String> byVendorAndCurrency = run.payments().stream()
                .map(p -> p.vendorAccount() + " " + p.amount()).toList();
        assertEquals(List.of("OTV-000001 150.00 EUR", "V0001 250.00 DKK", "V0002 500.00 DKK", "V0002 100.25 EUR"),
                byVendorAndCurrency);
        assertEquals(proposal.totals(), run.batch().totals());
        assertEquals(4, run.batch().paymentCount());
        PostedPayment fleurEur = run.payments().get(3);
        assertEquals(List.of("F-1", "F-2"), fleurEur.invoiceDocuments());
        // 100.25 EUR at 7.4700 on the payment date.
        assertEquals(Money.ofMinor(748_87, "DKK", 2), fleurEur.amountAcc());
        PostedPayment euroReimbursement = run.payments().get(0);
        assertEquals(List.of(eur), euroReimbursement.reimbursements());
        assertEquals("Refund " + eur, euroReimbursement.remittance());
        assertEquals(List.of(dkk), run.payments().get(1).reimbursements());
        // Booked at 7.4525, paid at 7.4700: the euro invoices cost more, an exchange loss on the payment voucher.
        long invoicesAcc = 1117_88 + 298_10 + 449_01; // 150.00, 40.00 and 60.25 EUR at 7.4525
        long paidAcc = 1120_50 + 748_87;
        assertEquals(paidAcc - invoicesAcc, scalar("SELECT sum(l.debit) FROM voucher_line l JOIN ledger_account a ON "
                + "a.id = l.account_id JOIN payment p ON p.voucher_id = l.voucher_id WHERE a.number = '3650'"));
        assertEquals(paidAcc - invoicesAcc, scalar("SELECT sum(l.credit) FROM voucher_line l JOIN ledger_account a ON "
                + "a.id = l.account_id JOIN payment p ON p.voucher_id = l.voucher_id WHERE a.number = '6800'"));
        assertTrue(open("").isEmpty());
        assertEquals(0, scalar("SELECT count(*) FROM vendor_transaction WHERE id IN (" + fleurA + "," + fleurB + "," + fleurDkk
                + ") AND open_amount <> 0"));
    }

    @Test
    void aVendorWithoutIbanRefusesTheWholeBatchAndWritesNothing() {
        ReimbursementFixture.reimburse(ledger, "C0001", "DKK", REIMBURSED);
        String noIban = ReimbursementFixture.reimburse(ledger, "C0002", "DKK", REIMBURSED);
        List<OpenInvoice> rows = payments.openInvoices(OpenInvoiceQuery.all());
        OpenInvoice otv = rows.stream().filter(r -> r.vendorAccount().equals("OTV-000001")).findFirst().orElseThrow();
        assertFalse(otv.payable());
        assertEquals("Vendor OTV-000001 Møller & Søn A/S has no IBAN. Add it on the vendor, or leave the vendor out.",
                otv.accountProblem());
        PaymentProposal proposal = payments.propose(ids(rows), PAY_DATE);
        assertEquals(1, proposal.payments().size());
        assertEquals(List.of("OTV-000001"), proposal.leftOut().stream().map(VendorProblem::vendorAccount).toList());
        Map<String, List<String>> before = TestLedgers.snapshot(ledger);

        InvalidVendorsException refused = assertThrows(InvalidVendorsException.class,
                () -> payments.post(ids(rows), PAY_DATE, false));

        assertEquals(List.of("OTV-000001"), refused.vendors().stream().map(VendorProblem::vendorAccount).toList());
        assertEquals("One vendor cannot be paid, so nothing was posted. Fix the vendor or leave it out. "
                + otv.accountProblem(), refused.format(Locale.ENGLISH));
        assertTrue(refused.format(Locale.forLanguageTag("da")).startsWith("En kreditor kan ikke betales, så intet blev bogført."));
        assertEquals(before, TestLedgers.snapshot(ledger));
        assertLedgerChecks();

        PaymentRun run = payments.post(ids(rows), PAY_DATE, true);

        assertEquals(1, run.payments().size());
        assertEquals("V0001", run.payments().get(0).vendorAccount());
        assertEquals(List.of("OTV-000001"), run.skipped().stream().map(VendorProblem::vendorAccount).toList());
        assertEquals(ReimbursementStatus.OPEN, status(noIban));
        assertEquals(1, open("").size());
    }

    @Test
    void aMissingBicIsFineButAMalformedBicIsRefused() {
        long jensen = ReimbursementFixture.vendorInvoice(ledger, "V0003", "DKK", "120.00", LocalDate.of(2026, 10, 5), "J-1");
        long kontor = ReimbursementFixture.vendorInvoice(ledger, "V0100", "DKK", "10.00", LocalDate.of(2026, 10, 5), "K-1");
        TestLedgers.execute(ledger, "UPDATE vendor SET bic = 'NDEA-DK' WHERE account = 'V0100'");
        Map<String, List<String>> before = TestLedgers.snapshot(ledger);

        InvalidVendorsException refused = assertThrows(InvalidVendorsException.class,
                () -> payments.post(List.of(jensen, kontor), PAY_DATE, false));
        assertEquals("The BIC \"NDEA-DK\" of vendor V0100 Kontorland A/S is not valid: a BIC has 8 or 11 letters and digits, "
                + "such as DABADKKK. Correct or remove it on the vendor, or leave the vendor out.",
                refused.vendors().get(0).sentence());
        assertEquals(before, TestLedgers.snapshot(ledger));

        PaymentRun run = payments.post(List.of(jensen), PAY_DATE, false);
        assertNull(run.payments().get(0).creditorBic());
    }

    @Test
    void aReimbursementBecomesPaidWhenItsVendorInvoiceIsPaidAndThenRefusesReversal() {
        String number = ReimbursementFixture.reimburse(ledger, "C0008", "DKK", REIMBURSED);
        assertEquals(ReimbursementStatus.OPEN, status(number));
        List<OpenInvoice> rows = payments.openInvoices(new OpenInvoiceQuery(
                WhereParser.parse("", VendorQueryFields.CATALOG), "DKK", REIMBURSED, true));
        assertEquals(1, rows.size());
        assertEquals(List.of(number), rows.get(0).reimbursements());
        assertEquals("C0008", rows.get(0).customerAccount());
        assertEquals("Jensen Cykler", rows.get(0).customerName());

        payments.post(ids(rows), PAY_DATE, false);

        assertEquals(ReimbursementStatus.PAID, status(number));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ledger.inSessionTransactionDo(s ->
                s.createSelectionQuery("from Reimbursement where number = :n", Reimbursement.class)
                        .setParameter("n", number).getSingleResult().markReversed(null)));
        assertTrue(refused.getMessage().contains("PAID"));
        assertEquals(ReimbursementStatus.PAID, status(number));
    }

    @Test
    void theOpenInvoiceListFiltersByVendorGroupCurrencyDueDateAndReimbursement() {
        ReimbursementFixture.reimburse(ledger, "C0001", "DKK", REIMBURSED);
        ReimbursementFixture.reimburse(ledger, "C0011", "SEK", REIMBURSED);
        ReimbursementFixture.vendorInvoice(ledger, "V0100", "DKK", "10.00", LocalDate.of(2026, 12, 1), "K-1");

        assertEquals(3, payments.openInvoices(OpenInvoiceQuery.all()).size());
        assertEquals(List.of("V0100"), open("group=SUPPLIERS").stream().map(OpenInvoice::vendorAccount).toList());
        assertEquals(List.of("OTV-000001"), payments.openInvoices(new OpenInvoiceQuery(
                WhereParser.parse("", VendorQueryFields.CATALOG), "sek", null, false)).stream().map(OpenInvoice::vendorAccount).toList());
        assertEquals(2, payments.openInvoices(new OpenInvoiceQuery(
                WhereParser.parse("", VendorQueryFields.CATALOG), null, LocalDate.of(2026, 11, 30), false)).size());
        assertEquals(2, payments.openInvoices(new OpenInvoiceQuery(
                WhereParser.parse("", VendorQueryFields.CATALOG), null, null, true)).size());
    }

    @Test
    void payVendorsPaysEveryOpenInvoiceOfTheSelectedVendorsOnly() {
        ReimbursementFixture.reimburse(ledger, "C0001", "DKK", REIMBURSED);
        ReimbursementFixture.vendorInvoice(ledger, "V0001", "DKK", "75.00", LocalDate.of(2026, 10, 5), "B-1");
        ReimbursementFixture.vendorInvoice(ledger, "V0100", "DKK", "10.00", LocalDate.of(2026, 10, 5), "K-1");

        PaymentRun run = payments.payVendors(WhereParser.parse("account=V0001", VendorQueryFields.CATALOG), PAY_DATE, false);

        assertEquals(1, run.payments().size());
        assertEquals(Money.ofMinor(325_00, "DKK", 2), run.payments().get(0).amount());
        assertEquals("Refund RB-000001; Invoice B-1", run.payments().get(0).remittance());
        assertEquals(List.of("V0100"), open("").stream().map(OpenInvoice::vendorAccount).toList());
        UserException nothing = assertThrows(UserException.class,
                () -> payments.payVendors(WhereParser.parse("account=V0001", VendorQueryFields.CATALOG), PAY_DATE, false));
        assertEquals("payment.nothingOpen", nothing.getKey());
    }

    @Test
    void payVendorsWithSkipInvalidNamesTheVendorsLeftOut() {
        ReimbursementFixture.reimburse(ledger, "C0001", "DKK", REIMBURSED);
        ReimbursementFixture.reimburse(ledger, "C0002", "DKK", REIMBURSED);

        InvalidVendorsException refused = assertThrows(InvalidVendorsException.class,
                () -> payments.payVendors(WhereParser.parse("", VendorQueryFields.CATALOG), PAY_DATE, false));
        assertEquals(1, refused.vendors().size());

        PaymentRun run = payments.payVendors(WhereParser.parse("", VendorQueryFields.CATALOG), PAY_DATE, true);
        assertEquals(List.of("V0001"), run.payments().stream().map(PostedPayment::vendorAccount).toList());
        assertEquals(List.of("OTV-000001"), run.skipped().stream().map(VendorProblem::vendorAccount).toList());
    }

    @Test
    void onlyInvalidVendorsSelectedPostsNothingEvenWhenSkipping() {
        long id = ReimbursementFixture.vendorInvoice(ledger, "V0101", "DKK", "10.00", LocalDate.of(2026, 10, 5), "P-1");
        Map<String, List<String>> before = TestLedgers.snapshot(ledger);
        UserException refused = assertThrows(UserException.class, () -> payments.post(List.of(id), PAY_DATE, true));
        assertEquals("payment.nothingToPay", refused.getKey());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void aMissingCompanyBankIbanRefusesPostingWithASentence() {
        long id = ReimbursementFixture.vendorInvoice(ledger, "V0100", "DKK", "10.00", LocalDate.of(2026, 10, 5), "K-1");
        ledger.inSessionTransactionDo(s -> s.find(Parameters.class, Parameters.SINGLETON_ID).setBankIban(null));
        Map<String, List<String>> before = TestLedgers.snapshot(ledger);

        UserException refused = assertThrows(UserException.class, () -> payments.post(List.of(id), PAY_DATE, false));

        assertEquals("The company's bank account has no IBAN. Add it on the parameters before paying.",
                refused.format(Locale.ENGLISH));
        assertNotNull(payments.propose(List.of(id), PAY_DATE).bankProblem());
        assertFalse(payments.propose(List.of(id), PAY_DATE).postable());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void anInvoiceAlreadyPaidCannotBePaidAgain() {
        long id = ReimbursementFixture.vendorInvoice(ledger, "V0100", "DKK", "10.00", LocalDate.of(2026, 10, 5), "K-1");
        payments.post(List.of(id), PAY_DATE, false);
        Map<String, List<String>> before = TestLedgers.snapshot(ledger);

        UserException refused = assertThrows(UserException.class, () -> payments.post(List.of(id), PAY_DATE, false));

        assertEquals("One selected invoice is no longer open; refresh the list and select again.", refused.format(Locale.ENGLISH));
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void aMissingExchangeRateOnThePaymentDateRefusesTheWholeBatch() {
        ReimbursementFixture.reimburse(ledger, "C0001", "DKK", REIMBURSED);
        ReimbursementFixture.vendorInvoice(ledger, "V0002", "EUR", "20.00", LocalDate.of(2026, 10, 5), "F-1");
        Map<String, List<String>> before = TestLedgers.snapshot(ledger);

        // The demo's first euro rate is valid from 2026-01-01.
        UserException refused = assertThrows(UserException.class,
                () -> payments.post(ids(payments.openInvoices(OpenInvoiceQuery.all())), LocalDate.of(2025, 12, 31), false));

        assertEquals("rate.missing", refused.getKey());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void postedBatchesAreListedNewestFirst() {
        long a = ReimbursementFixture.vendorInvoice(ledger, "V0100", "DKK", "10.00", LocalDate.of(2026, 10, 5), "K-1");
        long b = ReimbursementFixture.vendorInvoice(ledger, "V0002", "EUR", "20.00", LocalDate.of(2026, 10, 5), "F-1");
        payments.post(List.of(a), PAY_DATE, false);
        payments.post(List.of(b), PAY_DATE.plusDays(1), false);

        List<PaymentBatchSummary> batches = payments.batches();

        assertEquals(List.of("PB-000002", "PB-000001"), batches.stream().map(PaymentBatchSummary::number).toList());
        assertEquals(List.of(Money.ofMinor(20_00, "EUR", 2)), batches.get(0).totals());
        assertEquals(PAY_DATE.plusDays(1), batches.get(0).paymentDate());
        assertEquals("DK5814700000987654", batches.get(0).bankIban());
        assertEquals("DABADKKK", batches.get(0).bankBic());
        assertNull(batches.get(0).filePath());
        assertEquals(0, batches.get(0).exportCount());
    }
}
