package dk.reimbursementdesk.ui.vendor;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.ui.common.Texts;

/** Vendors (Kreditorer): list page and details form with linked customers and open invoices. */
public final class VendorsScreen implements ScreenFactory {

    @Override
    public Screen open(ScreenContext context) {
        VendorsViewModel model = new VendorsViewModel(context.services().vendors(), context.tasks());
        VendorsView view = new VendorsView(model, context.dialogs());
        return Screen.editing(Fxml.load(VendorsScreen.class, "Vendors.fxml", Texts.of("i18n.setup").bundle(), view),
                view.changes(), model::close).filter(view.filterField()).refreshing(model::refresh);
    }
}
