package dk.reimbursementdesk.service.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.ServerAddress;
import dk.reimbursementdesk.service.demo.DemoLedgerService;
import dk.reimbursementdesk.service.setup.ParametersService.ParametersUpdate;
import dk.reimbursementdesk.service.setup.ParametersService.ParametersView;
import dk.reimbursementdesk.testing.PostgresServer;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the saves that change what a posting decides on take the posting lock first (issue
 * 15): while another clerk's posting holds it, a parameters save, a new exchange rate, a customer's
 * vendor link and a vendor save each wait, and go through once that posting ends. So a run never
 * plans from a half-saved setup. Two ledgers on the SAME database, as two clerks have.
 */
class SetupSavesWaitForPostingTest {

    @Test
    void eachSaveWaitsForAnotherClerksPostingAndThenGoesThrough() throws Exception {
        ServerAddress database = PostgresServer.get().migratedDatabase();
        try (Ledger first = Ledger.open(database); Ledger second = Ledger.open(database)) {
            new DemoLedgerService(first).populate();
            savesWait(first, second);
        }
    }

    private static void savesWait(Ledger first, Ledger second) throws Exception {
        ParametersService parameters = new ParametersService(second);
        ParametersView v = parameters.load();
        Map<String, Runnable> saves = new LinkedHashMap<>();
        saves.put("parameters", () -> parameters.save(new ParametersUpdate(new BigDecimal("150.00"), v.oneTimeVendorGroup(),
                v.oneTimeVendorSequence(), v.arControlAccount(), v.apControlAccount(), v.bankAccount(), v.salesAccount(),
                v.salesReturnsAccount(), v.voucherSequence(), v.reimbursementSequence())));
        saves.put("exchange rate", () -> new ExchangeRateService(second).add("EUR", LocalDate.of(2027, 1, 1), new BigDecimal("7.45")));
        saves.put("vendor link", () -> new CustomerService(second).linkVendor("C0001", "V0100"));
        saves.put("vendor", () -> new VendorService(second).save(
                new VendorService.Draft(false, "V0900", "Fragt ApS", "SUPPLIERS", "DKK", null, null, false)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Map.Entry<String, Runnable> save : saves.entrySet()) {
                CountDownLatch held = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                Future<?> posting = pool.submit(() -> first.inTransactionDo(work -> {
                    work.lockForPosting("reimbursement run");
                    held.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
                held.await(30, TimeUnit.SECONDS);
                Future<?> saving = pool.submit(save.getValue());
                assertThrows(TimeoutException.class, () -> saving.get(500, TimeUnit.MILLISECONDS),
                        save.getKey() + " went through while a posting held the lock");
                release.countDown();
                posting.get(30, TimeUnit.SECONDS);
                saving.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, new BigDecimal("150.00").compareTo(new ParametersService(first).load().minimumReimbursement()));
        assertEquals(1, TestLedgers.count(first, "SELECT count(*) FROM exchange_rate WHERE currency = 'EUR' AND valid_from = '2027-01-01'"));
        assertEquals(1, TestLedgers.count(first, "SELECT count(*) FROM customer c JOIN vendor v ON v.id = c.vendor_id "
                + "WHERE c.account = 'C0001' AND v.account = 'V0100'"));
        assertEquals(1, TestLedgers.count(first, "SELECT count(*) FROM vendor WHERE account = 'V0900'"));
    }
}
