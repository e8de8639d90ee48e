package dk.reimbursementdesk.ui.customer;

import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.ui.ListFilter;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.Texts;
import java.util.function.Consumer;

/** Customers (Debitorer): list page, details form, vendor account and open transactions. */
public final class CustomersScreen implements ScreenFactory {

    private final Consumer<String> reimburse;

    /** Without Reimburse… (the screen alone, as in its tests). */
    public CustomersScreen() {
        this(null);
    }

    /** {@code reimburse} opens the Reimbursement dialog for the customer account it is given (Reimburse…). */
    public CustomersScreen(Consumer<String> reimburse) {
        this.reimburse = reimburse;
    }

    @Override
    public Screen open(ScreenContext context) {
        CustomersViewModel model = new CustomersViewModel(context.services().customers(), context.services().holds(), context.tasks());
        CustomersView view = new CustomersView(model, context.dialogs(), reimburse);
        return Screen.editing(Fxml.load(CustomersScreen.class, "Customers.fxml", Texts.of("i18n.setup").bundle(), view),
                view.changes(), model::close).filter(view.filterField()).refreshing(model.list()::refresh)
                .showingOnly(filter -> {
                    ListFilter.Credit credit = filter.credit();
                    model.list().narrow(filter.text(), credit == null ? null
                            : new CustomerService.CreditAge(credit.day(), credit.currency(), credit.bucket()));
                });
    }
}
