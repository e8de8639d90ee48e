package dk.reimbursementdesk.service.payment;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.ServerAddress;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.demo.DemoLedgerService;
import dk.reimbursementdesk.service.payment.pain.Pain001Version;
import dk.reimbursementdesk.testing.PostgresServer;
import dk.reimbursementdesk.testing.TestLedgers;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two clerks, each with a ledger of their own on the SAME PostgreSQL database, post payment batches
 * at the same moment, 20 rounds (issue 15): on overlapping invoices one batch pays them and the other
 * is refused whole because some are no longer open (its other invoices stay open); on invoices of
 * their own both post. No vendor invoice
 * is paid twice, no open amount goes past zero, batch and voucher numbers stay unique and gapless,
 * and the ledger check is clean. The posting lock ({@code PostingLock}) is what makes it so.
 */
class ConcurrentPaymentTest {

    private static final LocalDate PAY_DATE = LocalDate.of(2026, 11, 16);
    private static final int ROUNDS = 20;

    private Ledger first;
    private Ledger second;

    @BeforeEach
    void setUp() {
        ServerAddress address = PostgresServer.get().migratedDatabase();
        first = Ledger.open(address);
        new DemoLedgerService(first).populate();
        second = Ledger.open(address);
    }

    @AfterEach
    void tearDown() {
        second.close();
        first.close();
    }

    @Test
    void twoClerksPayingAtOnceNeverPayAnInvoiceTwice() throws Exception {
        PaymentService clerkA = new PaymentService(first);
        PaymentService clerkB = new PaymentService(second);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int posted = 0;
        // The invoices the refused clerk chose that the other clerk's batch did not pay: still open.
        java.util.Set<Long> leftOpen = new java.util.HashSet<>();
        long paid = 0;
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                List<Long> a = new ArrayList<>();
                List<Long> b = new ArrayList<>();
                for (int i = 1; i <= 3; i++) {
                    a.add(ReimbursementFixture.vendorInvoice(first, "V0100", "DKK", (round * 10 + i) + ".00",
                            LocalDate.of(2026, 10, i), "R" + round + "-A" + i));
                    b.add(ReimbursementFixture.vendorInvoice(second, i == 2 ? "V0001" : "V0100", "DKK", (round * 10 + i) + ".50",
                            LocalDate.of(2026, 10, i), "R" + round + "-B" + i));
                }
                boolean overlapping = round % 2 == 1;
                if (overlapping) {
                    // The second clerk picks two of the first clerk's invoices besides its own.
                    b.addAll(a.subList(1, 3));
                }
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Object> resultA = pool.submit(() -> post(clerkA, a, start));
                Future<Object> resultB = pool.submit(() -> post(clerkB, b, start));
                Object outcomeA = resultA.get(120, TimeUnit.SECONDS);
                Object outcomeB = resultB.get(120, TimeUnit.SECONDS);
                List<Object> outcomes = List.of(outcomeA, outcomeB);
                long succeeded = outcomes.stream().filter(PaymentRun.class::isInstance).count();
                if (overlapping) {
                    assertEquals(1, succeeded, "round " + round + ": " + outcomes);
                    UserException refused = (UserException) outcomes.stream().filter(UserException.class::isInstance).findFirst()
                            .orElseThrow();
                    assertEquals("payment.invoiceNotOpen", refused.getKey(), "round " + round);
                    List<Long> winner = outcomeA instanceof PaymentRun ? a : b;
                    List<Long> loser = winner == a ? b : a;
                    loser.stream().filter(id -> !winner.contains(id)).forEach(leftOpen::add);
                    paid += winner.size();
                } else {
                    assertEquals(2, succeeded, "round " + round + ": " + outcomes);
                    paid += a.size() + b.size();
                }
                posted += (int) succeeded;
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(0, TestLedgers.count(first, "SELECT count(*) FROM (SELECT vendor_transaction_id FROM payment_invoice "
                + "GROUP BY vendor_transaction_id HAVING count(*) > 1) twice"));
        assertEquals(0, TestLedgers.count(first, "SELECT count(*) FROM vendor_transaction WHERE type = 'INVOICE' "
                + "AND (open_amount > 0 OR open_amount < amount)"));
        // Every invoice of the rounds was paid by exactly one batch, but those only the refused batch chose.
        assertEquals(leftOpen.size(), TestLedgers.count(first, "SELECT count(*) FROM vendor_transaction WHERE type = 'INVOICE' "
                + "AND document LIKE 'R%-%' AND open_amount <> 0"));
        for (long id : leftOpen) {
            assertEquals(0, TestLedgers.count(first, "SELECT count(*) FROM payment_invoice WHERE vendor_transaction_id = " + id));
        }
        assertEquals(paid, TestLedgers.count(first, "SELECT count(*) FROM payment_invoice"));
        assertEquals(posted, TestLedgers.count(first, "SELECT count(DISTINCT number) FROM payment_batch"));
        assertEquals(posted, TestLedgers.count(first, "SELECT count(*) FROM payment_batch"));
        assertEquals(TestLedgers.count(first, "SELECT count(*) FROM voucher"),
                TestLedgers.count(first, "SELECT count(DISTINCT number) FROM voucher"));
        // Gapless: the voucher numbers run from the first to the last without a hole.
        assertEquals(TestLedgers.count(first, "SELECT count(*) FROM voucher"),
                TestLedgers.count(first, "SELECT max(CAST(substr(number, 3) AS integer)) - min(CAST(substr(number, 3) AS integer)) + 1 "
                        + "FROM voucher"));
        LedgerCheckService.Report report = new LedgerCheckService(second).check();
        assertTrue(report.allWell(), () -> String.join("\n", report.findings()));
    }

    /**
     * Two clerks write the same batch's bank file at the same moment, ten times each: every file
     * gets an export number of its own, 1 to 20 without a gap, in a message id of its own, and the
     * batch counts 20 exports. The batch row is read FOR UPDATE before its export count
     * ({@code PaymentBatchStore.lockForExport}); without it both clerks read the same count.
     */
    @Test
    void twoClerksWritingOneBatchsFileAtOnceNumberEveryExportOnce() throws Exception {
        long invoice = ReimbursementFixture.vendorInvoice(first, "V0100", "DKK", "125.00", LocalDate.of(2026, 10, 1), "EXP-1");
        long batchId = new PaymentService(first).post(List.of(invoice), PAY_DATE, false).batch().id();
        int perClerk = 10;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> messageIds = new ArrayList<>();
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<List<String>>> clerks = new ArrayList<>();
            for (Ledger ledger : List.of(first, second)) {
                PaymentService clerk = new PaymentService(ledger);
                clerks.add(pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < perClerk; i++) {
                        ids.add(clerk.writeFile(batchId, Pain001Version.V09,
                                OutputStream.nullOutputStream()).messageId());
                    }
                    return ids;
                }));
            }
            for (Future<List<String>> clerk : clerks) {
                messageIds.addAll(clerk.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2 * perClerk, messageIds.stream().distinct().count(), messageIds::toString);
        // PB-000001-7-20261116... : the export number is the id's third part.
        List<Integer> numbers = messageIds.stream().map(id -> Integer.parseInt(id.split("-")[2])).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, 2 * perClerk).boxed().toList(), numbers);
        assertEquals(2 * perClerk, TestLedgers.count(first, "SELECT export_count FROM payment_batch WHERE id = " + batchId));
    }

    /** Posts once both clerks are ready; the batch, or the refusal as the clerk would read it. */
    private static Object post(PaymentService clerk, List<Long> ids, CyclicBarrier start) throws Exception {
        start.await(60, TimeUnit.SECONDS);
        try {
            return clerk.post(ids, PAY_DATE, false);
        } catch (UserException refused) {
            return refused;
        }
    }
}
