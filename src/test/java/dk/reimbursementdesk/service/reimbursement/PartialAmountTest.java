package dk.reimbursementdesk.service.reimbursement;

import static dk.reimbursementdesk.domain.CustomerTransactionType.*;
import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
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

/** A proposal lowered before posting: what it settles, what stays open, what it refuses, and its reversal. */
class PartialAmountTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 10, 1);
    private static final Selection ALL = Selection.all(CustomerQueryFields.CATALOG);
    private static final String RUN_LINES = """
            SELECT a.number, l.debit, l.credit, l.currency, l.amount FROM voucher_line l
            JOIN ledger_account a ON a.id = l.account_id JOIN reimbursement r ON r.voucher_id = l.voucher_id ORDER BY l.id""";
    private static final String OPEN = "SELECT document, open_amount, open_amount_acc FROM " + Books.TRANSACTIONS
            + " WHERE open_amount <> 0 ORDER BY id";

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
        books.assertLedgerChecks();
        books.ledger.close();
        Locale.setDefault(previousLocale);
    }

    private static ReimbursementRequest lowered(PartialAmount... amounts) {
        return new ReimbursementRequest(RUN_DATE, true, ALL, List.of(amounts));
    }

    private static PartialAmount amount(String customer, String currency, String amount) {
        return new PartialAmount(customer, currency, new BigDecimal(amount));
    }

    /** C1 has two credit notes, 300.00 (older) and 200.00: a credit of 500.00 DKK. */
    private void twoCredits() {
        books.customer("C1", "DKK");
        books.post("C1", CREDIT_NOTE, "2026-08-01", "CN1", "300.00");
        books.post("C1", CREDIT_NOTE, "2026-09-01", "CN2", "200.00");
    }

    @Test
    void loweredAmountSettlesTheOlderCreditWholeAndTheNewerPartlyAndLeavesTheRestOpen() {
        twoCredits();

        // 400.00 of 500.00: CN1 (300.00) whole, then 100.00 of CN2; 100.00 of CN2 stays open.
        RunResult result = service.run(lowered(amount("C1", "DKK", "400.00")), RunProgress.NONE);

        assertEquals(1, result.reimbursements());
        assertEquals(Map.of("DKK", new BigDecimal("400.00")), result.totalsByCurrency());
        assertEquals(new BigDecimal("400.00"), result.totalAcc());
        assertEquals(List.of("RB-000001|40000|40000|OPEN"), books.rows("SELECT number, amount, amount_acc, status FROM reimbursement"));
        assertEquals(List.of("5600|40000|0|DKK|40000", "6800|0|40000|DKK|-40000"), books.rows(RUN_LINES));
        assertEquals(List.of("INVOICE|-40000|-40000|-40000"), books.rows("SELECT type, amount, open_amount, open_amount_acc FROM vendor_transaction"));
        assertEquals(List.of("CN1|-30000|-30000", "CN2|-10000|-10000", "RB-000001|40000|40000"), books.rows("""
                SELECT t.document, s.amount, s.amount_acc FROM customer_settlement s JOIN customer_transaction t ON t.id = s.transaction_id
                JOIN reimbursement r ON r.voucher_id = s.voucher_id ORDER BY t.id"""));
        assertEquals(List.of("CN2|-10000|-10000"), books.rows(OPEN));
        books.assertLedgerChecks();

        // The rest is a credit balance like any other: the next preview proposes it.
        Preview next = service.preview(new ReimbursementRequest(RUN_DATE, true, ALL));
        assertEquals(List.of(new BigDecimal("100.00")), next.proposals().stream().map(Proposal::credit).toList());
    }

    @Test
    void loweredForeignAmountSetsOffTheDebitFirstAndSettlesTheLastCreditsAccountingPartProportionally() {
        // P1 300.00 EUR at 7.46 (2,238.00 DKK), CN1 200.00 EUR at 7.45 (1,490.00), INV1 100.00 EUR at
        // 7.45 (745.00): a credit of 400.00 EUR. Lowered to 250.00: INV1 whole (+100.00), P1 whole
        // (-300.00), 50.00 of CN1: 1,490.00 x 50/200 = 372.50 DKK. Settled 745.00 - 2,238.00 - 372.50
        // = -1,865.50, so Dr AR 1,865.50; 250.00 EUR at the run's 7.44 is Cr AP 1,860.00; Cr gain 5.50.
        books.customer("E1", "EUR");
        books.post("E1", PAYMENT, "2026-03-01", "P1", "300.00");
        books.post("E1", CREDIT_NOTE, "2026-07-01", "CN1", "200.00");
        books.post("E1", INVOICE, "2026-08-15", "INV1", "100.00");

        Preview preview = service.preview(lowered(amount("E1", "EUR", "250.00")));
        assertEquals(List.of(new Proposal("E1", "Customer E1", "EUR", new BigDecimal("250.00"), new BigDecimal("1860.00"),
                null, true, null)), preview.proposals());

        RunResult result = service.run(lowered(amount("E1", "EUR", "250.00")), RunProgress.NONE);

        assertEquals(new BigDecimal("1860.00"), result.totalAcc());
        assertEquals(List.of("5600|186550|0|EUR|25000", "6800|0|186000|EUR|-25000", "3600|0|550|DKK|-550"), books.rows(RUN_LINES));
        assertEquals(List.of("CN1|-15000|-111750"), books.rows(OPEN));
        books.assertLedgerChecks();
    }

    @Test
    void reversalOfALoweredReimbursementReopensExactlyWhatItSettled() {
        twoCredits();
        books.post("C1", INVOICE, "2026-09-10", "INV1", "50.00");
        List<String> openBefore = books.openItems();
        service.run(lowered(amount("C1", "DKK", "300.00")), RunProgress.NONE);
        // 300.00 of 450.00: INV1 whole, CN1 whole, 50.00 of CN2; 150.00 of CN2 stays open.
        assertEquals(List.of("CN2|-15000|-15000"), books.rows(OPEN));
        books.assertLedgerChecks();

        service.reverse("RB-000001", null);

        assertEquals(openBefore, books.openItems().subList(0, openBefore.size()));
        assertEquals(List.of("CN1|-30000|-30000", "CN2|-20000|-20000", "INV1|5000|5000"), books.rows(OPEN));
        assertEquals(0, books.count("SELECT coalesce(sum(abs(open_amount)), 0) FROM vendor_transaction"));
        books.assertLedgerChecks();
    }

    @Test
    void amountAboveTheCreditBelowTheMinimumOrNegativeRefusesTheWholeRunAndWritesNothing() {
        twoCredits();
        books.customer("C2", "DKK");
        books.post("C2", CREDIT_NOTE, "2026-09-01", "CN3", "150.00");
        List<String> openBefore = books.openItems();

        assertRefused("The amount 500.01 for C1:DKK is above the credit of 500.00 DKK: an amount can only be lowered. Nothing was posted.",
                amount("C2", "DKK", "120.00"), amount("C1", "DKK", "500.01"));
        assertRefused("The amount 99.99 for C1:DKK is below the minimum reimbursement: give at least 100.00 DKK. Nothing was posted.",
                amount("C1", "DKK", "99.99"));
        assertRefused("The amount -1.00 for C1:DKK is negative; give an amount from 100.00 to 500.00 DKK. Nothing was posted.",
                amount("C1", "DKK", "-1.00"));
        assertRefused("The amount 100.001 for C1:DKK has more decimals than DKK has (2); nothing was posted.",
                amount("C1", "DKK", "100.001"));
        assertRefused("Customer C1 has no reimbursement in EUR in this run, so its amount cannot be lowered; nothing was posted.",
                amount("C1", "EUR", "100.00"));
        assertRefused("There is no customer C9, so its amount C9:DKK=100.00 cannot be used; nothing was posted.",
                amount("C9", "DKK", "100.00"));

        assertEquals(openBefore, books.openItems());
        assertEquals(0, books.count("SELECT count(*) FROM voucher v WHERE v.description LIKE 'REIMBURSEMENT%'"));
        assertEquals(0, books.count("SELECT count(*) FROM reimbursement_run"));
    }

    @Test
    void amountIsRefusedWhenTheRunIsNotSummarized() {
        twoCredits();
        UserException refused = assertThrows(UserException.class, () -> service.run(
                new ReimbursementRequest(RUN_DATE, false, ALL, List.of(amount("C1", "DKK", "400.00"))), RunProgress.NONE));
        assertEquals("An amount can only be lowered when the run is summarized per customer and currency (C1:DKK=400.00); nothing was posted.",
                refused.getMessage());
        assertEquals(0, books.count("SELECT count(*) FROM reimbursement"));
    }

    @Test
    void amountEqualToTheCreditPostsTheWholeCreditAsWithout() {
        twoCredits();
        service.run(lowered(amount("c1", "dkk", "500")), RunProgress.NONE);
        assertEquals(List.of("RB-000001|50000"), books.rows("SELECT number, amount FROM reimbursement"));
        assertEquals(List.of(), books.rows(OPEN));
    }

    @Test
    void previewTellsTheSmallestAmountPerCurrency() {
        twoCredits();
        books.customer("E1", "EUR");
        books.post("E1", CREDIT_NOTE, "2026-09-15", "CN9", "20.00");
        // 100.00 DKK at 7.44 is 13.44086 EUR; 13.44 EUR gives 99.99, 13.45 gives 100.07.
        assertEquals(Map.of("DKK", new BigDecimal("100.00"), "EUR", new BigDecimal("13.45")),
                service.preview(new ReimbursementRequest(RUN_DATE, true, ALL)).minimumByCurrency());
    }

    private void assertRefused(String sentence, PartialAmount... amounts) {
        UserException refused = assertThrows(UserException.class, () -> service.run(lowered(amounts), RunProgress.NONE));
        assertEquals(sentence, refused.getMessage());
    }
}
