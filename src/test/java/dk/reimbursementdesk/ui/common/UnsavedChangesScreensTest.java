package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.setup.ExchangeRateService;
import dk.reimbursementdesk.service.setup.ExchangeRateService.Rate;
import dk.reimbursementdesk.service.setup.ParametersService;
import dk.reimbursementdesk.service.setup.VendorService;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.parameters.ParametersScreen;
import dk.reimbursementdesk.ui.rates.ExchangeRatesScreen;
import dk.reimbursementdesk.ui.transaction.CustomerTransactionScreen;
import dk.reimbursementdesk.ui.vendor.VendorsScreen;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, defect 4, on the editing screens besides Customers (Vendors, Parameters, Exchange rates,
 * Customer transactions): another row or leaving the screen with unsaved changes asks Save / Discard /
 * Cancel; Cancel keeps the row and the changes, Save writes first, a wrong field keeps the user there.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesScreensTest {

    @TempDir
    Path dir;
    Ledger ledger;
    Stage stage;
    Screen screen;
    Locale previous;
    final RecordingDialogService dialogs = new RecordingDialogService();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void setUp() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.UK);
        ledger = TestLedgers.demo(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        ScreenHarness.close(screen);
        ledger.close();
        Locale.setDefault(previous);
    }

    private void show(ScreenFactory factory) throws Exception {
        screen = ScreenHarness.show(stage, factory, new Services(ledger), dialogs);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private static void replace(FxRobot robot, String id, String text) {
        robot.clickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
    }

    @SuppressWarnings("unchecked")
    private static <T> void clickRow(FxRobot robot, String tableId, Predicate<T> which) {
        TableView<T> table = robot.lookup(tableId).queryAs(TableView.class);
        robot.clickOn(robot.from(table).lookup(".table-row-cell")
                .match((TableRow<T> r) -> r.isVisible() && r.getItem() != null && which.test(r.getItem()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Leaves the screen as the main window does; true when the user was let go. */
    private boolean leave(FxRobot robot) {
        boolean[] left = {false};
        robot.interact(() -> screen.leave(() -> left[0] = true));
        return left[0];
    }

    @Test
    void vendorsAnotherRowCancelKeepsTheChangesAndSaveWritesThem(FxRobot robot) throws Exception {
        show(new VendorsScreen());
        ScreenHarness.waitUntil(() -> robot.lookup("#vendorTable").queryAs(TableView.class).getItems().size() > 2);
        clickRow(robot, "#vendorTable", (VendorService.Row r) -> r.account().equals("V0001"));
        ScreenHarness.waitUntil(() -> "V0001".equals(text(robot, "#accountField")));
        replace(robot, "#nameField", "Renamed Vendor");

        dialogs.answerSave(SaveChoice.CANCEL);
        clickRow(robot, "#vendorTable", (VendorService.Row r) -> r.account().equals("V0002"));
        assertEquals(1, dialogs.questions.size());
        assertEquals("V0001", text(robot, "#accountField"));
        assertEquals("Renamed Vendor", text(robot, "#nameField"));

        dialogs.answerSave(SaveChoice.SAVE);
        clickRow(robot, "#vendorTable", (VendorService.Row r) -> r.account().equals("V0002"));
        ScreenHarness.waitUntil(() -> "V0002".equals(text(robot, "#accountField")));
        assertEquals("Renamed Vendor", new VendorService(ledger).find("V0001").orElseThrow().name());
    }

    @Test
    void parametersLeftWithAChangedMinimumAskAndSaveWritesIt(FxRobot robot) throws Exception {
        show(new ParametersScreen());
        ScreenHarness.waitUntil(() -> !text(robot, "#minimumField").isEmpty());
        assertTrue(leave(robot), "nothing changed: no question");
        assertTrue(dialogs.questions.isEmpty());

        replace(robot, "#minimumField", "321.00");
        dialogs.answerSave(SaveChoice.CANCEL);
        assertFalse(leave(robot));
        assertEquals("321.00", text(robot, "#minimumField"));

        dialogs.answerSave(SaveChoice.SAVE);
        robot.interact(() -> screen.leave(() -> { }));
        ScreenHarness.waitUntil(() -> new ParametersService(ledger).load().minimumReimbursement().compareTo(new BigDecimal("321.00")) == 0);
        assertEquals(2, dialogs.questions.size());
    }

    @Test
    void parametersSaveOfAWrongIbanKeepsTheUserThereWithTheSentence(FxRobot robot) throws Exception {
        show(new ParametersScreen());
        ScreenHarness.waitUntil(() -> !text(robot, "#minimumField").isEmpty());
        var before = TestLedgers.snapshot(ledger);
        replace(robot, "#bankIbanField", "DK00 1234");

        dialogs.answerSave(SaveChoice.SAVE);
        assertFalse(leave(robot));
        assertTrue(robot.lookup("#bankIbanFieldError").queryAs(Label.class).getText().contains("IBAN"));
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void exchangeRatesAnotherRateCancelKeepsTheCorrectionAndSaveCorrects(FxRobot robot) throws Exception {
        Rate future = new ExchangeRateService(ledger).add("EUR", LocalDate.of(2027, 6, 1), new BigDecimal("7.4400"));
        show(new ExchangeRatesScreen());
        ScreenHarness.waitUntil(() -> robot.lookup("#rateTable").queryAs(TableView.class).getItems().size() == 4);
        clickRow(robot, "#rateTable", (Rate r) -> r.id() == future.id());
        ScreenHarness.waitUntil(() -> "7.4400".equals(text(robot, "#rateField")));
        replace(robot, "#rateField", "7.4455");

        dialogs.answerSave(SaveChoice.CANCEL);
        clickRow(robot, "#rateTable", (Rate r) -> r.id() != future.id());
        assertEquals(1, dialogs.questions.size());
        assertEquals("7.4455", text(robot, "#rateField"));
        assertEquals(future.id(), robot.lookup("#rateTable").queryAs(TableView.class).getSelectionModel().getSelectedItem() instanceof Rate r ? r.id() : -1);

        dialogs.answerSave(SaveChoice.SAVE);
        clickRow(robot, "#rateTable", (Rate r) -> r.id() != future.id());
        ScreenHarness.waitUntil(() -> new ExchangeRateService(ledger).rates("EUR").stream()
                .anyMatch(r -> r.id() == future.id() && r.rate().compareTo(new BigDecimal("7.4455")) == 0));
    }

    @Test
    void customerTransactionLeftWithATypedDocumentAsksPostDiscardCancel(FxRobot robot) throws Exception {
        show(new CustomerTransactionScreen());
        var before = TestLedgers.snapshot(ledger);
        robot.clickOn("#customerField").write("C0006");
        ScreenHarness.waitUntil(() -> !robot.lookup("#customerNameLabel").queryAs(Label.class).getText().isEmpty());
        assertTrue(leave(robot), "a customer looked up, nothing typed: no question");

        robot.clickOn("#documentField").write("INV-7100");
        robot.clickOn("#amountField").write("100.00");
        dialogs.answerSave(SaveChoice.CANCEL);
        assertFalse(leave(robot));
        assertEquals("INV-7100", text(robot, "#documentField"));
        dialogs.answerSave(SaveChoice.DISCARD);
        assertTrue(leave(robot));
        assertEquals(before, TestLedgers.snapshot(ledger));

        dialogs.answerSave(SaveChoice.SAVE);
        boolean[] left = {false};
        robot.interact(() -> screen.leave(() -> left[0] = true));
        ScreenHarness.waitUntil(() -> left[0]);
        assertEquals(1L, TestLedgers.count(ledger, "SELECT COUNT(*) FROM customer_transaction WHERE document = 'INV-7100'"));
    }
}
