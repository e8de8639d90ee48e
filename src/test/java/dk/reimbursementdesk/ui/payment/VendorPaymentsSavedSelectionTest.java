package dk.reimbursementdesk.ui.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.payment.OpenInvoiceQuery;
import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.service.query.VendorQueryFields;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Vendor payments' Saved selection drop-down on a demo ledger after a reimbursement: it offers the
 * saved selections whose fields vendors have, and choosing one lists its vendors' open invoices.
 */
@ExtendWith(ApplicationExtension.class)
class VendorPaymentsSavedSelectionTest {

    @TempDir
    Path dir;
    Ledger ledger;
    Services services;
    Screen screen;
    Locale before;

    @Start
    void start(Stage stage) {
        before = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        ledger = VendorPaymentsPreview.demoWithReimbursements(dir);
        services = new Services(ledger);
        services.savedSelections().save("One-time vendors", "account=OTV-*");
        // The vendor account is a customer field: vendors cannot be selected on it.
        services.savedSelections().save("Linked to V0001", "vendor=V0001");
        screen = new VendorPaymentsScreen().open(new ScreenContext(services, new FxTaskExecutor(), new RecordingDialogService()));
        stage.setScene(new Scene(screen.root(), 1260, 780));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        VendorPaymentsScreenTest.closeAndCheck(screen, ledger);
        Locale.setDefault(before);
    }

    @Test
    void choosingASavedSelectionListsTheOpenInvoicesOfItsVendors(FxRobot robot) throws Exception {
        TableView<InvoiceRow> invoices = robot.lookup("#invoiceTable").queryTableView();
        @SuppressWarnings("unchecked")
        ComboBox<SavedSelection> saved = robot.lookup("#savedSelectionBox").queryAs(ComboBox.class);
        VendorPaymentsScreenTest.waitUntil(() -> invoices.getItems().size() == 7 && !saved.getItems().isEmpty());
        assertEquals(List.of("One-time vendors"), saved.getItems().stream().map(SavedSelection::name).toList());
        assertEquals("All vendors", robot.lookup("#savedSelectionText").queryAs(Label.class).getText());

        long oneTime = services.payments().openInvoicePage(new OpenInvoiceQuery(
                services.savedSelections().selection("One-time vendors", VendorQueryFields.CATALOG), "", null, false), 0, 100).summary().count();
        robot.clickOn("#savedSelectionBox");
        robot.clickOn("One-time vendors");
        VendorPaymentsScreenTest.waitUntil(() -> invoices.getItems().size() == oneTime);
        assertEquals("Account matches OTV-*", robot.lookup("#savedSelectionText").queryAs(Label.class).getText());
        assertEquals(List.of(), invoices.getItems().stream().map(r -> r.invoice().vendorAccount()).filter(a -> !a.startsWith("OTV-")).toList());
        Label page = robot.lookup("#pageLabel").queryAs(Label.class);
        assertEquals(true, page.getText().contains(" of " + oneTime + " "), page.getText());
    }
}
