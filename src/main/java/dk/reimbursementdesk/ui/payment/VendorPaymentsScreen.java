package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.Fxml;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Parent;

/**
 * Accounts payable > Vendor payments (Kreditorbetalinger): the payment journal, where open vendor
 * invoices are selected, proposed and posted and the bank file written, and the posted batches.
 */
public final class VendorPaymentsScreen implements ScreenFactory {

    public static final String BUNDLE = "i18n.payment";

    @Override
    public Screen open(ScreenContext context) {
        Locale locale = Locale.getDefault();
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
        VendorPaymentsViewModel model = new VendorPaymentsViewModel(context.services().payments(), context.services().bankStatus(),
                context.services().savedSelections(), text, locale, context.tasks());
        VendorPaymentsView view = new VendorPaymentsView(model.batches(), context.dialogs(), text);
        PaymentBatchesView batches = new PaymentBatchesView(model, view::writeBankFile, context.printer());
        InvoiceSelectionView selection = new InvoiceSelectionView(model.invoices(), text);
        Parent root = Fxml.load(VendorPaymentsScreen.class, "VendorPayments.fxml", text, view,
                selection, new PaymentProposalView(model, text, view::writeBankFile, view::confirmPost),
                batches);
        model.load();
        return Screen.of(root, model::close, batches::printRemittance).filter(selection.vendorField()).refreshing(() -> {
            model.invoices().refresh();
            model.batches().refresh();
        }).showingOnly(filter -> {
            model.invoices().reimbursementsOnlyProperty().set(filter.reimbursementsOnly());
            model.invoices().refresh();
        });
    }
}
