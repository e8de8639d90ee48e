package dk.reimbursementdesk.service.reimbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.reimbursementdesk.domain.*;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.posting.PostingService;
import dk.reimbursementdesk.service.posting.PostingService.CustomerTransactionRequest;
import dk.reimbursementdesk.testing.TestLedgers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A small test ledger for the Reimbursement process: company TEST in DKK, minimum reimbursement
 * 100.00 DKK, groups RETAIL and WHOLESALE, EUR rates 7.4600 (from 2026-01-01), 7.4500 (from
 * 2026-06-01), 7.4400 (from 2026-09-01), a SEK rate 0.7000 (from 2026-01-01), and vendor V1 in
 * group REFUNDS. Customers and postings are added by each test.
 */
final class Books {

    /**
     * Customer transactions with what is open of them (zero once closed), as one table named
     * customer_transaction, for assertions that read a transaction and its open amount together.
     */
    static final String TRANSACTIONS = "(SELECT t.*, coalesce(o.open_amount, 0) AS open_amount, "
            + "coalesce(o.open_amount_acc, 0) AS open_amount_acc FROM customer_transaction t "
            + "LEFT JOIN customer_open_item o ON o.transaction_id = t.id) customer_transaction";

    final Ledger ledger;
    private final PostingService posting;

    Books(Path dir) {
        this(TestLedgers.empty(dir));
    }

    /** The small ledger arranged in {@code ledger}, which has its company and nothing else. */
    Books(Ledger ledger) {
        this.ledger = ledger;
        posting = new PostingService(ledger);
        ledger.inSessionTransactionDo(s -> {
            s.find(Parameters.class, Parameters.SINGLETON_ID).setMinimumReimbursement(100_00);
            s.persist(new CustomerGroup("RETAIL", "Retail"));
            s.persist(new CustomerGroup("WHOLESALE", "Wholesale"));
            s.persist(new VendorGroup("REFUNDS", "Refunds"));
            s.persist(new ExchangeRate("EUR", LocalDate.of(2026, 1, 1), new BigDecimal("7.4600")));
            s.persist(new ExchangeRate("EUR", LocalDate.of(2026, 6, 1), new BigDecimal("7.4500")));
            s.persist(new ExchangeRate("EUR", LocalDate.of(2026, 9, 1), new BigDecimal("7.4400")));
            s.persist(new ExchangeRate("SEK", LocalDate.of(2026, 1, 1), new BigDecimal("0.7000")));
        });
        ledger.inSessionTransactionDo(s -> {
            VendorGroup refunds = s.createSelectionQuery("from VendorGroup where code = 'REFUNDS'", VendorGroup.class).getSingleResult();
            s.persist(new Vendor("V1", "Linked Vendor ApS", refunds, "DKK", "DK5000400440116243", "DABADKKK", false));
        });
    }

    void customer(String account, String name, String group, String currency, String iban, String bic, String vendor) {
        ledger.inSessionTransactionDo(s -> {
            CustomerGroup g = s.createSelectionQuery("from CustomerGroup where code = :c", CustomerGroup.class)
                    .setParameter("c", group).getSingleResult();
            Vendor v = vendor == null ? null : s.createSelectionQuery("from Vendor where account = :a", Vendor.class)
                    .setParameter("a", vendor).getSingleResult();
            s.persist(new Customer(account, name, g, currency, iban, bic, v));
        });
    }

    void customer(String account, String currency) {
        customer(account, "Customer " + account, "RETAIL", currency, null, null, null);
    }

    void post(String customer, CustomerTransactionType type, String date, String document, String amount) {
        post(customer, type, date, document, amount, null);
    }

    void post(String customer, CustomerTransactionType type, String date, String document, String amount, String currency) {
        LocalDate day = LocalDate.parse(date);
        posting.postCustomerTransaction(new CustomerTransactionRequest(customer, type, day, null, document,
                new BigDecimal(amount), currency));
    }

    void setMinimum(long minor) {
        ledger.inSessionTransactionDo(s -> s.find(Parameters.class, Parameters.SINGLETON_ID).setMinimumReimbursement(minor));
    }

    long count(String sql) {
        return TestLedgers.count(ledger, sql);
    }

    /** Rows of a query as "a|b|c" strings, for assertions that read like the table. */
    List<String> rows(String sql) {
        return TestLedgers.rows(ledger, sql);
    }

    /** The open columns of every customer transaction: what a reversal must give back exactly. */
    List<String> openItems() {
        return rows("SELECT id, document, open_amount, open_amount_acc FROM " + TRANSACTIONS + " ORDER BY id");
    }

    void assertLedgerChecks() {
        assertEquals(List.of(), new LedgerCheckService(ledger).check().findings());
    }
}
