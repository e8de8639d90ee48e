package dk.reimbursementdesk.ui.transaction;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.setup.SetupUi;

/** Customer transactions: post an invoice, payment or credit note. */
public final class CustomerTransactionScreen implements ScreenFactory {

    @Override
    public Screen open(Services services) {
        CustomerTransactionViewModel model = new CustomerTransactionViewModel(services.customerTransactions());
        return SetupUi.load(CustomerTransactionScreen.class.getResource("CustomerTransaction.fxml"),
                new CustomerTransactionView(model), () -> { });
    }
}
