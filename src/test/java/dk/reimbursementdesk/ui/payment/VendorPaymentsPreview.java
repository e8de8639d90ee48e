package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.payment.ReimbursementFixture;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the Vendor payments screen on a fresh demo ledger with reimbursements posted, before the
 * main window exists: {@code java ... VendorPaymentsPreview [da|en]}. Bank files go to the temp folder.
 */
public final class VendorPaymentsPreview {

    public static void main(String[] args) {
        Locale.setDefault(args.length > 0 && args[0].equals("da") ? Locale.forLanguageTag("da-DK") : Locale.UK);
        Application.launch(App.class, args);
    }

    public static final class App extends Application {

        private Ledger ledger;
        private Screen screen;

        @Override
        public void start(Stage stage) throws Exception {
            Path dir = Files.createTempDirectory("payment-preview");
            ledger = demoWithReimbursements(dir);
            screen = new VendorPaymentsScreen().open(new ScreenContext(new Services(ledger), new FxTaskExecutor(),
                    new FxDialogService(stage)));
            stage.setTitle("Reimbursement Desk");
            stage.setScene(new Scene(screen.root(), 1380, 880));
            stage.show();
        }

        @Override
        public void stop() {
            screen.close();
            ledger.close();
        }
    }

    /** The demo ledger after a reimbursement of the customers with credits, as the run will leave it. */
    static Ledger demoWithReimbursements(Path dir) {
        Ledger ledger = TestLedgers.demo(dir);
        LocalDate date = LocalDate.of(2026, 11, 2);
        ReimbursementFixture.reimburse(ledger, "C0001", "DKK", date);
        ReimbursementFixture.reimburse(ledger, "C0002", "DKK", date);
        ReimbursementFixture.reimburse(ledger, "C0004", "EUR", date);
        ReimbursementFixture.reimburse(ledger, "C0008", "DKK", date);
        ReimbursementFixture.reimburse(ledger, "C0011", "SEK", date);
        ReimbursementFixture.reimburse(ledger, "C0012", "DKK", date);
        ReimbursementFixture.vendorInvoice(ledger, "V0100", "DKK", "4375.00", LocalDate.of(2026, 10, 20), "K-2231");
        return ledger;
    }
}
