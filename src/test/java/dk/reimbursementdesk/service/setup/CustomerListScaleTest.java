package dk.reimbursementdesk.service.setup;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.setup.CustomerService.Column;
import dk.reimbursementdesk.service.setup.CustomerService.Page;
import dk.reimbursementdesk.service.setup.CustomerService.Query;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer list with 100,000 customers, each with an open transaction: every page the screen
 * asks for (first page, a later page, sorted by balance, filtered) comes back well within a second.
 * The bound is loose because the test machine is shared; the measured times are printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerListScaleTest {

    static final int CUSTOMERS = 100_000;
    static final long BOUND_MILLIS = 1_500;

    Ledger ledger;
    CustomerService service;

    @BeforeAll
    void fill(@TempDir Path dir) {
        ledger = TestLedgers.empty(dir);
        service = new CustomerService(ledger);
        TestLedgers.execute(ledger, "INSERT INTO customer_group (code, name) VALUES ('BULK', 'Bulk')");
        TestLedgers.voucher(ledger, "BULK-1", "2026-01-01", "bulk open items");
        TestLedgers.execute(ledger, "INSERT INTO customer (account, name, group_id, currency)"
                + " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + CUSTOMERS + ")"
                + " SELECT printf('K%06d', i), 'Customer ' || (i * 7919 % " + CUSTOMERS + "), (SELECT id FROM customer_group),"
                + " 'DKK' FROM n");
        TestLedgers.execute(ledger, "INSERT INTO customer_transaction (customer_id, voucher_id, type, transaction_date, document,"
                + " currency, amount, amount_acc)"
                + " SELECT c.id, (SELECT id FROM voucher), 'INVOICE', '2026-01-01', 'D' || c.id, 'DKK',"
                + " (c.id * 37 % 20000) - 10000, (c.id * 37 % 20000) - 10000"
                + " FROM customer c WHERE (c.id * 37 % 20000) <> 10000");
        TestLedgers.execute(ledger, "INSERT INTO customer_open_item (customer_id, currency, transaction_id, transaction_date,"
                + " open_amount, open_amount_acc)"
                + " SELECT customer_id, currency, id, transaction_date, amount, amount_acc FROM customer_transaction"
                + " ORDER BY customer_id, currency, id");
        assertEquals(CUSTOMERS, TestLedgers.count(ledger, "SELECT count(*) FROM customer"));
    }

    @AfterAll
    void close() {
        ledger.close();
    }

    private Page timed(String what, Supplier<Page> query) {
        query.get();
        long start = System.nanoTime();
        Page page = query.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.err.printf("customer list, %d customers, %s: %d ms%n", CUSTOMERS, what, millis);
        assertTrue(millis < BOUND_MILLIS, what + " took " + millis + " ms");
        return page;
    }

    @Test
    void firstPageByAccount() {
        Page page = timed("first page by account", () -> service.page(new Query("", Column.ACCOUNT, true, 0, 100)));
        assertEquals(CUSTOMERS, page.total());
        assertEquals("K000001", page.rows().get(0).account());
    }

    @Test
    void laterPageByName() {
        Page page = timed("page 500 by name", () -> service.page(new Query("", Column.NAME, true, 50_000, 100)));
        assertEquals(100, page.rows().size());
    }

    @Test
    void sortedByBalance() {
        Page page = timed("first page by balance, descending", () -> service.page(new Query("", Column.BALANCE, false, 0, 100)));
        assertEquals(new BigDecimal("99.99"), page.rows().get(0).balance());
    }

    @Test
    void filteredByName() {
        Page page = timed("filter 'Customer 4242'", () -> service.page(new Query("Customer 4242", Column.ACCOUNT, true, 0, 100)));
        assertTrue(page.total() >= 1);
    }
}
