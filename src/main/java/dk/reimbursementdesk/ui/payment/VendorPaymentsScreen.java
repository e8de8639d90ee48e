package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.ui.common.Fxml;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.UiExecutor;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.scene.Parent;

/**
 * Accounts payable > Vendor payments (Kreditorbetalinger): the payment journal, where open vendor
 * invoices are selected, proposed and posted and the bank file written, and the posted batches.
 */
public final class VendorPaymentsScreen implements ScreenFactory {

    public static final String BUNDLE = "i18n.payment";

    private final Function<ResourceBundle, PaymentFileChooser> fileChooser;

    /** With the platform's save dialog. */
    public VendorPaymentsScreen() {
        this(PaymentFileChooser::dialog);
    }

    /** With another way to choose where bank files go (screen tests answer without a dialog). */
    public VendorPaymentsScreen(PaymentFileChooser fileChooser) {
        this(text -> fileChooser);
    }

    private VendorPaymentsScreen(Function<ResourceBundle, PaymentFileChooser> fileChooser) {
        this.fileChooser = fileChooser;
    }

    @Override
    public Screen open(Services services) {
        Locale locale = Locale.getDefault();
        ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
        VendorPaymentsViewModel model = new VendorPaymentsViewModel(services.payments(), text, locale, UiExecutor::run);
        VendorPaymentsView view = new VendorPaymentsView(model, fileChooser.apply(text));
        Parent root = Fxml.load(VendorPaymentsScreen.class, "VendorPayments.fxml", text, view,
                new InvoiceSelectionView(model), new PaymentProposalView(model, text, view::writeBankFile),
                new PaymentBatchesView(model, view::writeBankFile));
        model.load();
        return Screen.of(root, model::close);
    }
}
