package dk.reimbursementdesk.service.payment;

import dk.reimbursementdesk.domain.Currency;
import dk.reimbursementdesk.domain.ExchangeConversion;
import dk.reimbursementdesk.domain.Iban;
import dk.reimbursementdesk.domain.Money;
import dk.reimbursementdesk.persistence.Row;
import dk.reimbursementdesk.persistence.Sql;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.payment.InvoiceChoice;
import dk.reimbursementdesk.persistence.payment.PaymentPlanStore;
import dk.reimbursementdesk.persistence.payment.Concatenated;
import dk.reimbursementdesk.service.ledger.Currencies;
import dk.reimbursementdesk.service.ledger.ExchangeRates;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A payment batch planned in SQL ({@link PaymentPlanStore}): the chosen open invoices, the vendors
 * that cannot be paid (checked here, once per vendor: an IBAN's check digits are not SQL), and one
 * payment per vendor and currency of the rest. The proposal reads it; posting converts it at the
 * payment date's rate, fixes what the file will carry and writes from it. Nothing here is held per
 * invoice or per payment but the vendors that cannot be paid.
 */
final class PaymentPlan {

    private final PaymentPlanStore store;
    private final UnitOfWork work;
    private final LedgerContext context;
    private final Locale locale;
    private final long chosen;
    private final List<VendorProblem> problems = new ArrayList<>();
    private final long payments;

    PaymentPlan(UnitOfWork work, LedgerContext context, InvoiceSelection selection, Locale locale) {
        this.work = work;
        this.context = context;
        this.locale = locale;
        this.store = new PaymentPlanStore(work);
        this.chosen = store.chooseInvoices(choice(selection));
        List<Long> unpayable = new ArrayList<>();
        store.eachVendor(row -> {
            String problem = BankAccountCheck.vendorProblem(locale, row.text("account"), row.text("name"), row.text("iban"),
                    row.text("bic"));
            if (problem != null) {
                problems.add(new VendorProblem(row.text("account"), row.text("name"), problem));
                unpayable.add(row.number("vendor_id"));
            }
        });
        store.leaveOut(unpayable);
        this.payments = store.payments();
    }

    static InvoiceChoice choice(InvoiceSelection selection) {
        return selection.filter() == null ? InvoiceChoice.ids(selection.ids())
                : InvoiceChoice.allBut(filter(selection.filter()), selection.ids());
    }

    static InvoiceChoice.Filter filter(OpenInvoiceQuery query) {
        return new InvoiceChoice.Filter(query.vendors().fieldCriteria(), query.currency(), query.dueOnOrBefore(),
                query.reimbursementsOnly());
    }

    /** How many open invoices were chosen, payable or not. */
    long chosenInvoices() {
        return chosen;
    }

    long payments() {
        return payments;
    }

    long payableInvoices() {
        return store.invoices();
    }

    List<VendorProblem> problems() {
        return List.copyOf(problems);
    }

    /** Per currency, in currency order. */
    List<Money> totals() {
        return store.totals(row -> Money.ofMinor(row.number("amount"), row.text("currency"), row.integer("decimals")));
    }

    /** The first {@code limit} payments in batch order, as the proposal shows them. */
    List<ProposedPayment> firstPayments(int limit) {
        List<ProposedPayment> shown = new ArrayList<>();
        store.eachPayment(1, limit, row -> shown.add(proposed(row)));
        return shown;
    }

    private ProposedPayment proposed(Row row) {
        List<Long> ids = Concatenated.texts(row, "invoice_ids").stream().map(Long::valueOf).toList();
        List<String> reimbursements = Concatenated.texts(row, "reimbursements");
        return new ProposedPayment(row.text("vendor_account"), row.text("vendor_name"), row.text("iban"), row.text("bic"),
                Money.ofMinor(row.number("amount"), row.text("currency"), row.integer("decimals")), ids, reimbursements,
                Remittance.text(locale, reimbursements, Concatenated.texts(row, "documents")));
    }

    /**
     * Readies the plan for posting on {@code date}: the payments in accounting currency at the date's
     * rate (a missing rate refuses the batch), each invoice's part of its payment, and the creditor
     * and remittance each payment's file line will carry.
     */
    void prepare(LocalDate date) {
        String accounting = context.accountingCurrencyCode();
        Map<String, BigDecimal> rates = new HashMap<>();
        Map<String, Integer> decimals = new HashMap<>();
        for (String code : store.currencies(accounting)) {
            Currency currency = Currencies.require(work, code);
            rates.put(code, ExchangeRates.require(work, code, accounting, date));
            decimals.put(code, currency.getDecimals());
        }
        store.convert(accounting, (code, minor) ->
                ExchangeConversion.toAccountingMinor(minor, decimals.get(code), rates.get(code), context.accountingDecimals()));
        store.paymentParts(this::splitForeignPayments);
        try (Sql.Batch creditors = store.creditors()) {
            Creditor[] current = {null};
            store.eachPaymentInvoice(row -> {
                long n = row.number("n");
                if (current[0] == null || current[0].n != n) {
                    if (current[0] != null) {
                        current[0].addTo(creditors, locale);
                    }
                    current[0] = new Creditor(n, row.text("vendor_name"), row.text("iban"), row.text("bic"));
                }
                current[0].add(row.text("document"), row.text("reimbursement"));
            });
            if (current[0] != null) {
                current[0].addTo(creditors, locale);
            }
        }
    }

    /** One payment's creditor and the references its remittance names, gathered from its invoice rows. */
    private static final class Creditor {
        final long n;
        final String name;
        final String iban;
        final String bic;
        final List<String> reimbursements = new ArrayList<>(1);
        final List<String> documents = new ArrayList<>(1);

        Creditor(long n, String name, String iban, String bic) {
            this.n = n;
            this.name = name;
            this.iban = iban;
            this.bic = bic;
        }

        void add(String document, String reimbursement) {
            if (document != null) {
                documents.add(document);
            }
            if (reimbursement != null) {
                reimbursements.add(reimbursement);
            }
        }

        void addTo(Sql.Batch creditors, Locale locale) {
            creditors.add(n, name, Iban.normalize(iban), BankAccountCheck.blankToNull(bic),
                    Remittance.text(locale, reimbursements, documents));
        }
    }

    /**
     * A foreign payment of several invoices is split over them as the entity path settles one after
     * the other, oldest first: each takes its proportional part of what is still open of the payment
     * in accounting currency, the last one the rest, so the parts add up to the payment exactly.
     */
    private void splitForeignPayments(Sql.Batch parts) {
        long[] current = {-1, 0, 0}; // payment, open amount, open accounting amount
        store.eachSplitInvoice(row -> {
            if (row.number("pay") != current[0]) {
                current[0] = row.number("pay");
                current[1] = row.number("amount");
                current[2] = row.number("amount_acc");
            }
            long part = row.number("owed");
            long partAcc = ExchangeConversion.proportionalPart(current[2], current[1], part);
            current[1] -= part;
            current[2] -= partAcc;
            parts.add(row.number("id"), partAcc);
        });
    }
}
