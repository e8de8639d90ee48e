package dk.reimbursementdesk.service.setup;

import dk.reimbursementdesk.domain.Customer;
import dk.reimbursementdesk.domain.CustomerTransactionType;
import dk.reimbursementdesk.domain.Parameters;
import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.ledger.Currencies;
import dk.reimbursementdesk.service.ledger.LedgerContext;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Customers (Debitorer): the paged list, the details form, the vendor account link and the open
 * items. Lists are plain SQL shaped for the screen, filtered, sorted and paged in the database, so
 * a ledger with 100,000 customers shows a page as fast as one with twelve.
 */
public final class CustomerService {

    /** The list's sortable columns. */
    public enum Column { ACCOUNT, NAME, GROUP, CURRENCY, VENDOR, BALANCE }

    /** A page request: the quick filter matches account, name, group, currency and vendor account. */
    public record Query(String filter, Column sortBy, boolean ascending, int offset, int limit) {
    }

    /** A list row; the balance is the sum of its open items' amounts in the accounting currency. */
    public record Row(String account, String name, String group, String currency, String vendorAccount, BigDecimal balance) {
    }

    /** One page of rows and how many rows the filter matches in all. */
    public record Page(List<Row> rows, int total, String accountingCurrency) {
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
        return ledger.inSessionTransaction(session -> {
            LedgerContext context = LedgerContext.load(session);
            int decimals = context.accountingDecimals();
            return session.doReturningWork(c -> {
                String pattern = ListQueries.containsPattern(query.filter());
                boolean filtered = query.filter() != null && !query.filter().isBlank();
                String where = filtered
                        ? " WHERE (c.account LIKE ?1 ESCAPE '\\' OR c.name LIKE ?1 ESCAPE '\\' OR g.code LIKE ?1 ESCAPE '\\'"
                          + " OR c.currency LIKE ?1 ESCAPE '\\' OR v.account LIKE ?1 ESCAPE '\\')"
                        : "";
                String from = " FROM customer c JOIN customer_group g ON g.id = c.group_id LEFT JOIN vendor v ON v.id = c.vendor_id";
                int total;
                try (PreparedStatement s = c.prepareStatement("SELECT count(*)" + from + where)) {
                    if (filtered) {
                        s.setString(1, pattern);
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        total = rs.getInt(1);
                    }
                }
                // The balance is summed per customer from its open items, which lie together at the front
                // of customer_open_item's key: a page sorted by another column computes it for its own
                // rows only, and sorting by balance costs one range of the narrow table per customer.
                String sql = "SELECT c.account, c.name, g.code, c.currency, v.account,"
                        + " coalesce((SELECT sum(o.open_amount_acc) FROM customer_open_item o"
                        + " WHERE o.customer_id = c.id), 0) AS balance" + from
                        + where + " ORDER BY " + orderBy(query) + " LIMIT ?2 OFFSET ?3";
                List<Row> rows = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, pattern);
                    s.setInt(2, ListQueries.limit(query.limit()));
                    s.setInt(3, Math.max(0, query.offset()));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5), BigDecimal.valueOf(rs.getLong(6), decimals)));
                        }
                    }
                }
                return new Page(rows, total, context.accountingCurrencyCode());
            });
        });
    }

    private static String orderBy(Query query) {
        String direction = query.ascending() ? " ASC" : " DESC";
        String column = switch (query.sortBy() == null ? Column.ACCOUNT : query.sortBy()) {
            case ACCOUNT -> "c.account COLLATE NOCASE";
            case NAME -> "c.name COLLATE NOCASE";
            case GROUP -> "g.code COLLATE NOCASE";
            case CURRENCY -> "c.currency";
            case VENDOR -> "v.account COLLATE NOCASE";
            case BALANCE -> "balance";
        };
        // The account breaks ties so that paging is stable.
        return column + direction + ", c.account COLLATE NOCASE" + direction;
    }

    public Optional<Details> find(String account) {
        if (account == null || account.isBlank()) {
            return Optional.empty();
        }
        return ledger.inSessionTransaction(session -> customer(session, account.trim()).map(c -> details(session, c)));
    }

    /** Whether another customer already has this account number (compared without regard to case). */
    public boolean accountTaken(String account) {
        if (account == null || account.isBlank()) {
            return false;
        }
        return ledger.inSessionTransaction(session -> customer(session, account.trim()).isPresent());
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
        return ledger.inSessionTransaction(session -> {
            String currency = Currencies.ensure(session, SetupRefusals.requireText(draft.currency(), "currency.required")).getCode();
            Vendor vendor = vendor(session, draft.vendorAccount());
            Optional<Customer> found = customer(session, account);
            Customer customer;
            if (draft.existing()) {
                customer = found.orElseThrow(() -> SetupRefusals.refuse("customer.unknown", account));
                if (!customer.getCurrency().equals(currency) && hasTransactions(session, customer)) {
                    throw SetupRefusals.refuse("customer.currencyInUse", account);
                }
                customer.setName(name);
                customer.setGroup(Groups.customerGroup(session, draft.group()));
                customer.setCurrency(currency);
                customer.setIban(iban);
                customer.setBic(bic);
                customer.setVendor(vendor);
            } else {
                if (found.isPresent()) {
                    throw SetupRefusals.refuse("customer.duplicate", account);
                }
                customer = new Customer(account, name, Groups.customerGroup(session, draft.group()), currency, iban, bic, vendor);
                session.persist(customer);
            }
            session.flush();
            return details(session, customer);
        });
    }

    /** Deletes a customer that has never had a transaction; one with history is refused with the reason. */
    public void delete(String account) {
        ledger.inSessionTransactionDo(session -> {
            Customer customer = customer(session, account).orElseThrow(() -> SetupRefusals.refuse("customer.unknown", account));
            long count = transactionCount(session, customer);
            if (count > 0) {
                throw SetupRefusals.refuse("customer.hasTransactions", customer.getAccount(), count);
            }
            session.remove(customer);
        });
    }

    /** Links the customer to a vendor account, or clears the link when the account is blank. */
    public Details linkVendor(String customerAccount, String vendorAccount) {
        return ledger.inSessionTransaction(session -> {
            Customer customer = customer(session, customerAccount)
                    .orElseThrow(() -> SetupRefusals.refuse("customer.unknown", customerAccount));
            customer.setVendor(vendor(session, vendorAccount));
            return details(session, customer);
        });
    }

    /**
     * Creates a vendor that stands for the customer in accounts payable, with the customer's name,
     * currency and bank details, and links it. The vendor takes the customer's account number (the
     * two ledgers number apart, so the same number tells at a glance whom the vendor stands for)
     * and the vendor group the parameters name for vendors made from customers.
     */
    public Details createVendorFromCustomer(String customerAccount) {
        return ledger.inSessionTransaction(session -> {
            Customer customer = customer(session, customerAccount)
                    .orElseThrow(() -> SetupRefusals.refuse("customer.unknown", customerAccount));
            if (customer.getVendor() != null) {
                throw SetupRefusals.refuse("customer.alreadyLinked", customer.getAccount(), customer.getVendor().getAccount());
            }
            boolean taken = !session.createSelectionQuery("select 1 from Vendor where lower(account) = :a", Integer.class)
                    .setParameter("a", customer.getAccount().toLowerCase(Locale.ROOT)).getResultList().isEmpty();
            if (taken) {
                throw SetupRefusals.refuse("customer.vendorAccountTaken", customer.getAccount());
            }
            Parameters parameters = session.find(Parameters.class, Parameters.SINGLETON_ID);
            Vendor vendor = new Vendor(customer.getAccount(), customer.getName(), parameters.getOneTimeVendorGroup(),
                    customer.getCurrency(), customer.getIban(), customer.getBic(), false);
            session.persist(vendor);
            customer.setVendor(vendor);
            session.flush();
            return details(session, customer);
        });
    }

    /** Vendors whose account or name contains the text, for the vendor account lookup. */
    public List<VendorChoice> searchVendors(String text, int limit) {
        return ledger.inSessionTransaction(session -> session.doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT account, name, currency FROM vendor"
                    + " WHERE account LIKE ?1 ESCAPE '\\' OR name LIKE ?1 ESCAPE '\\' ORDER BY account COLLATE NOCASE LIMIT ?2")) {
                s.setString(1, ListQueries.containsPattern(text));
                s.setInt(2, ListQueries.limit(limit));
                List<VendorChoice> choices = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        choices.add(new VendorChoice(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return choices;
            }
        }));
    }

    public List<String> groups() {
        return ledger.inSessionTransaction(session -> session.createSelectionQuery(
                "select code from CustomerGroup order by code", String.class).getResultList());
    }

    public List<String> currencies() {
        return ledger.inSessionTransaction(session -> session.createSelectionQuery(
                "select code from Currency order by code", String.class).getResultList());
    }

    public String accountingCurrency() {
        return ledger.inSessionTransaction(session -> LedgerContext.load(session).accountingCurrencyCode());
    }

    /** The customer's open transactions, oldest first. */
    public List<OpenTransaction> openTransactions(String account) {
        return ledger.inSessionTransaction(session -> session.doReturningWork(c -> {
            List<OpenTransaction> open = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT t.document, t.type, t.transaction_date, t.due_date, t.currency,"
                    + " t.amount, o.open_amount, k.decimals FROM customer c JOIN customer_open_item o ON o.customer_id = c.id"
                    + " JOIN customer_transaction t ON t.id = o.transaction_id JOIN currency k ON k.code = o.currency"
                    + " WHERE c.account = ? ORDER BY o.transaction_date, o.transaction_id")) {
                s.setString(1, account);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int decimals = rs.getInt(8);
                        open.add(new OpenTransaction(rs.getString(1), CustomerTransactionType.valueOf(rs.getString(2)),
                                LocalDate.parse(rs.getString(3)), rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)),
                                rs.getString(5), BigDecimal.valueOf(rs.getLong(6), decimals), BigDecimal.valueOf(rs.getLong(7), decimals)));
                    }
                }
            }
            return open;
        }));
    }

    /** The open balance per currency: positive when the customer owes, negative for a credit balance. */
    public List<CurrencyBalance> balances(String account) {
        return ledger.inSessionTransaction(session -> {
            int accountingDecimals = LedgerContext.load(session).accountingDecimals();
            return session.doReturningWork(c -> {
                List<CurrencyBalance> balances = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT o.currency, sum(o.open_amount), sum(o.open_amount_acc), k.decimals"
                        + " FROM customer c JOIN customer_open_item o ON o.customer_id = c.id JOIN currency k ON k.code = o.currency"
                        + " WHERE c.account = ? GROUP BY o.currency, k.decimals ORDER BY o.currency")) {
                    s.setString(1, account);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            balances.add(new CurrencyBalance(rs.getString(1), BigDecimal.valueOf(rs.getLong(2), rs.getInt(4)),
                                    BigDecimal.valueOf(rs.getLong(3), accountingDecimals)));
                        }
                    }
                }
                return balances;
            });
        });
    }

    private static Optional<Customer> customer(Session session, String account) {
        return session.createSelectionQuery("from Customer where lower(account) = :a", Customer.class)
                .setParameter("a", account == null ? "" : account.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    private static Vendor vendor(Session session, String account) {
        String wanted = SetupRefusals.blankToNull(account);
        if (wanted == null) {
            return null;
        }
        return session.createSelectionQuery("from Vendor where lower(account) = :a", Vendor.class)
                .setParameter("a", wanted.toLowerCase(Locale.ROOT)).getResultStream().findFirst()
                .orElseThrow(() -> SetupRefusals.refuse("vendor.unknown", wanted));
    }

    private static boolean hasTransactions(Session session, Customer customer) {
        return transactionCount(session, customer) > 0;
    }

    private static long transactionCount(Session session, Customer customer) {
        return session.createSelectionQuery("select count(*) from CustomerTransaction where customer = :c", Long.class)
                .setParameter("c", customer).getSingleResult();
    }

    private static Details details(Session session, Customer c) {
        Vendor vendor = c.getVendor();
        return new Details(c.getAccount(), c.getName(), c.getGroup().getCode(), c.getCurrency(), c.getIban(), c.getBic(),
                vendor == null ? null : vendor.getAccount(), vendor == null ? null : vendor.getName(), hasTransactions(session, c));
    }

}
