package dk.reimbursementdesk.ui.vendor;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.setup.SetupUi;

/** Vendors (Kreditorer): list page and details form with linked customers and open invoices. */
public final class VendorsScreen implements ScreenFactory {

    @Override
    public Screen open(Services services) {
        VendorsViewModel model = new VendorsViewModel(services.vendors());
        return SetupUi.load(VendorsScreen.class.getResource("Vendors.fxml"), new VendorsView(model), () -> { });
    }
}
