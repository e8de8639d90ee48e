package dk.reimbursementdesk.service.ledger;

import dk.reimbursementdesk.domain.*;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.ServerAddress;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.ledger.LedgerStore;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Gives a new, empty ledger its company: the accounting currency and a few common ones, a small
 * chart of accounts holding every account the parameters name, the number sequences, the vendor
 * group for one-time vendors and the parameters row. Account and sequence names are written in the
 * language the ledger was created in; they are data the user may rename.
 */
public final class CompanySetupService {

    /** Currencies every ledger knows from the start; any other ISO 4217 code is added when first used. */
    static final List<String> COMMON_CURRENCIES = List.of("DKK", "EUR", "SEK", "NOK", "USD", "GBP", "CHF", "PLN", "JPY");

    public static final String AR_CONTROL = "5600";
    public static final String BANK = "5800";
    public static final String AP_CONTROL = "6800";
    public static final String SALES = "1000";
    public static final String SALES_RETURNS = "1050";
    public static final String FX_GAIN = "3600";
    public static final String FX_LOSS = "3650";
    /** Small credits written off (issue 13); V19 adds the same account to ledgers made before it. */
    public static final String SMALL_CREDIT_WRITEOFF = "3700";
    /** The number sequence of write-offs, found by this code. */
    public static final String WRITE_OFF_SEQUENCE = "WRITE_OFF";
    public static final String OPENING_BALANCE = "9000";
    public static final String ONE_TIME_VENDOR_GROUP = "ONETIME";

    private final Ledger ledger;

    public CompanySetupService(Ledger ledger) {
        this.ledger = ledger;
    }

    public void initialize(String companyCode, String companyName, String accountingCurrency, boolean demo) {
        String code = requireText(companyCode, "company.codeRequired");
        String name = requireText(companyName, "company.nameRequired");
        String currency = Currencies.requireIsoCode(accountingCurrency);
        ledger.inTransactionDo(work -> {
            if (new LedgerStore(work).hasCompany()) {
                throw new UserException("company.alreadySetUp", ledger.name());
            }
            ResourceBundle text = ResourceBundle.getBundle("i18n.messages", Locale.getDefault());
            for (String c : COMMON_CURRENCIES) {
                Currencies.ensure(work, c);
            }
            Currencies.ensure(work, currency);
            work.persist(new LegalEntity(code, name, currency, demo));

            LedgerAccount sales = account(work, SALES, text.getString("account.sales"), AccountKind.REVENUE);
            LedgerAccount returns = account(work, SALES_RETURNS, text.getString("account.salesReturns"), AccountKind.REVENUE);
            LedgerAccount fxGain = account(work, FX_GAIN, text.getString("account.fxGain"), AccountKind.REVENUE);
            LedgerAccount fxLoss = account(work, FX_LOSS, text.getString("account.fxLoss"), AccountKind.EXPENSE);
            LedgerAccount writeOff = account(work, SMALL_CREDIT_WRITEOFF, text.getString("account.smallCreditWriteoff"), AccountKind.REVENUE);
            LedgerAccount ar = account(work, AR_CONTROL, text.getString("account.arControl"), AccountKind.ASSET);
            LedgerAccount bank = account(work, BANK, text.getString("account.bank"), AccountKind.ASSET);
            LedgerAccount ap = account(work, AP_CONTROL, text.getString("account.apControl"), AccountKind.LIABILITY);
            LedgerAccount opening = account(work, OPENING_BALANCE, text.getString("account.openingBalance"), AccountKind.EQUITY);

            NumberSequence vouchers = sequence(work, "VOUCHER", text.getString("sequence.vouchers"), "V-");
            NumberSequence reimbursements = sequence(work, "REIMBURSEMENT", text.getString("sequence.reimbursements"), "RB-");
            NumberSequence oneTime = sequence(work, "ONE_TIME_VENDOR", text.getString("sequence.oneTimeVendors"), "OTV-");
            sequence(work, WRITE_OFF_SEQUENCE, text.getString("sequence.writeOffs"), "WO-");
            VendorGroup oneTimeGroup = new VendorGroup(ONE_TIME_VENDOR_GROUP, text.getString("vendorGroup.oneTime"));
            work.persist(oneTimeGroup);

            Parameters parameters = new Parameters(ar, ap, bank, sales, returns, opening, fxGain, fxLoss,
                    vouchers, reimbursements, oneTime, oneTimeGroup);
            parameters.setSmallCreditWriteoffAccount(writeOff);
            work.persist(parameters);
        });
    }

    private static LedgerAccount account(UnitOfWork work, String number, String name, AccountKind kind) {
        LedgerAccount account = new LedgerAccount(number, name, kind);
        work.persist(account);
        return account;
    }

    private static NumberSequence sequence(UnitOfWork work, String code, String name, String prefix) {
        NumberSequence sequence = new NumberSequence(code, name, prefix, 6);
        work.persist(sequence);
        return sequence;
    }

    private static String requireText(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new UserException(key);
        }
        return value.trim();
    }

    /**
     * A new ledger on a server holding only its company, chart of accounts and sequences, all or
     * nothing: when the company step fails, what the create made is dropped again
     * ({@link Ledger#closeDiscardingCreation()}), so the database is as empty as before and the same
     * create can be tried again. The window's File > New ledger on a server… and {@code init} both come here.
     */
    public static Ledger createOnServer(ServerAddress address, String companyCode, String companyName, String accountingCurrency) {
        Ledger created = Ledger.create(address);
        try {
            new CompanySetupService(created).initialize(companyCode, companyName, accountingCurrency, false);
            return created;
        } catch (RuntimeException e) {
            try {
                created.closeDiscardingCreation();
            } catch (RuntimeException dropFailed) {
                e.addSuppressed(dropFailed);
            }
            throw e;
        }
    }
}
