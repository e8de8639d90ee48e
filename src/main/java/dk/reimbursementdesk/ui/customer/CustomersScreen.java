package dk.reimbursementdesk.ui.customer;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.setup.SetupUi;

/** Customers (Debitorer): list page, details form, vendor account and open transactions. */
public final class CustomersScreen implements ScreenFactory {

    @Override
    public Screen open(Services services) {
        CustomersViewModel model = new CustomersViewModel(services.customers());
        return SetupUi.load(CustomersScreen.class.getResource("Customers.fxml"), new CustomersView(model), () -> { });
    }
}
