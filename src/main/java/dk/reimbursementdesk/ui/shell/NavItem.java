package dk.reimbursementdesk.ui.shell;

/** Every screen the navigation tree offers, in tree order; {@code key} names the label in i18n/shell. */
public enum NavItem {
    OVERVIEW(NavGroup.START, "nav.overview"),
    CUSTOMERS(NavGroup.RECEIVABLE, "nav.customers"),
    CUSTOMER_TRANSACTIONS(NavGroup.RECEIVABLE, "nav.customerTransactions"),
    AR_PARAMETERS(NavGroup.RECEIVABLE, "nav.parameters"),
    REIMBURSEMENT(NavGroup.RECEIVABLE, "nav.reimbursement"),
    REIMBURSEMENTS(NavGroup.RECEIVABLE, "nav.reimbursements"),
    SMALL_CREDITS(NavGroup.RECEIVABLE, "nav.smallCredits"),
    VENDORS(NavGroup.PAYABLE, "nav.vendors"),
    VENDOR_PAYMENTS(NavGroup.PAYABLE, "nav.vendorPayments"),
    VOUCHERS(NavGroup.GENERAL_LEDGER, "nav.vouchers"),
    TRIAL_BALANCE(NavGroup.GENERAL_LEDGER, "nav.trialBalance"),
    EXCHANGE_RATES(NavGroup.GENERAL_LEDGER, "nav.exchangeRates"),
    IMPORT(NavGroup.INTERCHANGE, "nav.import"),
    EXPORT(NavGroup.INTERCHANGE, "nav.export"),
    AUDIT_LOG(NavGroup.TOOLS, "nav.auditLog");

    private final NavGroup group;
    private final String key;

    NavItem(NavGroup group, String key) {
        this.group = group;
        this.key = key;
    }

    public NavGroup group() {
        return group;
    }

    public String key() {
        return key;
    }
}
