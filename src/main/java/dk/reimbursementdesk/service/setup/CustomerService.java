package dk.reimbursementdesk.service.setup;

import dk.reimbursementdesk.domain.Customer;
import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.persistence.CreditBalances;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.RowMapper;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.setup.CurrencyCodes;
import dk.reimbursementdesk.persistence.setup.CustomerListQueries;
import dk.reimbursementdesk.persistence.setup.CustomerStore;
import dk.reimbursementdesk.persistence.setup.GroupStore;
import dk.reimbursementdesk.persistence.setup.VendorListQueries;
import dk.reimbursementdesk.persistence.setup.VendorStore;
import dk.reimbursementdesk.service.ledger.Currencies;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Customers (Debitorer): the paged list, the details form, the vendor account link and the open
 * items. Lists are plain SQL shaped for the screen, filtered, sorted and paged in the database, so
 * a ledger with 100,000 customers shows a page as fast as one with twelve.
 */
public final class CustomerService {

    /** The list's sortable columns. */
    public enum Column { ACCOUNT, NAME, GROUP, CURRENCY, VENDOR, BALANCE }

    /**
     * A page request: the quick filter matches account, name, group, currency and vendor account;
     * {@code credit}, when not null, keeps the customers with that credit balance (an Overview bar).
     */
    public record Query(String filter, CreditAge credit, Column sortBy, boolean ascending, int offset, int limit) {
        public Query(String filter, Column sortBy, boolean ascending, int offset, int limit) {
            this(filter, null, sortBy, ascending, offset, limit);
        }
    }

    /**
     * The customers with a credit balance in {@code currency} whose oldest open credit in it is, on
     * {@code day}, in age bucket {@code bucket} (0: 0-30 days, 1: 31-90, 2: 91-365, 3: over 365; null:
     * any age): the balances one bar of the Overview counts, by the same rule.
     */
    public record CreditAge(LocalDate day, String currency, Integer bucket) {
    }

    /** How many customers the credit filter keeps, and their credit balances' sum in the accounting currency. */
    public record CreditTotal(int customers, BigDecimal credit) {
    }

    /** A list row; the balance is the sum of its open items' amounts in the accounting currency. */
    public record Row(String account, String name, String group, String currency, String vendorAccount, BigDecimal balance) {
    }

    /** One page of rows and how many rows the filter matches in all; {@code credit} is null without a credit filter. */
    public record Page(List<Row> rows, int total, String accountingCurrency, CreditTotal credit) {
    }

    public record Details(String account, String name, String group, String currency, String iban, String bic,
                          String vendorAccount, String vendorName, boolean hasTransactions) {
    }

    /** A customer as the form saves it; {@code existing} says whether it edits one or creates one. */
    public record Draft(boolean existing, String account, String name, String group, String currency, String iban,
                        String bic, String vendorAccount) {
    }

    public record OpenTransaction(String document, CustomerTransactionType type, LocalDate date, LocalDate dueDate,
                                  String currency, BigDecimal amount, BigDecimal openAmount) {
    }

    /** The open balance in one currency, and what it is worth in the accounting currency. */
    public record CurrencyBalance(String currency, BigDecimal balance, BigDecimal balanceAccounting) {
    }

    public record VendorChoice(String account, String name, String currency) {
    }

    private static final String ACCOUNT_PATTERN = "[\\p{L}\\p{N}_\\-./]{1,20}";

    private final Ledger ledger;

    public CustomerService(Ledger ledger) {
        this.ledger = ledger;
    }

    public Page page(Query query) {
        return ledger.inTransaction(work -> {
            LedgerContext context = LedgerContext.load(work);
            int decimals = context.accountingDecimals();
            CustomerListQueries list = new CustomerListQueries(work);
            CreditAge age = query.credit();
            CreditBalances.Filter credit = age == null ? null : new CreditBalances.Filter(age.day(), age.currency(), age.bucket());
            RowMapper<CreditTotal> creditTotal = row -> new CreditTotal(row.integer("customers"), row.money("credit_acc", decimals));
            CreditTotal[] counted = {null};
            List<Row> rows = list.page(query.filter(), credit, sort(query.sortBy()), query.ascending(), Math.max(0, query.offset()),
                    PageLimit.of(query.limit()), row -> {
                        if (credit != null && counted[0] == null) {
                            counted[0] = creditTotal.map(row);
                        }
                        return new Row(row.text("account"), row.text("name"), row.text("group_code"), row.text("currency"),
                                row.text("vendor_account"), row.money("balance", decimals));
                    });
            if (credit != null && counted[0] == null) {
                counted[0] = list.creditCount(query.filter(), credit, creditTotal);
            }
            int total = credit == null ? list.count(query.filter()) : counted[0].customers();
            return new Page(rows, total, context.accountingCurrencyCode(), counted[0]);
        });
    }

    private static CustomerListQueries.Sort sort(Column column) {
        return switch (column == null ? Column.ACCOUNT : column) {
            case ACCOUNT -> CustomerListQueries.Sort.ACCOUNT;
            case NAME -> CustomerListQueries.Sort.NAME;
            case GROUP -> CustomerListQueries.Sort.GROUP;
            case CURRENCY -> CustomerListQueries.Sort.CURRENCY;
            case VENDOR -> CustomerListQueries.Sort.VENDOR;
            case BALANCE -> CustomerListQueries.Sort.BALANCE;
        };
    }

    public Optional<Details> find(String account) {
        if (account == null || account.isBlank()) {
            return Optional.empty();
        }
        return ledger.inTransaction(work -> new CustomerStore(work).find(account.trim()).map(c -> details(work, c)));
    }

    /** Whether another customer already has this account number (compared without regard to case). */
    public boolean accountTaken(String account) {
        if (account == null || account.isBlank()) {
            return false;
        }
        return ledger.inTransaction(work -> new CustomerStore(work).find(account.trim()).isPresent());
    }

    /** Creates or edits a customer; every field is checked again here, and a refusal writes nothing. */
    public Details save(Draft draft) {
        String account = SetupRefusals.requireText(draft.account(), "customer.accountRequired");
        if (!account.matches(ACCOUNT_PATTERN)) {
            throw SetupRefusals.refuse("account.invalid", account);
        }
        String name = SetupRefusals.requireText(draft.name(), "customer.nameRequired");
        String iban = BankDetails.iban(draft.iban());
        String bic = BankDetails.bic(draft.bic());
        return ledger.inTransaction(work -> {
            work.lockForPosting("customer change");
            CustomerStore customers = new CustomerStore(work);
            String currency = Currencies.ensure(work, SetupRefusals.requireText(draft.currency(), "currency.required")).getCode();
            Vendor vendor = vendor(work, draft.vendorAccount());
            Optional<Customer> found = customers.find(account);
            Customer customer;
            if (draft.existing()) {
                customer = found.orElseThrow(() -> SetupRefusals.refuse("customer.unknown", account));
                if (!customer.getCurrency().equals(currency) && customers.transactionCount(customer) > 0) {
                    throw SetupRefusals.refuse("customer.currencyInUse", account);
                }
                customer.setName(name);
                customer.setGroup(Groups.customerGroup(work, draft.group()));
                customer.setCurrency(currency);
                customer.setIban(iban);
                customer.setBic(bic);
                customer.setVendor(vendor);
            } else {
                if (found.isPresent()) {
                    throw SetupRefusals.refuse("customer.duplicate", account);
                }
                customer = new Customer(account, name, Groups.customerGroup(work, draft.group()), currency, iban, bic, vendor);
                work.persist(customer);
            }
            work.flush();
            return details(work, customer);
        });
    }

    /** Deletes a customer that has never had a transaction; one with history is refused with the reason. */
    public void delete(String account) {
        ledger.inTransactionDo(work -> {
            work.lockForPosting("customer deletion");
            CustomerStore customers = new CustomerStore(work);
            Customer customer = customers.find(account).orElseThrow(() -> SetupRefusals.refuse("customer.unknown", account));
            long count = customers.transactionCount(customer);
            if (count > 0) {
                throw SetupRefusals.refuse("customer.hasTransactions", customer.getAccount(), count);
            }
            work.remove(customer);
        });
    }

    /** Links the customer to a vendor account, or clears the link when the account is blank. */
    public Details linkVendor(String customerAccount, String vendorAccount) {
        return ledger.inTransaction(work -> {
            work.lockForPosting("vendor link");
            Customer customer = new CustomerStore(work).find(customerAccount)
                    .orElseThrow(() -> SetupRefusals.refuse("customer.unknown", customerAccount));
            customer.setVendor(vendor(work, vendorAccount));
            return details(work, customer);
        });
    }

    /**
     * Creates a vendor that stands for the customer in accounts payable, with the customer's name,
     * currency and bank details, and links it. The vendor takes the customer's account number (the
     * two ledgers number apart, so the same number tells at a glance whom the vendor stands for)
     * and the vendor group the parameters name for vendors made from customers.
     */
    public Details createVendorFromCustomer(String customerAccount) {
        return ledger.inTransaction(work -> {
            work.lockForPosting("vendor link");
            Customer customer = new CustomerStore(work).find(customerAccount)
                    .orElseThrow(() -> SetupRefusals.refuse("customer.unknown", customerAccount));
            if (customer.getVendor() != null) {
                throw SetupRefusals.refuse("customer.alreadyLinked", customer.getAccount(), customer.getVendor().getAccount());
            }
            if (new VendorStore(work).accountTaken(customer.getAccount())) {
                throw SetupRefusals.refuse("customer.vendorAccountTaken", customer.getAccount());
            }
            Parameters parameters = work.find(Parameters.class, Parameters.SINGLETON_ID);
            Vendor vendor = new Vendor(customer.getAccount(), customer.getName(), parameters.getOneTimeVendorGroup(),
                    customer.getCurrency(), customer.getIban(), customer.getBic(), false);
            work.persist(vendor);
            customer.setVendor(vendor);
            work.flush();
            return details(work, customer);
        });
    }

    /** Vendors whose account or name contains the text, for the vendor account lookup. */
    public List<VendorChoice> searchVendors(String text, int limit) {
        return ledger.inTransaction(work -> new VendorListQueries(work).search(text, PageLimit.of(limit),
                row -> new VendorChoice(row.text("account"), row.text("name"), row.text("currency"))));
    }

    public List<String> groups() {
        return ledger.inTransaction(work -> new GroupStore(work).customerGroupCodes());
    }

    public List<String> currencies() {
        return ledger.inTransaction(work -> new CurrencyCodes(work).all());
    }

    public String accountingCurrency() {
        return ledger.inTransaction(work -> LedgerContext.load(work).accountingCurrencyCode());
    }

    /** The customer's open transactions, oldest first. */
    public List<OpenTransaction> openTransactions(String account) {
        return ledger.inTransaction(work -> new CustomerListQueries(work).openTransactions(account, row -> {
            int decimals = row.integer("decimals");
            return new OpenTransaction(row.text("document"), CustomerTransactionType.valueOf(row.text("type")),
                    row.date("transaction_date"), row.date("due_date"), row.text("currency"),
                    row.money("amount", decimals), row.money("open_amount", decimals));
        }));
    }

    /** The open balance per currency: positive when the customer owes, negative for a credit balance. */
    public List<CurrencyBalance> balances(String account) {
        return ledger.inTransaction(work -> {
            int accountingDecimals = LedgerContext.load(work).accountingDecimals();
            return new CustomerListQueries(work).balances(account, row -> new CurrencyBalance(row.text("currency"),
                    row.money("balance", row.integer("decimals")), row.money("balance_accounting", accountingDecimals)));
        });
    }

    private static Vendor vendor(UnitOfWork work, String account) {
        String wanted = SetupRefusals.blankToNull(account);
        if (wanted == null) {
            return null;
        }
        return new VendorStore(work).find(wanted).orElseThrow(() -> SetupRefusals.refuse("vendor.unknown", wanted));
    }

    private static Details details(UnitOfWork work, Customer c) {
        Vendor vendor = c.getVendor();
        return new Details(c.getAccount(), c.getName(), c.getGroup().getCode(), c.getCurrency(), c.getIban(), c.getBic(),
                vendor == null ? null : vendor.getAccount(), vendor == null ? null : vendor.getName(),
                new CustomerStore(work).transactionCount(c) > 0);
    }
}
