package dk.reimbursementdesk.service.payment;

import static dk.reimbursementdesk.service.payment.Pain002Builder.tx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.service.payment.status.BankStatusText;
import dk.reimbursementdesk.service.payment.status.StatusImport;
import dk.reimbursementdesk.service.payment.status.StatusImport.Effect;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService;
import dk.reimbursementdesk.testing.Pain001Schemas;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pain.002 round trips: a payment file written, the bank's answer built in the test with one
 * rejected and two accepted transfers, imported, the ledger checked, imported again.
 */
class BankStatusServiceTest {

    static final LocalDate PAY_DATE = LocalDate.of(2026, 11, 16);

    @TempDir
    Path dir;
    Ledger ledger;
    PaymentService payments;
    BankStatusService status;
    PaymentRun run;
    WrittenFile written;
    String eur;
    String dkkFirst;
    String dkkSecond;

    @BeforeEach
    void setUp() throws Exception {
        ledger = TestLedgers.demo(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-11-16T09:30:15Z"), ZoneOffset.UTC);
        payments = new PaymentService(ledger, clock);
        status = new BankStatusService(ledger, clock);
        LocalDate reimbursed = LocalDate.of(2026, 11, 2);
        eur = ReimbursementFixture.reimburse(ledger, "C0004", "EUR", reimbursed);
        dkkFirst = ReimbursementFixture.reimburse(ledger, "C0001", "DKK", reimbursed);
        dkkSecond = ReimbursementFixture.reimburse(ledger, "C0008", "DKK", reimbursed);
        List<Long> all = payments.openInvoices(OpenInvoiceQuery.all()).stream()
                .filter(i -> !i.reimbursements().isEmpty()).map(OpenInvoice::transactionId).toList();
        run = payments.post(all, PAY_DATE, false);
        Path file = dir.resolve("pain001.xml");
        written = payments.exportFile(run.batch().id(), Pain001Version.V09, file);
        Pain001Schemas.assertValid(file);
    }

    @AfterEach
    void tearDown() {
        assertLedgerCheckHolds();
        ledger.close();
    }

    private void assertLedgerCheckHolds() {
        LedgerCheckService.Report report = new LedgerCheckService(ledger).check();
        assertTrue(report.allWell(), () -> String.join("\n", report.findings()));
    }

    private PostedPayment paymentOf(String reimbursement) {
        return run.payments().stream().filter(p -> p.reimbursements().contains(reimbursement)).findFirst().orElseThrow();
    }

    private Path report(String name, String xml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, xml);
        return file;
    }

    private ReimbursementStatus statusOf(String reimbursement) {
        return ledger.inSessionTransaction(s -> s.createSelectionQuery(
                "select r.status from Reimbursement r where r.number = :n", ReimbursementStatus.class)
                .setParameter("n", reimbursement).getSingleResult());
    }

    private Path oneRejectedTwoAccepted(String messageId) throws Exception {
        return report(messageId + ".xml", new Pain002Builder(messageId, written.messageId())
                .group("PART", null)
                .block(written.messageId() + "-1", null, null,
                        tx(paymentOf(eur).endToEndId(), "RJCT", "AC04", "Closed account"),
                        tx(paymentOf(dkkFirst).endToEndId(), "ACSC"),
                        tx(paymentOf(dkkSecond).endToEndId(), "ACCP"))
                .v10());
    }

    @Test
    void aRejectedTransferIsReversedAtTheOriginalRateAndItsReimbursementIsOpenAgain() throws Exception {
        PostedPayment rejected = paymentOf(eur);
        long bankBefore = bankBalanceMinor();

        StatusImport result = status.importFile(oneRejectedTwoAccepted("STS-1"));

        assertEquals(List.of(Effect.REJECTED, Effect.CONFIRMED, Effect.CONFIRMED),
                result.lines().stream().map(StatusImport.Line::effect).toList());
        assertEquals("AC04 Closed account", result.lines().get(0).reason());
        assertEquals(ReimbursementStatus.OPEN, statusOf(eur));
        assertEquals(ReimbursementStatus.PAID, statusOf(dkkFirst));
        assertEquals(ReimbursementStatus.PAID, statusOf(dkkSecond));
        // Dr bank, Cr AP control with the payment's own accounting amount: the money is back as it left.
        assertEquals(bankBefore + rejected.amountAcc().minorUnits(), bankBalanceMinor());
        String voucher = result.lines().get(0).voucher();
        assertEquals(1, TestLedgers.count(ledger, "SELECT count(*) FROM voucher v JOIN voucher o ON o.id = v.reverses_voucher_id "
                + "WHERE v.number = '" + voucher + "' AND o.number = '" + rejected.voucherNumber() + "'"));
        // The vendor invoice is open again, so it can be paid once the vendor's IBAN is right.
        List<OpenInvoice> open = payments.openInvoices(OpenInvoiceQuery.all());
        assertTrue(open.stream().anyMatch(i -> i.reimbursements().contains(eur)), open.toString());
        Map<String, ?> journal = status.latestOfBatch(run.batch().id());
        assertEquals(3, journal.size());
        assertLedgerCheckHolds();
    }

    @Test
    void anImportThatPostsAppendsOneAuditEntryNamingTheRejectionVoucherAndAnAlreadyImportedOneNone() throws Exception {
        dk.reimbursementdesk.service.audit.AuditLog audit = new dk.reimbursementdesk.service.audit.AuditLog(ledger);
        long before = audit.count();
        Path file = oneRejectedTwoAccepted("STS-1");

        StatusImport result = status.importFile(file);
        status.importFile(file);

        assertEquals(before + 1, audit.count());
        var entry = audit.page((int) before, 1).get(0);
        assertEquals("bank-status-import", entry.action());
        assertEquals("file=STS-1.xml; message_id=STS-1; original_message_id=" + written.messageId(), entry.parameters());
        assertEquals("transactions=3; rejected=1; confirmed=2; pending=0", entry.counts());
        assertTrue(entry.created().endsWith("; vouchers=" + result.lines().get(0).voucher()), entry.created());
        assertTrue(audit.verify().intact());
    }

    @Test
    void importingTheSameReportAgainChangesNothingAndSaysSo() throws Exception {
        Path file = oneRejectedTwoAccepted("STS-1");
        status.importFile(file);
        var before = TestLedgers.snapshot(ledger);

        StatusImport again = status.importFile(file);

        assertTrue(again.alreadyImported());
        assertEquals(3, again.lines().size());
        assertEquals("Status report STS-1 was already imported on 16/11/2026, 09:30; nothing changed.",
                BankStatusText.summary(Locale.UK, again), "when, as the language writes it");
        assertEquals("Statusrapport STS-1 blev allerede importeret 16.11.2026 09.30; intet blev ændret.",
                BankStatusText.summary(Locale.forLanguageTag("da-DK"), again));
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void aSecondReportWithTheSameStatusesLeavesEveryPaymentAlone() throws Exception {
        status.importFile(oneRejectedTwoAccepted("STS-1"));
        long vouchers = TestLedgers.count(ledger, "SELECT count(*) FROM voucher");

        StatusImport second = status.importFile(oneRejectedTwoAccepted("STS-2"));

        assertEquals(List.of(Effect.UNCHANGED, Effect.UNCHANGED, Effect.UNCHANGED),
                second.lines().stream().map(StatusImport.Line::effect).toList());
        assertEquals(vouchers, TestLedgers.count(ledger, "SELECT count(*) FROM voucher"));
    }

    @Test
    void aRejectedReimbursementCanBePaidAgainOrReversed() throws Exception {
        status.importFile(oneRejectedTwoAccepted("STS-1"));
        List<Long> reopened = payments.openInvoices(OpenInvoiceQuery.all()).stream()
                .filter(i -> i.reimbursements().contains(eur)).map(OpenInvoice::transactionId).toList();

        payments.post(reopened, PAY_DATE.plusDays(2), false);

        assertEquals(ReimbursementStatus.PAID, statusOf(eur));
    }

    @Test
    void theReimbursementListCarriesTheBanksReasonUntilTheRefundIsPaidAgain() throws Exception {
        var list = new ReimbursementListService(ledger);
        status.importFile(oneRejectedTwoAccepted("STS-1"));

        Map<String, String> rejections = new HashMap<>();
        list.page(ReimbursementListService.Filter.any(), null, true, 0, 100)
                .forEach(row -> rejections.put(row.number(), row.bankRejection()));
        assertEquals("AC04 Closed account", rejections.get(eur));
        assertEquals(null, rejections.get(dkkFirst), "an accepted payment's reimbursement is plainly paid");
        assertEquals(null, rejections.get(dkkSecond));

        List<Long> reopened = payments.openInvoices(OpenInvoiceQuery.all()).stream()
                .filter(i -> i.reimbursements().contains(eur)).map(OpenInvoice::transactionId).toList();
        payments.post(reopened, PAY_DATE.plusDays(2), false);
        assertTrue(list.page(ReimbursementListService.Filter.any(), null, true, 0, 100)
                .stream().noneMatch(row -> row.rejectedByBank()), "paid again: the rejection is history");
    }

    @Test
    void thePaymentJournalShowsTheReopenedInvoiceAsRejectedByTheBankUntilItIsPaidAgain() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        try {
            status.importFile(oneRejectedTwoAccepted("STS-1"));
            OpenInvoiceQuery reimbursements = new OpenInvoiceQuery(OpenInvoiceQuery.all().vendors(), null, null, true);
            List<OpenInvoice> open = payments.openInvoicePage(reimbursements, 0, 100).rows();
            assertEquals(List.of("Open, rejected by bank: AC04 Closed account"), open.stream()
                    .filter(i -> i.reimbursements().contains(eur)).map(OpenInvoice::bankStatus).toList());
            assertTrue(open.stream().filter(i -> !i.reimbursements().contains(eur)).allMatch(i -> i.bankStatus().isEmpty()),
                    "only the invoice whose payment the bank sent back says so");

            payments.post(open.stream().filter(i -> i.reimbursements().contains(eur)).map(OpenInvoice::transactionId).toList(),
                    PAY_DATE.plusDays(2), false);
            assertTrue(payments.openInvoicePage(reimbursements, 0, 100).rows().stream().noneMatch(i -> i.reimbursements().contains(eur)),
                    "paid again: no longer open");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aGroupRejectionWithoutTransactionsRejectsEveryPaymentOfTheFile() throws Exception {
        StatusImport result = status.importFile(report("grp.xml",
                new Pain002Builder("STS-G", written.messageId()).group("RJCT", "FF01").v03()));

        assertEquals(run.payments().size(), result.lines().size());
        assertTrue(result.lines().stream().allMatch(l -> l.effect() == Effect.REJECTED && l.reason().equals("FF01")));
        assertEquals(ReimbursementStatus.OPEN, statusOf(dkkFirst));
        assertEquals("pain.002.001.03", result.messageName());
    }

    @Test
    void anAcceptanceAfterARejectionIsRefusedAndNothingChanges() throws Exception {
        status.importFile(oneRejectedTwoAccepted("STS-1"));
        var before = TestLedgers.snapshot(ledger);
        Path late = report("late.xml", new Pain002Builder("STS-3", written.messageId())
                .block(written.messageId() + "-1", null, null, tx(paymentOf(eur).endToEndId(), "ACSC")).v10());

        UserException refused = assertThrows(UserException.class, () -> status.importFile(late));

        assertEquals("status.afterRejection", refused.getKey());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void aReportForAnotherLedgerOrNotAReportAtAllIsRefusedWithASentence() throws Exception {
        var before = TestLedgers.snapshot(ledger);
        Path stranger = report("stranger.xml", new Pain002Builder("STS-X", "OTHER-MSG")
                .block("OTHER-MSG-1", null, null, tx("NOT-OURS-1", "RJCT")).v10());
        UserException refused = assertThrows(UserException.class, () -> status.importFile(stranger));
        assertEquals("The payment status report STS-X answers message OTHER-MSG, which names no payment of this ledger. "
                + "Nothing was changed.", refused.format(Locale.ENGLISH));

        Path mixed = report("mixed.xml", new Pain002Builder("STS-Y", written.messageId())
                .block(written.messageId() + "-1", null, null, tx(paymentOf(eur).endToEndId(), "RJCT"), tx("NOT-OURS-1", "RJCT")).v10());
        assertEquals("status.unknownEndToEnd", assertThrows(UserException.class, () -> status.importFile(mixed)).getKey());

        UserException notPain002 = assertThrows(UserException.class, () -> status.importFile(dir.resolve("pain001.xml")));
        assertEquals("The file is not a payment status report: a pain.002.001.10 or pain.002.001.03 document was expected.",
                notPain002.format(Locale.ENGLISH));
        Path garbage = report("garbage.xml", "this is not xml");
        assertEquals("status.notXml", assertThrows(UserException.class, () -> status.importFile(garbage)).getKey());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    private long bankBalanceMinor() {
        return TestLedgers.count(ledger, "SELECT coalesce(sum(l.debit) - sum(l.credit), 0) FROM voucher_line l "
                + "WHERE l.account_id = (SELECT bank_account_id FROM parameters WHERE id = 1)");
    }
}
