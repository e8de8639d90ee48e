package dk.reimbursementdesk.service.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The start page's figures as of {@code today}, every amount in the accounting currency.
 *
 * @param creditByAge     credit balances per age bucket (index 0: 0-30 days, 1: 31-90, 2: 91-365, 3: over 365)
 * @param creditByCurrency credit balances per currency of the balance, by currency code
 * @param perMonth        reimbursements posted per month, the last twelve months oldest first (reversed ones left out)
 * @param openInvoicesByAge open vendor invoices made by reimbursements, per age bucket of the reimbursement
 * @param creditByCurrencyAndAge credit balances per currency of the balance, each its four age buckets
 *                        (a currency's bars sum to its {@code creditByCurrency} bar, each bucket's over the
 *                        currencies to its {@code creditByAge} bar)
 */
public record Overview(LocalDate today, String accountingCurrency, List<Bar> creditByAge, Map<String, Bar> creditByCurrency,
                       Map<YearMonth, Bar> perMonth, List<Bar> openInvoicesByAge, Map<String, List<Bar>> creditByCurrencyAndAge) {

    /** One bar: how many items, and their sum. */
    public record Bar(long count, BigDecimal amount) {
    }
}
