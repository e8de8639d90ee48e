package dk.reimbursementdesk.testing;

import dk.reimbursementdesk.domain.Customer;
import dk.reimbursementdesk.domain.CustomerGroup;
import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.domain.ExchangeRate;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.posting.PostingService;
import dk.reimbursementdesk.service.posting.PostingService.CustomerTransactionRequest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The small-credit ledger of issue 13's tests. Company TEST in DKK, minimum reimbursement 100.00 DKK,
 * EUR at 7.4500 from 2026-06-01 and 7.4400 from 2026-09-01. On {@link #DAY} (2026-12-01):
 * <ul>
 *   <li>C1 (DKK): invoice 500.00 on 2026-01-10, payment 503.50 on 2026-02-01: credit 3.50, oldest
 *       credit 303 days old (91-365);</li>
 *   <li>C2 (DKK): credit note 40.00 on 2026-11-20: credit 40.00, 11 days old (0-30);</li>
 *   <li>C3 (DKK): payment 150.00 on 2026-03-01: credit 150.00, not small (it is reimbursed);</li>
 *   <li>C4 (EUR): payment 10.00 EUR on 2026-06-15 booked at 7.4500 = 74.50 DKK; at 7.4400 it is
 *       74.40 DKK, below 100.00: small, 169 days old (91-365);</li>
 *   <li>C5 (DKK): invoice 20.00 on 2026-12-05, after the date, and nothing else: no credit.</li>
 * </ul>
 */
public final class SmallCreditLedgers {

    public static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private SmallCreditLedgers() {
    }

    public static Ledger create(Path dir) {
        Ledger ledger = TestLedgers.empty(dir);
        ledger.inSessionTransactionDo(s -> {
            s.find(Parameters.class, Parameters.SINGLETON_ID).setMinimumReimbursement(100_00);
            s.persist(new CustomerGroup("RETAIL", "Retail"));
            s.persist(new ExchangeRate("EUR", LocalDate.of(2026, 6, 1), new BigDecimal("7.4500")));
            s.persist(new ExchangeRate("EUR", LocalDate.of(2026, 9, 1), new BigDecimal("7.4400")));
        });
        ledger.inSessionTransactionDo(s -> {
            CustomerGroup g = s.createSelectionQuery("from CustomerGroup", CustomerGroup.class).getSingleResult();
            for (String[] c : new String[][] {{"C1", "DKK"}, {"C2", "DKK"}, {"C3", "DKK"}, {"C4", "EUR"}, {"C5", "DKK"}}) {
                s.persist(new Customer(c[0], "Customer " + c[0], g, c[1], null, null, null));
            }
        });
        post(ledger, "C1", CustomerTransactionType.INVOICE, "2026-01-10", "INV-1", "500.00");
        post(ledger, "C1", CustomerTransactionType.PAYMENT, "2026-02-01", "PAY-1", "503.50");
        post(ledger, "C2", CustomerTransactionType.CREDIT_NOTE, "2026-11-20", "CN-2", "40.00");
        post(ledger, "C3", CustomerTransactionType.PAYMENT, "2026-03-01", "PAY-3", "150.00");
        post(ledger, "C4", CustomerTransactionType.PAYMENT, "2026-06-15", "PAY-4", "10.00");
        post(ledger, "C5", CustomerTransactionType.INVOICE, "2026-12-05", "INV-5", "20.00");
        return ledger;
    }

    private static void post(Ledger ledger, String customer, CustomerTransactionType type, String date, String document, String amount) {
        new PostingService(ledger).postCustomerTransaction(new CustomerTransactionRequest(customer, type, LocalDate.parse(date), null,
                document, new BigDecimal(amount), null));
    }
}
