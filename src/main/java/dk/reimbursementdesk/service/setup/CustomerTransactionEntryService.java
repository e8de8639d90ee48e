package dk.reimbursementdesk.service.setup;

import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.Row;
import dk.reimbursementdesk.persistence.setup.CurrencyCodes;
import dk.reimbursementdesk.persistence.setup.CustomerListQueries;
import dk.reimbursementdesk.persistence.setup.CustomerStore;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import dk.reimbursementdesk.service.posting.PostingService;
import dk.reimbursementdesk.service.posting.PostingService.CustomerTransactionRequest;
import dk.reimbursementdesk.service.posting.PostingService.PostedVoucher;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Customer transaction entry: the clerk's invoice, payment or credit note, checked for what the
 * form asks and then posted by the posting service, which writes the balanced voucher and settles
 * invoices. A payment larger than the open invoices leaves the rest open as a credit balance.
 */
public final class CustomerTransactionEntryService {

    /** What the form needs to know about the chosen customer. */
    public record CustomerSummary(String account, String name, String currency) {
    }

    /** The chosen customer and its open balance in the accounting currency (negative: a credit balance). */
    public record CustomerStatus(CustomerSummary customer, BigDecimal balance, String accountingCurrency) {
    }

    /** The kinds a clerk may enter; reimbursements are made by their own process. */
    public static final List<CustomerTransactionType> ENTERABLE = List.of(
            CustomerTransactionType.INVOICE, CustomerTransactionType.PAYMENT, CustomerTransactionType.CREDIT_NOTE);

    private final Ledger ledger;
    private final PostingService posting;

    public CustomerTransactionEntryService(Ledger ledger, PostingService posting) {
        this.ledger = ledger;
        this.posting = posting;
    }

    public Optional<CustomerSummary> customer(String account) {
        if (account == null || account.isBlank()) {
            return Optional.empty();
        }
        return ledger.inTransaction(work -> new CustomerListQueries(work).summary(account, CustomerTransactionEntryService::summary));
    }

    public Optional<CustomerStatus> status(String account) {
        return customer(account).map(summary -> ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            long open = new CustomerStore(work).openBalanceAccounting(summary.account());
            return new CustomerStatus(summary, BigDecimal.valueOf(open, context.accountingDecimals()), context.accountingCurrencyCode());
        }));
    }

    /** One posted transaction of a customer, as the entry screen lists them under its form. */
    public record PostedTransaction(LocalDate date, CustomerTransactionType type, String document, String currency,
                                    BigDecimal amount, BigDecimal openAmount, String voucher) {
    }

    /** The customer's posted transactions, newest first, at most {@code limit}; none for an unknown account. */
    public List<PostedTransaction> postedTransactions(String account, int limit) {
        return customer(account).map(found -> ledger.inTransaction(work -> new CustomerListQueries(work)
                .postedTransactions(found.account(), PageLimit.of(limit), row -> {
                    int decimals = row.integer("decimals");
                    return new PostedTransaction(row.date("transaction_date"), CustomerTransactionType.valueOf(row.text("type")),
                            row.text("document"), row.text("currency"), row.money("amount", decimals),
                            row.money("open_amount", decimals), row.text("voucher"));
                }))).orElse(List.of());
    }

    public List<CustomerSummary> searchCustomers(String text, int limit) {
        return ledger.inTransaction(work -> new CustomerListQueries(work).search(text, PageLimit.of(limit),
                CustomerTransactionEntryService::summary));
    }

    private static CustomerSummary summary(Row row) {
        return new CustomerSummary(row.text("account"), row.text("name"), row.text("currency"));
    }

    public List<String> currencies() {
        return ledger.inTransaction(work -> new CurrencyCodes(work).all());
    }

    /** Posts one transaction; currency null means the customer's. */
    public PostedVoucher post(String customerAccount, CustomerTransactionType type, LocalDate date, LocalDate dueDate,
                              String document, BigDecimal amount, String currency) {
        CustomerSummary customer = customer(customerAccount)
                .orElseThrow(() -> SetupRefusals.refuse(customerAccount == null || customerAccount.isBlank()
                        ? "entry.customerRequired" : "customer.unknown", customerAccount));
        if (type == null || !ENTERABLE.contains(type)) {
            throw SetupRefusals.refuse("entry.typeRequired");
        }
        if (date == null) {
            throw SetupRefusals.refuse("entry.dateRequired");
        }
        if (type == CustomerTransactionType.INVOICE && dueDate != null && dueDate.isBefore(date)) {
            throw SetupRefusals.refuse("entry.dueBeforeDate", dueDate, date);
        }
        SetupRefusals.requireText(document, "entry.documentRequired");
        if (amount == null) {
            throw SetupRefusals.refuse("amount.required");
        }
        if (amount.signum() <= 0) {
            throw SetupRefusals.refuse("entry.amountNotPositive", amount.toPlainString());
        }
        return posting.postCustomerTransaction(new CustomerTransactionRequest(customer.account(), type, date,
                type == CustomerTransactionType.INVOICE ? dueDate : null, document.trim(), amount,
                SetupRefusals.blankToNull(currency)));
    }
}
