package dk.reimbursementdesk.service.reimbursement;

import static dk.reimbursementdesk.domain.CustomerTransactionType.*;
import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.query.Criteria;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReimbursementServiceTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 10, 1);
    private static final Selection ALL = Selection.all(CustomerQueryFields.CATALOG);

    @TempDir
    Path dir;
    Books books;
    ReimbursementService service;
    Locale previousLocale;

    @BeforeEach
    void setUp() {
        previousLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        books = new Books(dir);
        service = new ReimbursementService(books.ledger);
    }

    @AfterEach
    void tearDown() {
        // Whatever a case did, the ledger's invariants hold after it.
        books.assertLedgerChecks();
        books.ledger.close();
        Locale.setDefault(previousLocale);
    }

    private Preview preview(boolean summarize) {
        return service.preview(new ReimbursementRequest(RUN_DATE, summarize, ALL));
    }

    private RunResult run(boolean summarize) {
        return service.run(new ReimbursementRequest(RUN_DATE, summarize, ALL), RunProgress.NONE);
    }

    private static Exclusion exclusionOf(Preview preview, String account) {
        return preview.exclusions().stream().filter(e -> e.customerAccount().equals(account)).findFirst().orElseThrow();
    }

    @Test
    void creditExactlyAtTheMinimumQualifiesAndOneCentBelowDoesNot() {
        books.customer("C1", "DKK");
        books.customer("C2", "DKK");
        books.post("C1", CREDIT_NOTE, "2026-09-01", "CN1", "100.00");
        books.post("C2", CREDIT_NOTE, "2026-09-01", "CN2", "99.99");

        Preview preview = preview(true);

        assertEquals(List.of(new Proposal("C1", "Customer C1", "DKK", new BigDecimal("100.00"), new BigDecimal("100.00"),
                null, true, null)), preview.proposals());
        Exclusion below = exclusionOf(preview, "C2");
        assertEquals(ExclusionReason.BELOW_MINIMUM, below.reason());
        assertEquals("DKK", below.currency());
        assertEquals("The credit of 99.99 DKK is below the minimum reimbursement of 100.00 DKK.", below.explanation());
        assertEquals(2, preview.selectedCustomers());

        RunResult result = run(true);
        assertEquals(1, result.reimbursements());
        assertEquals(Map.of("DKK", new BigDecimal("100.00")), result.totalsByCurrency());
        assertEquals(List.of("C1|DKK|10000|10000|OPEN"), books.rows(
                "SELECT c.account, r.currency, r.amount, r.amount_acc, r.status FROM reimbursement r JOIN customer c ON c.id = r.customer_id"));
        assertEquals(List.of("CN2|-9999|-9999"), books.rows(
                "SELECT document, open_amount, open_amount_acc FROM " + Books.TRANSACTIONS + " WHERE open_amount <> 0"));
        books.assertLedgerChecks();
    }

    @Test
    void foreignCreditQualifiesByItsRoundedConversion() {
        // On 2026-10-01 EUR is 7.4400. 13.45 EUR x 7.44 = 100.068 -> 100.07 DKK qualifies;
        // 13.44 EUR x 7.44 = 99.9936 -> 99.99 DKK does not. With 7.4625 (set below) 13.40 EUR gives
        // 99.9975, which rounds half-up to exactly 100.00.
        books.customer("E1", "EUR");
        books.customer("E2", "EUR");
        books.post("E1", CREDIT_NOTE, "2026-09-15", "CN1", "13.45");
        books.post("E2", CREDIT_NOTE, "2026-09-15", "CN2", "13.44");

        Preview preview = preview(true);
        assertEquals(List.of(new Proposal("E1", "Customer E1", "EUR", new BigDecimal("13.45"), new BigDecimal("100.07"),
                null, true, null)), preview.proposals());
        Exclusion below = exclusionOf(preview, "E2");
        assertEquals(ExclusionReason.BELOW_MINIMUM, below.reason());
        assertEquals("The credit of 13.44 EUR is 99.99 DKK at the rate 7.44, below the minimum reimbursement of 100.00 DKK.",
                below.explanation());

        TestLedgers.execute(books.ledger, "INSERT INTO exchange_rate (currency, valid_from, rate) VALUES ('EUR', '2026-10-01', '7.4625')");
        books.customer("E3", "EUR");
        books.customer("E4", "EUR");
        books.post("E3", CREDIT_NOTE, "2026-10-01", "CN3", "13.40");
        books.post("E4", CREDIT_NOTE, "2026-10-01", "CN4", "13.39");
        Preview atHalf = preview(true);
        assertEquals(List.of("E1", "E2", "E3"), atHalf.proposals().stream().map(Proposal::customerAccount).toList());
        assertEquals(new BigDecimal("100.00"), atHalf.proposals().get(2).creditAcc());
        assertEquals(ExclusionReason.BELOW_MINIMUM, exclusionOf(atHalf, "E4").reason());
    }

    @Test
    void foreignCreditPostsTheExchangeDifferenceAndKeepsControlAccountsEqualToOpenItems() {
        // 200.00 EUR paid on 2026-02-01 at 7.46 is open for 1,492.00 DKK; at the run's 7.44 it is
        // 1,488.00 DKK: Dr AR 1,492.00, Cr AP 1,488.00, Cr exchange gain 4.00.
        books.customer("E1", "EUR");
        books.post("E1", PAYMENT, "2026-02-01", "P1", "200.00");

        RunResult result = run(true);

        assertEquals(new BigDecimal("1488.00"), result.totalAcc());
        assertEquals(List.of("5600|149200|0|EUR|20000", "6800|0|148800|EUR|-20000", "3600|0|400|DKK|-400"), books.rows("""
                SELECT a.number, l.debit, l.credit, l.currency, l.amount FROM voucher_line l
                JOIN ledger_account a ON a.id = l.account_id JOIN reimbursement r ON r.voucher_id = l.voucher_id ORDER BY l.id"""));
        assertEquals(List.of("INVOICE|EUR|-20000|-148800|-20000|-148800"), books.rows(
                "SELECT type, currency, amount, amount_acc, open_amount, open_amount_acc FROM vendor_transaction"));
        assertEquals(List.of("P1|-20000|-149200|0|0", "RB-000001|20000|149200|0|0"), books.rows(
                "SELECT document, amount, amount_acc, open_amount, open_amount_acc FROM " + Books.TRANSACTIONS + " ORDER BY id"));
        books.assertLedgerChecks();
    }

    @Test
    void customerWithCreditsInTwoCurrenciesGetsOneOneTimeVendor() {
        books.customer("C9", "Kiel Handel GmbH", "WHOLESALE", "EUR", "DE89370400440532013000", "COBADEFFXXX", null);
        books.post("C9", PAYMENT, "2026-09-05", "P1", "20.00");
        books.post("C9", CREDIT_NOTE, "2026-09-10", "CN1", "300.00", "DKK");

        Preview preview = preview(true);
        assertEquals(1, preview.oneTimeVendorsToCreate());
        assertEquals(List.of("DKK", "EUR"), preview.proposals().stream().map(Proposal::currency).toList());
        assertTrue(preview.proposals().stream().allMatch(Proposal::newOneTimeVendor));
        // 20.00 EUR at 7.44 is 148.80 DKK; with the 300.00 DKK that is 448.80 DKK in all.
        assertEquals(new BigDecimal("448.80"), preview.totalAcc());

        RunResult result = run(true);

        assertEquals(2, result.reimbursements());
        assertEquals(1, result.oneTimeVendorsCreated());
        assertEquals(List.of("OTV-000001|Kiel Handel GmbH|EUR|DE89370400440532013000|COBADEFFXXX|1|ONETIME"), books.rows("""
                SELECT v.account, v.name, v.currency, v.iban, v.bic, CAST(v.one_time AS INTEGER), g.code FROM vendor v
                JOIN vendor_group g ON g.id = v.group_id WHERE v.one_time = TRUE"""));
        assertEquals(List.of("OTV-000001|DKK|30000", "OTV-000001|EUR|2000"), books.rows("""
                SELECT v.account, r.currency, r.amount FROM reimbursement r JOIN vendor v ON v.id = r.vendor_id ORDER BY r.number"""));
        assertEquals(List.of("OTV-000001"), books.rows(
                "SELECT v.account FROM customer c JOIN vendor v ON v.id = c.vendor_id WHERE c.account = 'C9'"));
        books.assertLedgerChecks();
    }

    @Test
    void netDebitAndCustomersWithoutOpenItemsAreLeftOutWithTheirReasons() {
        books.customer("C1", "DKK");
        books.customer("C2", "DKK");
        books.post("C1", INVOICE, "2026-09-01", "INV1", "500.00");
        books.post("C1", PAYMENT, "2026-09-10", "P1", "200.00");

        Preview preview = preview(true);

        assertEquals(List.of(), preview.proposals());
        assertEquals(List.of(
                        new Exclusion("C1", "Customer C1", "DKK", ExclusionReason.NOT_A_CREDIT,
                                "The balance in DKK is 300.00 DKK: not a credit balance."),
                        new Exclusion("C2", "Customer C2", null, ExclusionReason.NO_OPEN_TRANSACTIONS,
                                "No open transactions dated on or before 10/1/2026.")),
                preview.exclusions());
        assertEquals(0, run(true).reimbursements());
        books.assertLedgerChecks();
    }

    @Test
    void currencyWithoutAValidRateIsLeftOutAndTheOtherIsReimbursed() {
        books.customer("S1", "SEK");
        books.post("S1", CREDIT_NOTE, "2026-09-01", "CN1", "1000.00");
        books.post("S1", CREDIT_NOTE, "2026-09-01", "CN2", "150.00", "DKK");
        TestLedgers.execute(books.ledger, "DELETE FROM exchange_rate WHERE currency = 'SEK'");

        Preview preview = preview(true);

        assertEquals(List.of("DKK"), preview.proposals().stream().map(Proposal::currency).toList());
        assertEquals(List.of(new Exclusion("S1", "Customer S1", "SEK", ExclusionReason.NO_EXCHANGE_RATE,
                "There is no exchange rate for SEK valid on 10/1/2026, so the credit in SEK is not reimbursed.")), preview.exclusions());
        assertEquals(1, run(true).reimbursements());
        assertEquals(List.of("CN1|-100000"), books.rows("SELECT document, open_amount FROM " + Books.TRANSACTIONS + " WHERE open_amount <> 0"));
        books.assertLedgerChecks();
    }

    @Test
    void linkedVendorIsUsedAndAOneTimeVendorIsCreatedOnceAndReusedByTheNextRun() {
        books.customer("C1", "Linked Customer", "RETAIL", "DKK", null, null, "V1");
        books.customer("C2", "Møller & Søn A/S", "RETAIL", "DKK", "DK2230003000123456", null, null);
        books.post("C1", CREDIT_NOTE, "2026-09-01", "CN1", "250.00");
        books.post("C2", CREDIT_NOTE, "2026-09-01", "CN2", "800.00");

        Preview preview = preview(true);
        assertEquals(List.of(
                new Proposal("C1", "Linked Customer", "DKK", new BigDecimal("250.00"), new BigDecimal("250.00"), "V1", false, null),
                new Proposal("C2", "Møller & Søn A/S", "DKK", new BigDecimal("800.00"), new BigDecimal("800.00"), null, true, null)),
                preview.proposals());
        RunResult first = run(true);
        assertEquals(1, first.oneTimeVendorsCreated());
        assertEquals(List.of("RB-000001|C1|V1|25000", "RB-000002|C2|OTV-000001|80000"), books.rows("""
                SELECT r.number, c.account, v.account, r.amount FROM reimbursement r JOIN customer c ON c.id = r.customer_id
                JOIN vendor v ON v.id = r.vendor_id ORDER BY r.number"""));
        assertEquals(List.of("OTV-000001|Møller & Søn A/S|DKK|DK2230003000123456|null|1"), books.rows(
                "SELECT account, name, currency, iban, bic, CAST(one_time AS INTEGER) FROM vendor WHERE one_time = TRUE"));

        books.post("C2", CREDIT_NOTE, "2026-09-20", "CN3", "120.00");
        Preview second = preview(true);
        assertEquals(List.of(new Proposal("C2", "Møller & Søn A/S", "DKK", new BigDecimal("120.00"), new BigDecimal("120.00"),
                "OTV-000001", false, null)), second.proposals());
        RunResult again = run(true);
        assertEquals(0, again.oneTimeVendorsCreated());
        assertEquals(1, books.count("SELECT count(*) FROM vendor WHERE one_time = TRUE"));
        assertEquals(List.of("RB-000003|OTV-000001|12000"), books.rows("""
                SELECT r.number, v.account, r.amount FROM reimbursement r JOIN vendor v ON v.id = r.vendor_id WHERE r.run_id = 2"""));
        books.assertLedgerChecks();
    }

    /** Credits CN1 80.00 (Jan 5), P1 150.00 (Jan 10), CN2 40.00 (Jan 15) and invoice INV1 100.00 (Jan 20), all open. */
    private void customerWithSeveralCreditDocuments() {
        books.customer("C1", "DKK");
        books.post("C1", CREDIT_NOTE, "2026-01-05", "CN1", "80.00");
        books.post("C1", PAYMENT, "2026-01-10", "P1", "150.00");
        books.post("C1", CREDIT_NOTE, "2026-01-15", "CN2", "40.00");
        books.post("C1", INVOICE, "2026-01-20", "INV1", "100.00");
    }

    @Test
    void summarizedRunMakesOneReimbursementPerCustomerAndCurrency() {
        customerWithSeveralCreditDocuments();

        RunResult result = run(true);

        assertEquals(1, result.reimbursements());
        assertEquals(Map.of("DKK", new BigDecimal("170.00")), result.totalsByCurrency());
        assertEquals(List.of("RB-000001|17000|null"), books.rows("SELECT number, amount, source_transaction_id FROM reimbursement"));
        assertEquals(0, books.count("SELECT count(*) FROM " + Books.TRANSACTIONS + " WHERE open_amount <> 0"));
        books.assertLedgerChecks();
    }

    @Test
    void unsummarizedRunMakesOneReimbursementPerCreditDocumentLeftAfterSetOff() {
        customerWithSeveralCreditDocuments();
        // The 100.00 invoice uses up CN1 (80.00) and 20.00 of P1, the oldest credits; P1 keeps 130.00 and CN2 40.00.
        Preview preview = preview(false);
        assertEquals(List.of(
                new Proposal("C1", "Customer C1", "DKK", new BigDecimal("130.00"), new BigDecimal("130.00"), null, true, "P1"),
                new Proposal("C1", "Customer C1", "DKK", new BigDecimal("40.00"), new BigDecimal("40.00"), null, true, "CN2")),
                preview.proposals());
        assertEquals(1, preview.oneTimeVendorsToCreate());

        RunResult result = run(false);

        assertEquals(2, result.reimbursements());
        assertEquals(Map.of("DKK", new BigDecimal("170.00")), result.totalsByCurrency());
        assertEquals(List.of("RB-000001|13000|P1|V-000005", "RB-000002|4000|CN2|V-000006"), books.rows("""
                SELECT r.number, r.amount, s.document, v.number FROM reimbursement r
                JOIN customer_transaction s ON s.id = r.source_transaction_id JOIN voucher v ON v.id = r.voucher_id ORDER BY r.number"""));
        assertEquals(2, books.count("SELECT count(DISTINCT vendor_transaction_id) FROM reimbursement"));
        assertEquals(1, books.count("SELECT count(DISTINCT vendor_id) FROM reimbursement"));
        // Each voucher settles what its reimbursement took: the first the invoice, CN1 and P1; the second CN2.
        assertEquals(List.of("V-000005|CN1|-8000", "V-000005|P1|-15000", "V-000005|INV1|10000", "V-000005|RB-000001|13000",
                "V-000006|CN2|-4000", "V-000006|RB-000002|4000"), books.rows("""
                SELECT v.number, t.document, s.amount FROM customer_settlement s JOIN voucher v ON v.id = s.voucher_id
                JOIN customer_transaction t ON t.id = s.transaction_id ORDER BY v.number, t.id"""));
        assertEquals(0, books.count("SELECT count(*) FROM " + Books.TRANSACTIONS + " WHERE open_amount <> 0"));
        books.assertLedgerChecks();
    }

    @Test
    void transactionsDatedAfterThePostingDateAreLeftAlone() {
        books.customer("C1", "DKK");
        books.post("C1", CREDIT_NOTE, "2026-09-01", "CN1", "200.00");
        books.post("C1", PAYMENT, "2026-11-01", "P1", "500.00");

        RunResult result = run(true);

        assertEquals(Map.of("DKK", new BigDecimal("200.00")), result.totalsByCurrency());
        assertEquals(List.of("CN1|0", "P1|-50000", "RB-000001|0"), books.rows(
                "SELECT document, open_amount FROM " + Books.TRANSACTIONS + " ORDER BY id"));
        books.assertLedgerChecks();
    }

    @Test
    void selectionLimitsTheRunToTheCustomersItNames() {
        books.customer("C1", "One", "RETAIL", "DKK", null, null, null);
        books.customer("C2", "Two", "WHOLESALE", "DKK", null, null, null);
        books.post("C1", CREDIT_NOTE, "2026-09-01", "CN1", "200.00");
        books.post("C2", CREDIT_NOTE, "2026-09-01", "CN2", "300.00");
        Selection wholesale = ALL.with(CustomerQueryFields.GROUP, Criteria.parse("WHOLESALE"));

        assertEquals(1, service.countSelectedCustomers(wholesale));
        assertEquals(2, service.countSelectedCustomers(ALL));
        Preview preview = service.preview(new ReimbursementRequest(RUN_DATE, true, wholesale));
        assertEquals(List.of("C2"), preview.proposals().stream().map(Proposal::customerAccount).toList());
        assertEquals(1, preview.selectedCustomers());
        service.run(new ReimbursementRequest(RUN_DATE, true, wholesale), RunProgress.NONE);
        assertEquals(List.of("CN1|-20000"), books.rows("SELECT document, open_amount FROM " + Books.TRANSACTIONS + " WHERE open_amount <> 0"));
        books.assertLedgerChecks();
    }

    /** Several customers, currencies and vendors, so the all-or-nothing cases have much to undo. */
    private void busyLedger() {
        books.customer("C1", "Linked", "RETAIL", "DKK", null, null, "V1");
        books.customer("C2", "DKK");
        books.customer("E1", "EUR");
        books.post("C1", CREDIT_NOTE, "2026-09-01", "CN1", "250.00");
        books.post("C2", INVOICE, "2026-08-01", "INV2", "100.00");
        books.post("C2", PAYMENT, "2026-08-20", "P2", "600.00");
        books.post("E1", PAYMENT, "2026-02-01", "P3", "200.00");
    }

    @Test
    void previewWritesNothing() {
        busyLedger();
        var before = TestLedgers.snapshot(books.ledger);

        Preview preview = preview(true);

        assertEquals(3, preview.proposals().size());
        assertEquals(before, TestLedgers.snapshot(books.ledger));
    }

    @Test
    void runShowingPreviewPostsExactlyWhatItsPreviewShows() {
        busyLedger();
        Preview separate = preview(true);

        ReimbursementService.PreviewedRun posted = service.runShowingPreview(
                new ReimbursementRequest(RUN_DATE, true, ALL), RunProgress.NONE);

        assertEquals(separate, posted.preview());
        assertEquals(separate.proposals().size(), posted.result().reimbursements());
        assertEquals(separate.totalsByCurrency(), posted.result().totalsByCurrency());
        assertEquals(separate.totalAcc(), posted.result().totalAcc());
        assertEquals(separate.proposals().size(), books.count("SELECT count(*) FROM reimbursement"));
    }

    @Test
    void runShowingPreviewWithNothingToReimburseWritesNothingAtAll() {
        books.customer("C1", "DKK");
        books.post("C1", INVOICE, "2026-03-01", "INV1", "500.00");
        var before = TestLedgers.snapshot(books.ledger);

        ReimbursementService.PreviewedRun posted = service.runShowingPreview(
                new ReimbursementRequest(RUN_DATE, true, ALL), RunProgress.NONE);

        assertEquals(List.of(), posted.preview().proposals());
        assertEquals(1, posted.preview().exclusions().size());
        assertEquals(null, posted.result());
        assertEquals(before, TestLedgers.snapshot(books.ledger));
    }

    @Test
    void cancelledRunLeavesTheLedgerExactlyAsBefore() {
        busyLedger();
        var before = TestLedgers.snapshot(books.ledger);
        int[] polls = {0};
        RunProgress cancelMidway = new RunProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                // The vendors, vouchers and voucher lines are written by the time the eighth poll comes.
                return ++polls[0] >= 8;
            }
        };

        assertThrows(CancellationException.class,
                () -> service.run(new ReimbursementRequest(RUN_DATE, true, ALL), cancelMidway));

        assertEquals(8, polls[0]);
        assertEquals(before, TestLedgers.snapshot(books.ledger));
        books.assertLedgerChecks();
    }

    @Test
    void runReportsProgressStepByStepUpToTheTotal() {
        busyLedger();
        List<long[]> updates = new java.util.ArrayList<>();
        RunProgress recorder = new RunProgress() {
            @Override
            public void update(long done, long total) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        service.run(new ReimbursementRequest(RUN_DATE, true, ALL), recorder);

        long total = updates.get(0)[1];
        assertTrue(updates.size() > 5, "updates: " + updates.size());
        for (int i = 1; i < updates.size(); i++) {
            assertEquals(total, updates.get(i)[1]);
            assertEquals(updates.get(i - 1)[0] + 1, updates.get(i)[0], "one step at a time");
        }
        assertEquals(total, updates.get(updates.size() - 1)[0]);
    }

    @Test
    void runThatFailsHalfWayLeavesTheLedgerExactlyAsBefore() {
        busyLedger();
        // The last statement of the posting fails: everything before it must be rolled back too.
        TestLedgers.execute(books.ledger, """
                CREATE TRIGGER fail_reimbursement BEFORE INSERT ON reimbursement
                BEGIN SELECT RAISE(ABORT, 'forced failure'); END""", """
                CREATE FUNCTION fail_reimbursement() RETURNS trigger LANGUAGE plpgsql
                    AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$;
                CREATE TRIGGER fail_reimbursement BEFORE INSERT ON reimbursement
                    FOR EACH ROW EXECUTE FUNCTION fail_reimbursement()""");
        var before = TestLedgers.snapshot(books.ledger);

        UserException failure = assertThrows(UserException.class, () -> run(true));

        assertEquals("reimbursement.runFailed", failure.getKey());
        assertTrue(failure.getMessage().contains("forced failure"), failure.getMessage());
        assertEquals(before, TestLedgers.snapshot(books.ledger));
        books.assertLedgerChecks();
    }

    @Test
    void runWhoseSetBasedPostingWritesAnUnbalancedVoucherLandsNothing() {
        busyLedger();
        // Tampers with every credit line the set-based posting writes, behind its back: only the
        // ledger's voucher guard, which checks the unit's vouchers in SQL before commit, can see it.
        TestLedgers.execute(books.ledger, """
                CREATE TRIGGER unbalance_credit AFTER INSERT ON voucher_line WHEN NEW.credit > 0
                BEGIN UPDATE voucher_line SET credit = NEW.credit + 1 WHERE id = NEW.id; END""", """
                CREATE FUNCTION unbalance_credit() RETURNS trigger LANGUAGE plpgsql
                    AS $$ BEGIN UPDATE voucher_line SET credit = NEW.credit + 1 WHERE id = NEW.id; RETURN NULL; END $$;
                CREATE TRIGGER unbalance_credit AFTER INSERT ON voucher_line
                    FOR EACH ROW WHEN (NEW.credit > 0) EXECUTE FUNCTION unbalance_credit()""");
        var before = TestLedgers.snapshot(books.ledger);

        UserException refusal = assertThrows(UserException.class, () -> run(true));

        assertEquals("posting.unbalanced", refusal.getKey());
        assertTrue(refusal.getMessage().startsWith("Voucher V-"), refusal.getMessage());
        assertEquals(before, TestLedgers.snapshot(books.ledger));
    }

    @Test
    void secondRunStraightAfterARunFindsNothing() {
        busyLedger();
        assertEquals(3, run(true).reimbursements());
        var after = TestLedgers.snapshot(books.ledger);

        assertEquals(List.of(), preview(true).proposals());
        RunResult second = run(true);

        assertEquals(0, second.reimbursements());
        assertEquals(Map.of(), second.totalsByCurrency());
        // Only the second run's own record is new.
        var now = TestLedgers.snapshot(books.ledger);
        now.remove("reimbursement_run");
        after.remove("reimbursement_run");
        assertEquals(after, now);
        books.assertLedgerChecks();
    }

    @Test
    void reversalReopensTheCustomersItemsExactlyAndClosesTheVendorInvoice() {
        busyLedger();
        List<String> openBefore = books.openItems();
        run(true);
        books.assertLedgerChecks();
        List<String> numbers = books.rows("SELECT number FROM reimbursement ORDER BY number");

        for (String number : numbers) {
            ReversalResult reversal = service.reverse(number, null);
            assertEquals(number, reversal.reimbursementNumber());
            books.assertLedgerChecks();
        }

        List<String> openAfter = books.openItems();
        assertEquals(openBefore, openAfter.subList(0, openBefore.size()));
        // The reimbursement and reversal transactions the run and the reversals added are all closed.
        assertEquals(0, books.count("SELECT count(*) FROM " + Books.TRANSACTIONS + " WHERE type LIKE 'REIMBURSEMENT%' AND open_amount <> 0"));
        assertEquals(0, books.count("SELECT coalesce(sum(abs(open_amount)), 0) FROM vendor_transaction"));
        assertEquals(3, books.count("SELECT count(*) FROM vendor_transaction WHERE type = 'INVOICE_REVERSAL'"));
        assertEquals(3, books.count("""
                SELECT count(*) FROM reimbursement r JOIN voucher v ON v.id = r.reversal_voucher_id
                WHERE r.status = 'REVERSED' AND v.reverses_voucher_id = r.voucher_id AND v.posting_date = r.posting_date"""));
        // The reversing voucher mirrors the original line by line: AR credited, AP debited, exchange gain debited.
        assertEquals(List.of("5600|0|149200|EUR|-20000", "6800|148800|0|EUR|20000", "3600|400|0|DKK|400"), books.rows("""
                SELECT a.number, l.debit, l.credit, l.currency, l.amount FROM voucher_line l
                JOIN ledger_account a ON a.id = l.account_id JOIN reimbursement r ON r.reversal_voucher_id = l.voucher_id
                JOIN customer c ON c.id = r.customer_id WHERE c.account = 'E1' ORDER BY l.id"""));
        // The credits can be reimbursed again.
        assertEquals(3, preview(true).proposals().size());
    }

    @Test
    void unsummarizedReimbursementsReverseOneByOne() {
        customerWithSeveralCreditDocuments();
        List<String> openBefore = books.openItems();
        run(false);

        service.reverse("RB-000002", LocalDate.of(2026, 10, 15));

        assertEquals(List.of("CN2|-4000"), books.rows("SELECT document, open_amount FROM " + Books.TRANSACTIONS + " WHERE open_amount <> 0"));
        assertEquals(List.of("2026-10-15"), books.rows(
                "SELECT v.posting_date FROM reimbursement r JOIN voucher v ON v.id = r.reversal_voucher_id"));
        books.assertLedgerChecks();
        service.reverse("RB-000001", null);
        assertEquals(openBefore, books.openItems().subList(0, openBefore.size()));
        books.assertLedgerChecks();
    }

    @Test
    void paidReimbursementIsNotReversed() {
        busyLedger();
        run(true);
        TestLedgers.execute(books.ledger, "UPDATE reimbursement SET status = 'PAID' WHERE number = 'RB-000001'");
        var before = TestLedgers.snapshot(books.ledger);

        UserException refusal = assertThrows(UserException.class, () -> service.reverse("RB-000001", null));

        assertEquals("reimbursement.paid", refusal.getKey());
        assertEquals("Reimbursement RB-000001 cannot be reversed: its vendor invoice on vendor V1 has been paid, so the money "
                + "has already gone to the customer. Only an unpaid reimbursement can be reversed.", refusal.getMessage());
        assertEquals(before, TestLedgers.snapshot(books.ledger));
    }

    @Test
    void reversalIsRefusedWhenReversedAlreadyUnknownOrDatedBeforeThePosting() {
        busyLedger();
        run(true);
        service.reverse("RB-000001", null);
        var before = TestLedgers.snapshot(books.ledger);

        assertEquals("reimbursement.alreadyReversed", assertThrows(UserException.class, () -> service.reverse("RB-000001", null)).getKey());
        assertEquals("reimbursement.unknown", assertThrows(UserException.class, () -> service.reverse("RB-999999", null)).getKey());
        assertEquals("reimbursement.reversalBeforePosting",
                assertThrows(UserException.class, () -> service.reverse("RB-000002", RUN_DATE.minusDays(1))).getKey());
        assertEquals(before, TestLedgers.snapshot(books.ledger));
        books.assertLedgerChecks();
    }

    @Test
    void explanationsReadInDanish() {
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        books.customer("C1", "DKK");
        books.post("C1", CREDIT_NOTE, "2026-09-01", "CN1", "1099.99");
        books.setMinimum(2_000_00);

        Exclusion below = exclusionOf(preview(true), "C1");

        assertEquals("Kreditsaldoen på 1.099,99 DKK er under minimumsrefusionen på 2.000,00 DKK.", below.explanation());
    }

    @Test
    void runWithoutAPostingDateIsRefused() {
        UserException refusal = assertThrows(UserException.class,
                () -> service.run(new ReimbursementRequest(null, true, ALL), RunProgress.NONE));
        assertEquals("Give a posting date for the reimbursement.", refusal.getMessage());
    }
}
