package dk.reimbursementdesk.service.reimbursement;

import static dk.reimbursementdesk.domain.CustomerTransactionType.CREDIT_NOTE;
import static dk.reimbursementdesk.domain.CustomerTransactionType.INVOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.reimbursementdesk.service.overview.Overview;
import dk.reimbursementdesk.service.overview.Overview.Bar;
import dk.reimbursementdesk.service.overview.OverviewService;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.setup.CustomerService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Overview's figures on a ledger small enough to sum by hand, as of 2026-12-31:
 * C1 a credit of 300.00 DKK from 2026-12-20 (11 days), C2 150.00 DKK from 2026-10-15 (77 days),
 * C3 an invoice of 100.00 set off by a credit of 250.00 from 2026-02-01 (150.00 left, 333 days),
 * E1 20.00 EUR from 2026-01-05 at 7.46 (149.20 DKK, 360 days), C4 only owes (500.00).
 */
class OverviewFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);

    @TempDir
    Path dir;
    Books books;

    @AfterEach
    void close() {
        books.ledger.close();
    }

    private static Bar bar(long count, String amount) {
        return new Bar(count, new BigDecimal(amount));
    }

    private Overview knownLedger() {
        books = new Books(dir);
        books.customer("C1", "DKK");
        books.customer("C2", "DKK");
        books.customer("C3", "DKK");
        books.customer("C4", "DKK");
        books.customer("E1", "EUR");
        books.post("C1", CREDIT_NOTE, "2026-12-20", "CN1", "300.00");
        books.post("C2", CREDIT_NOTE, "2026-10-15", "CN2", "150.00");
        books.post("C3", INVOICE, "2026-01-10", "IN3", "100.00");
        books.post("C3", CREDIT_NOTE, "2026-02-01", "CN3", "250.00");
        books.post("C4", INVOICE, "2026-11-01", "IN4", "500.00");
        books.post("E1", CREDIT_NOTE, "2026-01-05", "CN5", "20.00");
        return new OverviewService(books.ledger).overview(TODAY);
    }

    @Test
    void creditBalancesAreSummedPerAgeBucketAndPerCurrencyInTheAccountingCurrency() {
        Overview overview = knownLedger();

        assertEquals(List.of(bar(1, "300.00"), bar(1, "150.00"), bar(2, "299.20"), bar(0, "0.00")), overview.creditByAge());
        assertEquals(Map.of("DKK", bar(3, "600.00"), "EUR", bar(1, "149.20")), overview.creditByCurrency());
        assertEquals(Map.of("DKK", List.of(bar(1, "300.00"), bar(1, "150.00"), bar(1, "150.00"), bar(0, "0.00")),
                "EUR", List.of(bar(0, "0.00"), bar(0, "0.00"), bar(1, "149.20"), bar(0, "0.00"))), overview.creditByCurrencyAndAge());
        assertEquals(12, overview.perMonth().size());
        overview.perMonth().values().forEach(month -> assertEquals(bar(0, "0.00"), month));
        assertEquals(List.of(bar(0, "0.00"), bar(0, "0.00"), bar(0, "0.00"), bar(0, "0.00")), overview.openInvoicesByAge());
    }

    @Test
    void theCustomersListNarrowedToABarCountsAndSumsWhatTheBarDoes() {
        Overview overview = knownLedger();
        CustomerService customers = new CustomerService(books.ledger);

        for (Map.Entry<String, List<Bar>> currency : overview.creditByCurrencyAndAge().entrySet()) {
            for (int bucket = 0; bucket < OverviewService.BUCKETS; bucket++) {
                Bar bar = currency.getValue().get(bucket);
                CustomerService.Page page = customers.page(new CustomerService.Query("",
                        new CustomerService.CreditAge(TODAY, currency.getKey(), bucket), CustomerService.Column.ACCOUNT, true, 0, 100));
                assertEquals(bar.count(), page.total(), currency.getKey() + " " + bucket);
                assertEquals(bar.count(), page.rows().size());
                assertEquals(new CustomerService.CreditTotal((int) bar.count(), bar.amount()), page.credit());
            }
        }
        CustomerService.Page dkk = customers.page(new CustomerService.Query("",
                new CustomerService.CreditAge(TODAY, "DKK", null), CustomerService.Column.BALANCE, true, 0, 100));
        assertEquals(List.of("C1", "C2", "C3"), dkk.rows().stream().map(CustomerService.Row::account).toList());
        assertEquals(new CustomerService.CreditTotal(3, new BigDecimal("600.00")), dkk.credit());
        CustomerService.Page typed = customers.page(new CustomerService.Query("C3",
                new CustomerService.CreditAge(TODAY, "DKK", 2), CustomerService.Column.ACCOUNT, true, 0, 100));
        assertEquals(new CustomerService.CreditTotal(1, new BigDecimal("150.00")), typed.credit(), "the typed filter narrows it too");
        assertEquals(0, customers.page(new CustomerService.Query("C1",
                new CustomerService.CreditAge(TODAY, "DKK", 2), CustomerService.Column.ACCOUNT, true, 0, 100)).total());
        assertEquals(null, customers.page(new CustomerService.Query("", CustomerService.Column.ACCOUNT, true, 0, 100)).credit());
    }

    @Test
    void aRunMovesTheCreditsIntoItsMonthAndIntoOpenVendorInvoices() {
        knownLedger();
        // Reimburses C2, C3 and E1 on 2026-11-30 (E1 at that day's rate 7.44: 148.80); C1's credit is dated after and stays.
        new ReimbursementService(books.ledger).run(new ReimbursementRequest(LocalDate.of(2026, 11, 30), true,
                Selection.all(CustomerQueryFields.CATALOG)), RunProgress.NONE);

        Overview overview = new OverviewService(books.ledger).overview(TODAY);
        assertEquals(List.of(bar(1, "300.00"), bar(0, "0.00"), bar(0, "0.00"), bar(0, "0.00")), overview.creditByAge());
        assertEquals(Map.of("DKK", bar(1, "300.00")), overview.creditByCurrency());
        assertEquals(YearMonth.of(2026, 1), overview.perMonth().keySet().iterator().next());
        assertEquals(bar(3, "448.80"), overview.perMonth().get(YearMonth.of(2026, 11)));
        assertEquals(bar(0, "0.00"), overview.perMonth().get(YearMonth.of(2026, 12)));
        // 31 days since the run's posting date.
        assertEquals(List.of(bar(0, "0.00"), bar(3, "448.80"), bar(0, "0.00"), bar(0, "0.00")), overview.openInvoicesByAge());
    }
}
