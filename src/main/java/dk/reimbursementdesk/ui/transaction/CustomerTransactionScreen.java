package dk.reimbursementdesk.ui.transaction;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.Texts;

/** Customer transactions: post an invoice, payment or credit note. */
public final class CustomerTransactionScreen implements ScreenFactory {

    @Override
    public Screen open(ScreenContext context) {
        CustomerTransactionViewModel model = new CustomerTransactionViewModel(context.services().customerTransactions(), context.tasks());
        CustomerTransactionView view = new CustomerTransactionView(model, context.dialogs());
        return Screen.editing(Fxml.load(CustomerTransactionScreen.class, "CustomerTransaction.fxml", Texts.of("i18n.setup").bundle(), view),
                view.changes(), () -> { });
    }
}
