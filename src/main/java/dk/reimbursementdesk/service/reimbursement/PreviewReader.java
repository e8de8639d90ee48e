package dk.reimbursementdesk.service.reimbursement;

import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.reimbursement.PreviewQueries;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reads a built {@link ReimbursementPlan} into the preview's proposals, exclusions and totals. */
final class PreviewReader {

    private final PreviewQueries queries;
    private final LedgerContext context;
    private final ReimbursementPlan plan;
    private final LocalDate postingDate;
    private final Locale locale;
    private final ReimbursementText.Writer text;
    /** The minimum and each currency's rate as written in the sentences: the same for tens of thousands of exclusions. */
    private String minimum;
    private final Map<String, String> rateTexts = new java.util.HashMap<>();

    PreviewReader(UnitOfWork work, LedgerContext context, ReimbursementPlan plan, LocalDate postingDate, Locale locale) {
        this.queries = new PreviewQueries(work);
        this.context = context;
        this.plan = plan;
        this.postingDate = postingDate;
        this.locale = locale;
        this.text = new ReimbursementText.Writer(locale);
    }

    Preview read() {
        int accDecimals = context.accountingDecimals();
        List<Proposal> proposals = queries.proposals(row -> {
            String vendor = row.text("vendor_account");
            return new Proposal(row.text("customer_account"), row.text("customer_name"), row.text("currency"),
                    row.money("credit", row.integer("decimals")), row.money("credit_acc", accDecimals),
                    vendor, vendor == null, row.text("source_document"));
        });

        List<Exclusion> exclusions = new ArrayList<>();
        String noOpenTransactions = text.sentence("exclusion.noOpenTransactions", ReimbursementText.date(locale, postingDate));
        exclusions.addAll(queries.customersWithoutOpenItems(row -> new Exclusion(row.text("account"), row.text("name"), null,
                ExclusionReason.NO_OPEN_TRANSACTIONS, noOpenTransactions)));
        exclusions.addAll(queries.balancesNotReimbursed(row -> row.text("hold_reason") != null
                ? new Exclusion(row.text("account"), row.text("name"), row.text("currency"), ExclusionReason.ON_HOLD,
                        text.sentence("exclusion.onHold", row.text("hold_reason")))
                : exclusion(row.text("account"), row.text("name"), row.text("currency"), row.integer("decimals"), row.number("balance"))));
        exclusions.sort(Comparator.comparing(Exclusion::customerAccount, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Exclusion::currency, Comparator.nullsFirst(Comparator.naturalOrder())));

        Map<String, BigDecimal> minimums = new TreeMap<>();
        plan.terms().values().stream().filter(t -> t.threshold() != CurrencyTerms.NEVER)
                .forEach(t -> minimums.put(t.code(), BigDecimal.valueOf(t.threshold(), t.decimals())));
        ReimbursementPlan.Totals totals = plan.totals(accDecimals);
        return new Preview(List.copyOf(proposals), List.copyOf(exclusions), totals.byCurrency(), totals.acc(),
                context.accountingCurrencyCode(), Math.toIntExact(plan.newVendors()), Math.toIntExact(plan.selectedCustomers()), minimums);
    }

    private Exclusion exclusion(String account, String name, String currency, int decimals, long balance) {
        if (balance >= 0) {
            return new Exclusion(account, name, currency, ExclusionReason.NOT_A_CREDIT, text.sentence(
                    "exclusion.notACredit", currency, text.amount(balance, decimals)));
        }
        CurrencyTerms terms = plan.terms().get(currency);
        if (!terms.hasRate()) {
            return new Exclusion(account, name, currency, ExclusionReason.NO_EXCHANGE_RATE, text.sentence(
                    "exclusion.noExchangeRate", currency, ReimbursementText.date(locale, postingDate)));
        }
        String acc = context.accountingCurrencyCode();
        int accDecimals = context.accountingDecimals();
        String credit = text.amount(-balance, decimals);
        if (minimum == null) {
            minimum = text.amount(context.parameters().getMinimumReimbursement(), accDecimals);
        }
        String explanation = currency.equals(acc)
                ? text.sentence("exclusion.belowMinimum", credit, currency, minimum)
                : text.sentence("exclusion.belowMinimumConverted", credit, currency,
                        text.amount(terms.toAccounting(-balance), accDecimals), acc, rateTexts.computeIfAbsent(currency, c -> rate(terms.rate())), minimum);
        return new Exclusion(account, name, currency, ExclusionReason.BELOW_MINIMUM, explanation);
    }

    private String rate(BigDecimal rate) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(0, rate.scale()));
        format.setMaximumFractionDigits(Math.max(0, rate.scale()));
        return format.format(rate);
    }
}
