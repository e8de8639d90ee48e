package dk.reimbursementdesk.service.setup;

import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.domain.VendorTransactionType;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.ledger.Currencies;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.Session;

/** Vendors (Kreditorer): the paged list, the details form, the customers linked to one, its open invoices. */
public final class VendorService {

    public enum Column { ACCOUNT, NAME, GROUP, CURRENCY, IBAN, ONE_TIME }

    public record Query(String filter, Column sortBy, boolean ascending, int offset, int limit) {
    }

    public record Row(String account, String name, String group, String currency, String iban, String bic, boolean oneTime) {
    }

    public record Page(List<Row> rows, int total) {
    }

    public record Details(String account, String name, String group, String currency, String iban, String bic, boolean oneTime) {
    }

    public record Draft(boolean existing, String account, String name, String group, String currency, String iban,
                        String bic, boolean oneTime) {
    }

    public record LinkedCustomer(String account, String name) {
    }

    /** An open vendor invoice; amounts are shown as the company owes them, so positive. */
    public record OpenInvoice(String document, VendorTransactionType type, LocalDate date, LocalDate dueDate, String currency,
                              BigDecimal amount, BigDecimal openAmount) {
    }

    private static final String ACCOUNT_PATTERN = "[\\p{L}\\p{N}_\\-./]{1,20}";

    private final Ledger ledger;

    public VendorService(Ledger ledger) {
        this.ledger = ledger;
    }

    public Page page(Query query) {
        return ledger.inSessionTransaction(session -> session.doReturningWork(c -> {
            boolean filtered = query.filter() != null && !query.filter().isBlank();
            String from = " FROM vendor v JOIN vendor_group g ON g.id = v.group_id";
            String where = filtered
                    ? " WHERE (v.account LIKE ?1 ESCAPE '\\' OR v.name LIKE ?1 ESCAPE '\\' OR g.code LIKE ?1 ESCAPE '\\'"
                      + " OR v.currency LIKE ?1 ESCAPE '\\' OR v.iban LIKE ?1 ESCAPE '\\' OR v.bic LIKE ?1 ESCAPE '\\')"
                    : "";
            String pattern = ListQueries.containsPattern(query.filter());
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
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT v.account, v.name, g.code, v.currency, v.iban, v.bic, v.one_time"
                    + from + where + " ORDER BY " + orderBy(query) + " LIMIT ?2 OFFSET ?3")) {
                s.setString(1, pattern);
                s.setInt(2, ListQueries.limit(query.limit()));
                s.setInt(3, Math.max(0, query.offset()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getBoolean(7)));
                    }
                }
            }
            return new Page(rows, total);
        }));
    }

    private static String orderBy(Query query) {
        String direction = query.ascending() ? " ASC" : " DESC";
        String column = switch (query.sortBy() == null ? Column.ACCOUNT : query.sortBy()) {
            case ACCOUNT -> "v.account COLLATE NOCASE";
            case NAME -> "v.name COLLATE NOCASE";
            case GROUP -> "g.code COLLATE NOCASE";
            case CURRENCY -> "v.currency";
            case IBAN -> "v.iban";
            case ONE_TIME -> "v.one_time";
        };
        return column + direction + ", v.account COLLATE NOCASE" + direction;
    }

    public Optional<Details> find(String account) {
        return ledger.inSessionTransaction(session -> vendor(session, account).map(VendorService::details));
    }

    public boolean accountTaken(String account) {
        if (account == null || account.isBlank()) {
            return false;
        }
        return ledger.inSessionTransaction(session -> vendor(session, account).isPresent());
    }

    public Details save(Draft draft) {
        String account = SetupRefusals.requireText(draft.account(), "vendor.accountRequired");
        if (!account.matches(ACCOUNT_PATTERN)) {
            throw SetupRefusals.refuse("account.invalid", account);
        }
        String name = SetupRefusals.requireText(draft.name(), "vendor.nameRequired");
        String iban = BankDetails.iban(draft.iban());
        String bic = BankDetails.bic(draft.bic());
        return ledger.inSessionTransaction(session -> {
            String currency = Currencies.ensure(session, SetupRefusals.requireText(draft.currency(), "currency.required")).getCode();
            Optional<Vendor> found = vendor(session, account);
            Vendor vendor;
            if (draft.existing()) {
                vendor = found.orElseThrow(() -> SetupRefusals.refuse("vendor.unknown", account));
                if (!vendor.getCurrency().equals(currency) && hasTransactions(session, vendor)) {
                    throw SetupRefusals.refuse("vendor.currencyInUse", account);
                }
                vendor.setName(name);
                vendor.setGroup(Groups.vendorGroup(session, draft.group()));
                vendor.setCurrency(currency);
                vendor.setIban(iban);
                vendor.setBic(bic);
                vendor.setOneTime(draft.oneTime());
            } else {
                if (found.isPresent()) {
                    throw SetupRefusals.refuse("vendor.duplicate", account);
                }
                vendor = new Vendor(account, name, Groups.vendorGroup(session, draft.group()), currency, iban, bic, draft.oneTime());
                session.persist(vendor);
            }
            session.flush();
            return details(vendor);
        });
    }

    public List<LinkedCustomer> linkedCustomers(String vendorAccount) {
        return ledger.inSessionTransaction(session -> session.doReturningWork(c -> {
            List<LinkedCustomer> linked = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT c.account, c.name FROM customer c JOIN vendor v ON v.id = c.vendor_id"
                    + " WHERE v.account = ? ORDER BY c.account COLLATE NOCASE")) {
                s.setString(1, vendorAccount);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        linked.add(new LinkedCustomer(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            return linked;
        }));
    }

    /** Open vendor transactions that the company owes (negative open amounts), oldest due first. */
    public List<OpenInvoice> openInvoices(String vendorAccount) {
        return ledger.inSessionTransaction(session -> session.doReturningWork(c -> {
            List<OpenInvoice> open = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT t.document, t.type, t.transaction_date, t.due_date, t.currency,"
                    + " t.amount, t.open_amount, k.decimals FROM vendor_transaction t JOIN vendor v ON v.id = t.vendor_id"
                    + " JOIN currency k ON k.code = t.currency WHERE v.account = ? AND t.open_amount < 0"
                    + " ORDER BY coalesce(t.due_date, t.transaction_date), t.id")) {
                s.setString(1, vendorAccount);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int decimals = rs.getInt(8);
                        open.add(new OpenInvoice(rs.getString(1), VendorTransactionType.valueOf(rs.getString(2)),
                                LocalDate.parse(rs.getString(3)), rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)),
                                rs.getString(5), BigDecimal.valueOf(-rs.getLong(6), decimals), BigDecimal.valueOf(-rs.getLong(7), decimals)));
                    }
                }
            }
            return open;
        }));
    }

    public List<String> groups() {
        return ledger.inSessionTransaction(session -> session.createSelectionQuery(
                "select code from VendorGroup order by code", String.class).getResultList());
    }

    public List<String> currencies() {
        return ledger.inSessionTransaction(session -> session.createSelectionQuery(
                "select code from Currency order by code", String.class).getResultList());
    }

    private static Optional<Vendor> vendor(Session session, String account) {
        return session.createSelectionQuery("from Vendor where lower(account) = :a", Vendor.class)
                .setParameter("a", account == null ? "" : account.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    private static boolean hasTransactions(Session session, Vendor vendor) {
        return session.createSelectionQuery("select count(*) from VendorTransaction where vendor = :v", Long.class)
                .setParameter("v", vendor).getSingleResult() > 0;
    }

    private static Details details(Vendor v) {
        return new Details(v.getAccount(), v.getName(), v.getGroup().getCode(), v.getCurrency(), v.getIban(), v.getBic(), v.isOneTime());
    }
}
