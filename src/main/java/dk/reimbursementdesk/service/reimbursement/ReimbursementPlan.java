package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.reimbursement.ReimbursementPlanStore;
import dk.reimbursementdesk.service.query.Selection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rules 1 to 3 and 6 of the Reimbursement process, shared by the preview and the run: the run's
 * decisions are made by set-based SQL into the temporary tables of {@link ReimbursementPlanStore},
 * which the preview reads and the run posts from; the currency terms (rates, decimals, the rounding
 * rule of rule 3) stay on the Java side, in {@link CurrencyTerms}.
 *
 * <ul>
 *   <li>Rule 1: the selected customers.</li>
 *   <li>Rule 2: per selected customer and currency, the balance of its open items dated on or before
 *       the posting date.</li>
 *   <li>Rule 3: a credit is reimbursed when it reaches the minimum after conversion.</li>
 *   <li>Rule 4: customers without a vendor get a one-time vendor.</li>
 *   <li>Rule 6: one reimbursement per customer and currency, or per credit document when not
 *       summarized.</li>
 *   <li>Lowered amounts: a summarized reimbursement the clerk lowered is for that amount and settles
 *       the credits oldest first up to it; the rest stays open.</li>
 * </ul>
 */
final class ReimbursementPlan {

    private final ReimbursementPlanStore tables;
    private final LocalDate postingDate;
    private final boolean summarize;
    private final String accountingCurrency;
    private final Map<String, CurrencyTerms> terms = new TreeMap<>();

    ReimbursementPlan(UnitOfWork work, LocalDate postingDate, boolean summarize, String accountingCurrency) {
        this.tables = new ReimbursementPlanStore(work);
        this.postingDate = postingDate;
        this.summarize = summarize;
        this.accountingCurrency = accountingCurrency;
    }

    Map<String, CurrencyTerms> terms() {
        return terms;
    }

    /** Rule 1: the customers the selection names; all of them when it has no ranges. */
    void select(Selection selection) {
        tables.selectCustomers(selection.fieldCriteria());
    }

    /** Rule 2. */
    void balances() {
        tables.balances(postingDate);
    }

    /** The currencies someone selected has a credit in, with their decimals: the ones rule 3 needs a rate for. */
    Map<String, Integer> creditCurrencies() {
        return tables.creditCurrencies();
    }

    /** Rule 3's rates and thresholds, one per currency with a credit. */
    void currencies(List<CurrencyTerms> currencyTerms) {
        Map<String, Long> thresholds = new LinkedHashMap<>();
        for (CurrencyTerms t : currencyTerms) {
            terms.put(t.code(), t);
            thresholds.put(t.code(), t.threshold());
        }
        tables.thresholds(thresholds);
    }

    /** Rules 3, 4 and 6: the reimbursements to post, their credits at the run's rates, and the vendors to make. */
    void groups() {
        tables.groups(postingDate, summarize, accountingCurrency, (currency, minor) -> terms.get(currency).toAccounting(minor));
    }

    private record Planned(long grp, long credit, int decimals, long threshold) {
    }

    /**
     * Lowers the proposals {@code amounts} names, after {@link #groups()}; refuses the whole run with
     * a sentence naming the first amount that is not a proposal of this plan, is negative, has more
     * decimals than its currency, is above the credit or below the minimum.
     */
    void lower(List<PartialAmount> amounts) {
        Map<Long, Long> lowered = new LinkedHashMap<>();
        if (!amounts.isEmpty() && !summarize) {
            throw ReimbursementText.refusal("reimbursement.amount.notSummarized", amounts.get(0).toString());
        }
        Set<String> seen = new HashSet<>();
        for (PartialAmount asked : amounts) {
            String account = asked.customerAccount() == null ? "" : asked.customerAccount().strip();
            String currency = asked.currency() == null ? "" : asked.currency().strip().toUpperCase(Locale.ROOT);
            BigDecimal amount = asked.amount();
            long customerId = tables.customerId(account)
                    .orElseThrow(() -> ReimbursementText.refusal("reimbursement.amount.unknownCustomer", account, currency, plain(amount)));
            if (!seen.add(customerId + ":" + currency)) {
                throw ReimbursementText.refusal("reimbursement.amount.twice", account, currency);
            }
            Planned planned = tables.planned(customerId, currency, row -> new Planned(row.number("grp"), row.number("credit"),
                    row.integer("decimals"), row.number("threshold"))).stream().findFirst()
                    .orElseThrow(() -> ReimbursementText.refusal("reimbursement.amount.noProposal", account, currency));
            String credit = plain(BigDecimal.valueOf(planned.credit(), planned.decimals()));
            String minimum = plain(BigDecimal.valueOf(planned.threshold(), planned.decimals()));
            if (amount == null || amount.signum() < 0) {
                throw ReimbursementText.refusal("reimbursement.amount.negative", account, currency, plain(amount), minimum, credit);
            }
            if (amount.stripTrailingZeros().scale() > planned.decimals()) {
                throw ReimbursementText.refusal("reimbursement.amount.decimals", account, currency, plain(amount), planned.decimals());
            }
            long minor = amount.movePointRight(planned.decimals()).longValueExact();
            if (minor > planned.credit()) {
                throw ReimbursementText.refusal("reimbursement.amount.aboveCredit", account, currency, plain(amount), credit);
            }
            if (minor < planned.threshold()) {
                throw ReimbursementText.refusal("reimbursement.amount.belowMinimum", account, currency, plain(amount), minimum);
            }
            if (minor < planned.credit()) {
                lowered.put(planned.grp(), minor);
            }
        }
        tables.lower(lowered, postingDate, accountingCurrency, (currency, minor) -> terms.get(currency).toAccounting(minor));
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    long selectedCustomers() {
        return tables.selectedCustomers();
    }

    long reimbursements() {
        return tables.reimbursements();
    }

    long newVendors() {
        return tables.newVendors();
    }

    /** The plan's totals per transaction currency and in accounting currency. */
    record Totals(Map<String, BigDecimal> byCurrency, BigDecimal acc) {
    }

    private record CurrencyTotal(String currency, BigDecimal credit, long creditAcc) {
    }

    Totals totals(int accountingDecimals) {
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        long acc = 0;
        for (CurrencyTotal total : tables.totalsByCurrency(row -> new CurrencyTotal(row.text("currency"),
                row.money("credit", row.integer("decimals")), row.number("credit_acc")))) {
            byCurrency.put(total.currency(), total.credit());
            acc += total.creditAcc();
        }
        return new Totals(new LinkedHashMap<>(byCurrency), BigDecimal.valueOf(acc, accountingDecimals));
    }
}
