package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.UiExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;
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
        FXMLLoader loader = new FXMLLoader(VendorPaymentsScreen.class.getResource("VendorPayments.fxml"), text);
        loader.setControllerFactory(type -> {
            if (type == VendorPaymentsView.class) {
                return new VendorPaymentsView(model, fileChooser.apply(text), text);
            }
            throw new IllegalArgumentException("No controller " + type);
        });
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The Vendor payments screen could not be built", e);
        }
        model.load();
        return new Screen() {
            @Override
            public Parent root() {
                return root;
            }

            @Override
            public void close() {
                model.close();
            }
        };
    }
}
