package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.audit.AuditLogScreen;
import dk.reimbursementdesk.ui.customer.CustomersScreen;
import dk.reimbursementdesk.ui.gl.TrialBalanceView;
import dk.reimbursementdesk.ui.overview.OverviewView;
import dk.reimbursementdesk.ui.gl.VouchersView;
import dk.reimbursementdesk.ui.interchange.ExportScreen;
import dk.reimbursementdesk.ui.interchange.ImportScreen;
import dk.reimbursementdesk.ui.parameters.ParametersScreen;
import dk.reimbursementdesk.ui.payment.VendorPaymentsScreen;
import dk.reimbursementdesk.ui.rates.ExchangeRatesScreen;
import dk.reimbursementdesk.ui.reimbursement.ReimbursementScreen;
import dk.reimbursementdesk.ui.reimbursements.ReimbursementListScreen;
import dk.reimbursementdesk.ui.transaction.CustomerTransactionScreen;
import dk.reimbursementdesk.ui.vendor.VendorsScreen;
import dk.reimbursementdesk.ui.writeoff.SmallCreditsScreen;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which screen each navigation entry opens. A feature plugs in with one line in {@link #standard()}:
 * {@code .with(NavItem.CUSTOMERS, CustomersView::open)}. Entries without a screen show
 * {@link NotBuiltScreen}.
 */
public final class ScreenRegistry {

    private final Map<NavItem, ScreenFactory> factories = new EnumMap<>(NavItem.class);
    /** How a screen opens another one (the Overview's bars, Customers' Reimburse…); set by the main window. */
    private Navigator navigator = (item, filter) -> { };

    /** The screens of the application. */
    public static ScreenRegistry standard() {
        ScreenRegistry registry = new ScreenRegistry();
        ReimbursementScreen reimbursement = new ReimbursementScreen();
        return registry
                .with(NavItem.OVERVIEW, context -> OverviewView.open(context,
                        opening -> registry.navigator.open(NavItem.valueOf(opening.target().name()), opening.filter())))
                .with(NavItem.VOUCHERS, VouchersView::open)
                .with(NavItem.TRIAL_BALANCE, TrialBalanceView::open)
                .with(NavItem.CUSTOMERS, new CustomersScreen(account -> registry.navigator.open(NavItem.REIMBURSEMENT,
                        reimbursement.forCustomer(account))))
                .with(NavItem.CUSTOMER_TRANSACTIONS, new CustomerTransactionScreen())
                .with(NavItem.AR_PARAMETERS, new ParametersScreen())
                .with(NavItem.REIMBURSEMENT, reimbursement)
                .with(NavItem.REIMBURSEMENTS, new ReimbursementListScreen())
                .with(NavItem.SMALL_CREDITS, new SmallCreditsScreen())
                .with(NavItem.VENDORS, new VendorsScreen())
                .with(NavItem.EXCHANGE_RATES, new ExchangeRatesScreen())
                .with(NavItem.VENDOR_PAYMENTS, new VendorPaymentsScreen())
                .with(NavItem.IMPORT, new ImportScreen())
                .with(NavItem.EXPORT, new ExportScreen())
                .with(NavItem.AUDIT_LOG, new AuditLogScreen());
    }

    /** Lets screens open other screens through {@code navigator} (the main window's open). */
    public ScreenRegistry navigateWith(Navigator navigator) {
        this.navigator = navigator;
        return this;
    }

    /** Registers (or replaces) the screen of {@code item}; returns this registry for chaining. */
    public ScreenRegistry with(NavItem item, ScreenFactory factory) {
        factories.put(item, factory);
        return this;
    }

    public boolean isBuilt(NavItem item) {
        return factories.containsKey(item);
    }

    public ScreenFactory factoryFor(NavItem item) {
        ScreenFactory factory = factories.get(item);
        return factory != null ? factory : context -> new NotBuiltScreen(item);
    }
}
