package dk.reimbursementdesk.ui.common;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.demo.DemoLedgerService;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.customer.CustomersScreen;
import dk.reimbursementdesk.ui.parameters.ParametersScreen;
import dk.reimbursementdesk.ui.rates.ExchangeRatesScreen;
import dk.reimbursementdesk.ui.transaction.CustomerTransactionScreen;
import dk.reimbursementdesk.ui.vendor.VendorsScreen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows one setup screen on a fresh demo ledger, for looking at it by eye before the main window
 * exists: {@code -Dexec.args="customers da"} (screens: parameters, customers, vendors, transaction,
 * rates; language en or da).
 */
public final class ScreenPreview {

    private static final Map<String, ScreenFactory> SCREENS = Map.of(
            "parameters", new ParametersScreen(), "customers", new CustomersScreen(), "vendors", new VendorsScreen(),
            "transaction", new CustomerTransactionScreen(), "rates", new ExchangeRatesScreen());

    private ScreenPreview() {
    }

    public static void main(String[] args) throws Exception {
        String screen = args.length > 0 ? args[0] : "customers";
        Locale.setDefault(args.length > 1 && args[1].equals("da") ? Locale.forLanguageTag("da-DK") : Locale.UK);
        Path dir = Files.createTempDirectory("preview");
        Ledger ledger = Ledger.create(dir.resolve("demo.db"));
        new DemoLedgerService(ledger).populate();
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Preview " + screen);
            stage.setScene(new Scene(SCREENS.get(screen).open(new ScreenContext(new Services(ledger), new FxTaskExecutor(), new FxDialogService(stage))).root(), 1360, 860));
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
    }

}
