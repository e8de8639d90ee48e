package dk.reimbursementdesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.gl.TrialBalance;
import dk.reimbursementdesk.service.gl.TrialBalanceRow;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.query.VendorQueryFields;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import dk.reimbursementdesk.service.payment.PaymentRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports on the demo ledger, reimbursed on 2026-11-24 and paid on 2026-11-25, read back with
 * PDFBox: every amount and total on them is compared with the ledger's own rows.
 */
class ReportServiceTest {

    private static final Locale ENGLISH = Locale.UK;
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 24);
    private static final Map<ReimbursementStatus, String> STATUS = Map.of(ReimbursementStatus.OPEN, "Open",
            ReimbursementStatus.PAID, "Paid", ReimbursementStatus.REVERSED, "Reversed");

    // One ledger for the class: every report only reads it.
    @TempDir
    static Path dir;
    static Ledger ledger;
    static Services services;
    static RunResult run;
    static PaymentRun payment;

    @BeforeAll
    static void reimbursedAndPaid() {
        ledger = TestLedgers.demo(dir);
        services = new Services(ledger);
        run = services.reimbursement().run(new ReimbursementRequest(RUN_DATE, true, Selection.all(CustomerQueryFields.CATALOG)),
                RunProgress.NONE);
        payment = services.payments().payVendors(Selection.all(VendorQueryFields.CATALOG), LocalDate.of(2026, 11, 25), true);
    }

    @AfterAll
    static void close() {
        ledger.close();
    }

    private static List<ReimbursementListService.Row> ledgerRows() {
        return services.reimbursementList().page(ReimbursementListService.Filter.any(), ReimbursementListService.SortColumn.NUMBER,
                true, 0, 1_000);
    }

    private static String amount(BigDecimal value, Locale locale) {
        return new ReportFormats(locale).amount(value);
    }

    @Test
    void theRunReportHasEveryReimbursementOfTheLedgerOnItsOwnLineAndItsTotals() throws Exception {
        Path pdf = dir.resolve("run.pdf");
        services.reports().runReport(run.runId(), pdf, ENGLISH);

        PdfText text = PdfText.of(pdf);
        List<ReimbursementListService.Row> rows = ledgerRows();
        assertEquals(run.reimbursements(), rows.size());
        Map<String, BigDecimal[]> totals = new TreeMap<>();
        BigDecimal totalAcc = BigDecimal.ZERO;
        for (ReimbursementListService.Row row : rows) {
            String expected = String.join(" ", row.number(), row.customerAccount(), row.customerName(), row.vendorAccount(),
                    row.currency(), amount(row.amount(), ENGLISH), amount(row.amountAcc(), ENGLISH), row.voucher(),
                    row.vendorInvoice(), STATUS.get(row.status()));
            assertTrue(text.lines().contains(expected), "no line «" + expected + "» in\n" + text.all());
            totals.computeIfAbsent(row.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            totals.get(row.currency())[0] = totals.get(row.currency())[0].add(row.amount());
            totals.get(row.currency())[1] = totals.get(row.currency())[1].add(row.amountAcc());
            totalAcc = totalAcc.add(row.amountAcc());
        }
        for (Map.Entry<String, BigDecimal[]> total : totals.entrySet()) {
            String currency = total.getKey();
            assertEquals(0, total.getValue()[0].compareTo(run.totalsByCurrency().get(currency)));
            assertTrue(Pattern.compile("^Total " + currency + " .* lines? " + currency + " " + Pattern.quote(amount(total.getValue()[0], ENGLISH))
                    + " " + Pattern.quote(amount(total.getValue()[1], ENGLISH)) + "$", Pattern.MULTILINE).matcher(text.all()).find(),
                    "no total for " + currency + " in\n" + text.all());
        }
        assertEquals(0, totalAcc.compareTo(run.totalAcc()));
        assertTrue(text.all().contains("Total in DKK " + rows.size() + " lines " + amount(totalAcc, ENGLISH)), text.all());
        assertTrue(text.all().contains("Reimbursement run " + run.runId()), text.all());
        assertTrue(text.all().contains("Run by " + System.getProperty("user.name")), text.all());
        assertTrue(text.all().contains("Summarize Yes"), text.all());
        assertTrue(text.all().contains("Minimum reimbursement "), text.all());
        assertTrue(text.all().contains("Page 1 of 1"), text.all());
    }

    @Test
    void theDanishRunReportGroupsWithDotsAndCountsSideXAfY() throws Exception {
        Path pdf = dir.resolve("run-da.pdf");
        services.reports().runReport(run.runId(), pdf, DANISH);

        PdfText text = PdfText.of(pdf);
        for (ReimbursementListService.Row row : ledgerRows()) {
            String expected = row.currency() + " " + amount(row.amount(), DANISH) + " " + amount(row.amountAcc(), DANISH);
            assertTrue(text.all().contains(expected), "no «" + expected + "» in\n" + text.all());
        }
        assertTrue(text.all().contains("Refusionskørsel " + run.runId()), text.all());
        assertTrue(text.all().contains("Side 1 af 1"), text.all());
        assertTrue(text.all().contains("Åben"), text.all());
        assertTrue(text.all().contains("Opsummer Ja"), text.all());
    }

    @Test
    void anUnknownRunIsRefusedAndNoFileIsLeft() {
        Path pdf = dir.resolve("none.pdf");
        UserException refusal = assertThrows(UserException.class, () -> services.reports().runReport(999, pdf, ENGLISH));
        assertEquals("report.runUnknown", refusal.getKey());
        assertFalse(Files.exists(pdf));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theTrialBalanceReportHasEveryAccountOfTheLedgerAndTheTotals() throws Exception {
        Path pdf = dir.resolve("tb.pdf");
        LocalDate asOf = LocalDate.of(2026, 12, 31);
        services.reports().trialBalance(asOf, pdf, ENGLISH);

        PdfText text = PdfText.of(pdf);
        TrialBalance balance = services.generalLedger().trialBalance(asOf);
        for (TrialBalanceRow row : balance.rows()) {
            String expected = String.join(" ", row.accountNumber(), row.accountName(), amount(row.debit(), ENGLISH),
                    amount(row.credit(), ENGLISH), amount(row.balance(), ENGLISH));
            assertTrue(text.lines().contains(expected), "no line «" + expected + "» in\n" + text.all());
        }
        assertTrue(text.lines().contains("Total " + amount(balance.totalDebit(), ENGLISH) + " " + amount(balance.totalCredit(), ENGLISH)
                + " " + amount(balance.totalBalance(), ENGLISH)), text.all());
        assertTrue(text.all().contains("Debits equal credits."), text.all());
        assertTrue(text.all().contains("Trial balance as of 31/12/2026"), text.all());
    }

    @Test
    void remittanceAdviceIsOnePagePerPaymentNamingTheAmountTheAccountTheDayAndTheCreditsSettled() throws Exception {
        Path pdf = dir.resolve("remittance.pdf");
        services.reports().remittance(payment.batch().number(), pdf, ENGLISH);

        PdfText text = PdfText.of(pdf);
        assertEquals(payment.payments().size(), text.pageCount());
        for (int i = 0; i < payment.payments().size(); i++) {
            var paid = payment.payments().get(i);
            String page = text.page(i + 1);
            String sentence = "we have transferred " + amount(paid.amount().amount(), ENGLISH) + " " + paid.amount().currency()
                    + " to your account " + Iban.formatted(paid.creditorIban()) + " on 25/11/2026.";
            assertTrue(page.replaceAll("\\s+", " ").contains(sentence), "no «" + sentence + "» on page " + (i + 1) + ":\n" + page);
            for (String reimbursement : paid.reimbursements()) {
                assertTrue(page.contains(reimbursement), reimbursement + " not on page " + (i + 1) + ":\n" + page);
            }
            assertTrue(page.contains("Total " + amount(paid.amount().amount(), ENGLISH)), page);
            assertTrue(page.contains("Page " + (i + 1) + " of " + payment.payments().size()), page);
        }
        // Each reimbursement's line names the credit documents its voucher settled, as the ledger has them.
        for (var paid : payment.payments()) {
            for (String reimbursement : paid.reimbursements()) {
                List<String> documents = creditDocuments(reimbursement);
                assertFalse(documents.isEmpty());
                String page = text.all();
                for (String document : documents) {
                    assertTrue(page.contains(document), document + " of " + reimbursement + " not on the advice:\n" + page);
                }
            }
        }
    }

    private static List<String> creditDocuments(String reimbursement) {
        List<String> documents = new java.util.ArrayList<>();
        ledger.inSessionTransactionDo(session -> session.doWork(c -> {
            try (var s = c.prepareStatement("SELECT ct.document FROM reimbursement r JOIN customer_settlement cs ON cs.voucher_id = r.voucher_id"
                    + " JOIN customer_transaction ct ON ct.id = cs.transaction_id WHERE r.number = ? AND ct.id <> r.customer_transaction_id")) {
                s.setString(1, reimbursement);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        documents.add(rs.getString(1));
                    }
                }
            }
        }));
        return documents;
    }

    @Test
    void anUnknownBatchIsRefused() {
        UserException refusal = assertThrows(UserException.class,
                () -> services.reports().remittance("PB-000042", dir.resolve("r.pdf"), ENGLISH));
        assertEquals("report.batchUnknown", refusal.getKey());
        assertFalse(Files.exists(dir.resolve("r.pdf")));
    }
}
