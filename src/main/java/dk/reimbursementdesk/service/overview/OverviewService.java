package dk.reimbursementdesk.service.overview;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.overview.OverviewQueries;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Overview start page: credit balances awaiting reimbursement by age and by currency,
 * reimbursements per month for the last twelve months, and the open vendor invoices reimbursements
 * made. One read transaction of three set-based statements.
 *
 * <p>A credit balance's age is that of the customer's oldest credit item still open in its currency:
 * how long the company has owed the money. Balances below the minimum reimbursement count too: they
 * are owed all the same, and the chart is where a clerk sees them pile up.
 */
public final class OverviewService {

    public static final int BUCKETS = 4;
    public static final int MONTHS = 12;

    private final Ledger ledger;

    public OverviewService(Ledger ledger) {
        this.ledger = ledger;
    }

    public Overview overview(LocalDate today) {
        return ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            int acc = context.accountingDecimals();
            OverviewQueries queries = new OverviewQueries(work);
            List<Bar> byAge = empty(BUCKETS, acc);
            Map<String, Bar> byCurrency = new TreeMap<>();
            Map<String, List<Bar>> byCurrencyAndAge = new TreeMap<>();
            queries.creditBalancesByAge(today, row -> {
                int bucket = row.integer("bucket");
                Bar bar = new Bar(row.number("balances"), row.money("amount_acc", acc));
                byAge.set(bucket, byAge.get(bucket).plus(bar));
                byCurrency.merge(row.text("currency"), bar, Bar::plus);
                byCurrencyAndAge.computeIfAbsent(row.text("currency"), currency -> empty(BUCKETS, acc)).set(bucket, bar);
                return bar;
            });
            YearMonth first = YearMonth.from(today).minusMonths(MONTHS - 1);
            Map<YearMonth, Bar> perMonth = new LinkedHashMap<>();
            for (int i = 0; i < MONTHS; i++) {
                perMonth.put(first.plusMonths(i), new Bar(0, BigDecimal.ZERO.setScale(acc)));
            }
            queries.reimbursementsPerMonth(first.atDay(1), row -> perMonth.computeIfPresent(YearMonth.parse(row.text("month")),
                    (month, zero) -> new Bar(row.number("reimbursements"), row.money("amount_acc", acc))));
            List<Bar> invoices = empty(BUCKETS, acc);
            queries.openReimbursementInvoicesByAge(today, row -> invoices.set(row.integer("bucket"),
                    new Bar(row.number("invoices"), row.money("amount_acc", acc))));
            Map<String, List<Overview.Bar>> ageBarsByCurrency = new LinkedHashMap<>();
            byCurrencyAndAge.forEach((currency, bars) -> ageBarsByCurrency.put(currency, bars.stream().map(Bar::bar).toList()));
            return new Overview(today, context.accountingCurrencyCode(), byAge.stream().map(Bar::bar).toList(),
                    toBars(byCurrency), toBarsByMonth(perMonth), invoices.stream().map(Bar::bar).toList(), ageBarsByCurrency);
        });
    }

    private static List<Bar> empty(int size, int decimals) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            bars.add(new Bar(0, BigDecimal.ZERO.setScale(decimals)));
        }
        return bars;
    }

    private static Map<String, Overview.Bar> toBars(Map<String, Bar> bars) {
        Map<String, Overview.Bar> result = new LinkedHashMap<>();
        bars.forEach((key, bar) -> result.put(key, bar.bar()));
        return result;
    }

    private static Map<YearMonth, Overview.Bar> toBarsByMonth(Map<YearMonth, Bar> bars) {
        Map<YearMonth, Overview.Bar> result = new LinkedHashMap<>();
        bars.forEach((key, bar) -> result.put(key, bar.bar()));
        return result;
    }

    /** A bar while it is summed. */
    private record Bar(long count, BigDecimal amount) {
        Bar plus(Bar other) {
            return new Bar(count + other.count, amount.add(other.amount));
        }

        Overview.Bar bar() {
            return new Overview.Bar(count, amount);
        }
    }
}
