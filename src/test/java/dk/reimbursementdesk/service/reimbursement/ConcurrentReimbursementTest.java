package dk.reimbursementdesk.service.reimbursement;

import static dk.reimbursementdesk.domain.CustomerTransactionType.CREDIT_NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.ServerAddress;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.demo.DemoLedgerService;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import dk.reimbursementdesk.service.payment.PaymentService;
import dk.reimbursementdesk.service.payment.ReimbursementFixture;
import dk.reimbursementdesk.service.posting.PostingService.CustomerTransactionRequest;
import dk.reimbursementdesk.service.posting.PostingService;
import dk.reimbursementdesk.service.query.Criteria;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.testing.PostgresServer;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two clerks at once on one PostgreSQL ledger (issue 15): two {@link Ledger}s opened on the same
 * database, so two connection pools as on two desks, each starting a reimbursement run at the same
 * moment on selections that overlap. It runs on the tests' own server in every test run (it opens
 * the database itself, not through TestLedgers): on a SQLite file a second desk is refused by the
 * file's lock, so there is nothing concurrent to test there. And an AR clerk's reversal and an AP
 * clerk's payment of the same reimbursement at the same moment: one of them, never both.
 */
class ConcurrentReimbursementTest {

    private static final int ROUNDS = 20;
    private static final List<String> CUSTOMERS = List.of("C1", "C2", "C3", "C4", "C5", "C6");
    private static final Selection ALL = Selection.all(CustomerQueryFields.CATALOG);
    /** The first clerk selects C1 to C4, the second C3 to C6: C3 and C4 are in both. */
    private static final Selection FIRST = ALL.with(CustomerQueryFields.ACCOUNT, Criteria.parse("C1..C4"));
    private static final Selection SECOND = ALL.with(CustomerQueryFields.ACCOUNT, Criteria.parse("C3..C6"));

    @Test
    void twoRunsStartedTogetherOnOverlappingSelectionsReimburseEveryCreditExactlyOnce() throws Exception {
        ServerAddress database = PostgresServer.get().migratedDatabase();
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        try (Ledger firstDesk = Ledger.open(database); Ledger secondDesk = Ledger.open(database)) {
            new CompanySetupService(firstDesk).initialize("TEST", "Test ApS", "DKK", false);
            Books books = new Books(firstDesk);
            CUSTOMERS.forEach(account -> books.customer(account, "DKK"));
            ReimbursementService first = new ReimbursementService(firstDesk);
            ReimbursementService second = new ReimbursementService(secondDesk);
            long credited = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                LocalDate day = LocalDate.of(2026, 3, 1).plusDays(round);
                for (int i = 0; i < CUSTOMERS.size(); i++) {
                    long amount = 100 + 10L * round + i;
                    books.post(CUSTOMERS.get(i), CREDIT_NOTE, day.toString(), "CN-" + round + "-" + i, amount + ".00");
                    credited += amount * 100;
                }
                CyclicBarrier together = new CyclicBarrier(2);
                Future<RunResult> one = clerks.submit(() -> {
                    together.await();
                    return first.run(new ReimbursementRequest(day, true, FIRST), RunProgress.NONE);
                });
                Future<RunResult> other = clerks.submit(() -> {
                    together.await();
                    return second.run(new ReimbursementRequest(day, true, SECOND), RunProgress.NONE);
                });
                int reimbursed = one.get(2, TimeUnit.MINUTES).reimbursements() + other.get(2, TimeUnit.MINUTES).reimbursements();
                assertEquals(CUSTOMERS.size(), reimbursed, "round " + round + ": each customer's credit once, by one of the runs");
            }

            assertEquals(ROUNDS * CUSTOMERS.size(), books.count("SELECT count(*) FROM reimbursement"));
            assertEquals(credited, books.count("SELECT sum(amount) FROM reimbursement"));
            assertEquals(0, books.count("SELECT count(*) FROM customer_open_item"));
            assertEquals(List.of(), books.rows("""
                    SELECT t.document FROM customer_transaction t WHERE t.type = 'CREDIT_NOTE' AND (SELECT count(*)
                        FROM customer_settlement s JOIN reimbursement r ON r.voucher_id = s.voucher_id WHERE s.transaction_id = t.id) <> 1"""),
                    "every credit note settled by exactly one reimbursement");
            assertEquals(List.of(), books.rows("""
                    SELECT customer_id, posting_date FROM reimbursement WHERE status = 'OPEN'
                    GROUP BY customer_id, posting_date HAVING count(*) > 1"""), "no customer reimbursed twice on a day");
            assertEquals(List.of("1|0|0"), books.rows(gapless("voucher", "V-")), "voucher numbers V-000001 on, unique, no gap");
            assertEquals(List.of("1|0|0"), books.rows(gapless("reimbursement", "RB-")), "reimbursement numbers RB-000001 on, unique, no gap");
            assertEquals(List.of(), new LedgerCheckService(firstDesk).check().findings());
        } finally {
            clerks.shutdownNow();
        }
    }

    @Test
    void aReversalAndAPaymentOfTheSameReimbursementAtOnceOneSucceedsAndTheOtherIsToldWhy() throws Exception {
        ServerAddress database = PostgresServer.get().migratedDatabase();
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        try (Ledger arDesk = Ledger.open(database); Ledger apDesk = Ledger.open(database)) {
            new DemoLedgerService(arDesk).populate();
            PostingService posting = new PostingService(arDesk);
            ReimbursementService reimbursements = new ReimbursementService(arDesk);
            PaymentService payments = new PaymentService(apDesk);
            LocalDate day = LocalDate.of(2026, 11, 2);
            for (int round = 1; round <= 5; round++) {
                posting.postCustomerTransaction(new CustomerTransactionRequest("C0001", CREDIT_NOTE, day, null, "CN-R" + round,
                        new BigDecimal("500.00"), "DKK"));
                String number = ReimbursementFixture.reimburse(arDesk, "C0001", "DKK", day);
                long invoice = TestLedgers.count(arDesk, "SELECT vendor_transaction_id FROM reimbursement WHERE number = '" + number + "'");
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Object> reversal = clerks.submit(() -> {
                    together.await();
                    return reimbursements.reverse(number, null);
                });
                Future<Object> payment = clerks.submit(() -> {
                    together.await();
                    return payments.post(List.of(invoice), day.plusDays(14), false);
                });
                List<Throwable> refusals = new ArrayList<>();
                for (Future<Object> clerk : List.of(reversal, payment)) {
                    try {
                        clerk.get(2, TimeUnit.MINUTES);
                    } catch (ExecutionException e) {
                        refusals.add(e.getCause());
                    }
                }
                assertEquals(1, refusals.size(), "round " + round + ": exactly one of reversal and payment succeeds: " + refusals);
                UserException refusal = assertInstanceOf(UserException.class, refusals.get(0), "the other is told a sentence");
                assertFalse(refusal.getMessage().isBlank());
                String status = TestLedgers.rows(arDesk, "SELECT status FROM reimbursement WHERE number = '" + number + "'").get(0);
                long paid = TestLedgers.count(arDesk, "SELECT count(*) FROM payment_invoice WHERE vendor_transaction_id = " + invoice);
                assertEquals(status.equals("REVERSED") ? 0 : 1, paid, "round " + round + ": " + status + " and paid " + paid + " times");
            }
            assertEquals(List.of(), new LedgerCheckService(arDesk).check().findings());
        } finally {
            clerks.shutdownNow();
        }
    }

    /** The first number, the duplicates and the gaps of a table's numbers with this prefix: "1|0|0" when gapless from 1. */
    private static String gapless(String table, String prefix) {
        String counter = "CAST(substr(number, " + (prefix.length() + 1) + ") AS bigint)";
        return "SELECT min(" + counter + "), count(*) - count(DISTINCT number), max(" + counter + ") - min(" + counter
                + ") + 1 - count(*) FROM " + table + " WHERE number LIKE '" + prefix + "%'";
    }
}
