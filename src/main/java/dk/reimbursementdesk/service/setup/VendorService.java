package dk.reimbursementdesk.service.setup;

import dk.reimbursementdesk.domain.Vendor;
import dk.reimbursementdesk.domain.VendorTransactionType;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.setup.CurrencyCodes;
import dk.reimbursementdesk.persistence.setup.GroupStore;
import dk.reimbursementdesk.persistence.setup.VendorListQueries;
import dk.reimbursementdesk.persistence.setup.VendorStore;
import dk.reimbursementdesk.service.ledger.Currencies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
        return ledger.inTransaction(work -> {
            VendorListQueries list = new VendorListQueries(work);
            int total = list.count(query.filter());
            List<Row> rows = list.page(query.filter(), sort(query.sortBy()), query.ascending(), Math.max(0, query.offset()),
                    PageLimit.of(query.limit()), row -> new Row(row.text("account"), row.text("name"),
                            row.text("group_code"), row.text("currency"), row.text("iban"), row.text("bic"),
                            row.flag("one_time")));
            return new Page(rows, total);
        });
    }

    private static VendorListQueries.Sort sort(Column column) {
        return switch (column == null ? Column.ACCOUNT : column) {
            case ACCOUNT -> VendorListQueries.Sort.ACCOUNT;
            case NAME -> VendorListQueries.Sort.NAME;
            case GROUP -> VendorListQueries.Sort.GROUP;
            case CURRENCY -> VendorListQueries.Sort.CURRENCY;
            case IBAN -> VendorListQueries.Sort.IBAN;
            case ONE_TIME -> VendorListQueries.Sort.ONE_TIME;
        };
    }

    public Optional<Details> find(String account) {
        return ledger.inTransaction(work -> new VendorStore(work).find(account).map(VendorService::details));
    }

    public boolean accountTaken(String account) {
        if (account == null || account.isBlank()) {
            return false;
        }
        // Trimmed as Save trims it: "V0001 " is taken when V0001 is, at the field and not only on Save.
        return ledger.inTransaction(work -> new VendorStore(work).find(account.trim()).isPresent());
    }

    public Details save(Draft draft) {
        String account = SetupRefusals.requireText(draft.account(), "vendor.accountRequired");
        if (!account.matches(ACCOUNT_PATTERN)) {
            throw SetupRefusals.refuse("account.invalid", account);
        }
        String name = SetupRefusals.requireText(draft.name(), "vendor.nameRequired");
        String iban = BankDetails.iban(draft.iban());
        String bic = BankDetails.bic(draft.bic());
        return ledger.inTransaction(work -> {
            work.lockForPosting("vendor change");
            VendorStore vendors = new VendorStore(work);
            String currency = Currencies.ensure(work, SetupRefusals.requireText(draft.currency(), "currency.required")).getCode();
            Optional<Vendor> found = vendors.find(account);
            Vendor vendor;
            if (draft.existing()) {
                vendor = found.orElseThrow(() -> SetupRefusals.refuse("vendor.unknown", account));
                if (!vendor.getCurrency().equals(currency) && vendors.hasTransactions(vendor)) {
                    throw SetupRefusals.refuse("vendor.currencyInUse", account);
                }
                vendor.setName(name);
                vendor.setGroup(Groups.vendorGroup(work, draft.group()));
                vendor.setCurrency(currency);
                vendor.setIban(iban);
                vendor.setBic(bic);
                vendor.setOneTime(draft.oneTime());
            } else {
                if (found.isPresent()) {
                    throw SetupRefusals.refuse("vendor.duplicate", account);
                }
                vendor = new Vendor(account, name, Groups.vendorGroup(work, draft.group()), currency, iban, bic, draft.oneTime());
                work.persist(vendor);
            }
            work.flush();
            return details(vendor);
        });
    }

    public List<LinkedCustomer> linkedCustomers(String vendorAccount) {
        return ledger.inTransaction(work -> new VendorListQueries(work).linkedCustomers(vendorAccount,
                row -> new LinkedCustomer(row.text("account"), row.text("name"))));
    }

    /** Open vendor transactions that the company owes (negative open amounts), oldest due first. */
    public List<OpenInvoice> openInvoices(String vendorAccount) {
        return ledger.inTransaction(work -> new VendorListQueries(work).openInvoices(vendorAccount, row -> {
            int decimals = row.integer("decimals");
            return new OpenInvoice(row.text("document"), VendorTransactionType.valueOf(row.text("type")),
                    row.date("transaction_date"), row.date("due_date"), row.text("currency"),
                    row.money("amount", decimals).negate(), row.money("open_amount", decimals).negate());
        }));
    }

    public List<String> groups() {
        return ledger.inTransaction(work -> new GroupStore(work).vendorGroupCodes());
    }

    public List<String> currencies() {
        return ledger.inTransaction(work -> new CurrencyCodes(work).all());
    }

    private static Details details(Vendor v) {
        return new Details(v.getAccount(), v.getName(), v.getGroup().getCode(), v.getCurrency(), v.getIban(), v.getBic(), v.isOneTime());
    }
}
