package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.service.setup.ExchangeRateService;
import dk.reimbursementdesk.service.setup.ExchangeRateService.Rate;
import dk.reimbursementdesk.service.setup.ParametersService;
import dk.reimbursementdesk.service.setup.VendorService;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.customer.CustomersScreen;
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
 * Issue 16, defect 4, on the editing screens (Customers, Vendors, Parameters, Exchange rates, Customer
 * transactions): another row, New or leaving the screen with unsaved changes asks Save / Discard /
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


    // Customers

    private void showCustomerAndRename(FxRobot robot, String account, String name) throws Exception {
        show(new CustomersScreen());
        ScreenHarness.waitUntil(() -> robot.lookup("#customerTable").queryAs(TableView.class).getItems().size() == 12);
        clickCustomer(robot, account);
        ScreenHarness.waitUntil(() -> account.equals(text(robot, "#accountField")));
        if (name != null) {
            replace(robot, "#nameField", name);
        }
    }

    private static void clickCustomer(FxRobot robot, String account) {
        clickRow(robot, "#customerTable", (CustomerService.Row r) -> r.account().equals(account));
    }

    private String savedName(String account) {
        return new CustomerService(ledger).find(account).orElseThrow().name();
    }

    private static String selectedCustomer(FxRobot robot) {
        Object row = robot.lookup("#customerTable").queryAs(TableView.class).getSelectionModel().getSelectedItem();
        return row instanceof CustomerService.Row r ? r.account() : null;
    }

    @Test
    void customersAnotherRowAsksAndCancelKeepsTheRowAndTheChanges(FxRobot robot) throws Exception {
        String before = new CustomerService(ledger).find("C0002").orElseThrow().name();
        showCustomerAndRename(robot, "C0002", "Renamed ApS");

        dialogs.answerSave(SaveChoice.CANCEL);
        clickCustomer(robot, "C0003");

        assertEquals(1, dialogs.questions.size(), "asked once");
        assertTrue(dialogs.questions.get(0).contains("not saved"), dialogs.questions.get(0));
        assertEquals("C0002", selectedCustomer(robot), "the row chosen before stays chosen");
        assertEquals("C0002", text(robot, "#accountField"));
        assertEquals("Renamed ApS", text(robot, "#nameField"), "the changes stay in the form");
        assertEquals(before, savedName("C0002"), "nothing written");
    }

    @Test
    void customersDiscardShowsTheOtherRowAndWritesNothing(FxRobot robot) throws Exception {
        String before = new CustomerService(ledger).find("C0002").orElseThrow().name();
        showCustomerAndRename(robot, "C0002", "Renamed ApS");

        dialogs.answerSave(SaveChoice.DISCARD);
        clickCustomer(robot, "C0003");
        ScreenHarness.waitUntil(() -> "C0003".equals(text(robot, "#accountField")));

        assertEquals(1, dialogs.questions.size());
        assertEquals("C0003", selectedCustomer(robot));
        assertEquals(before, savedName("C0002"));
    }

    @Test
    void customersSaveWritesTheChangesAndThenShowsTheOtherRow(FxRobot robot) throws Exception {
        showCustomerAndRename(robot, "C0002", "Renamed ApS");

        dialogs.answerSave(SaveChoice.SAVE);
        clickCustomer(robot, "C0003");
        ScreenHarness.waitUntil(() -> "C0003".equals(text(robot, "#accountField")));

        assertEquals("Renamed ApS", savedName("C0002"));
        assertEquals("C0003", selectedCustomer(robot));
        ScreenHarness.waitUntil(() -> robot.lookup("#customerTable").queryAs(TableView.class).getItems().stream()
                .anyMatch(r -> ((CustomerService.Row) r).name().equals("Renamed ApS")));
        // Back on the saved row: nothing is changed any more, so nothing is asked.
        clickCustomer(robot, "C0002");
        ScreenHarness.waitUntil(() -> "C0002".equals(text(robot, "#accountField")));
        assertEquals(1, dialogs.questions.size());
    }

    @Test
    void customersSaveOfAWrongFieldKeepsTheUserThereWithTheSentenceAtTheField(FxRobot robot) throws Exception {
        var before = TestLedgers.snapshot(ledger);
        showCustomerAndRename(robot, "C0002", null);
        replace(robot, "#ibanField", "DK00 1234");

        dialogs.answerSave(SaveChoice.SAVE);
        clickCustomer(robot, "C0003");

        assertEquals("C0002", selectedCustomer(robot));
        assertEquals("DK00 1234", text(robot, "#ibanField"));
        String sentence = robot.lookup("#ibanFieldError").queryAs(Label.class).getText();
        assertTrue(sentence.contains("IBAN"), sentence);
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void customersNewWithUnsavedChangesAsksAndCancelKeepsTheForm(FxRobot robot) throws Exception {
        showCustomerAndRename(robot, "C0002", "Renamed ApS");

        robot.clickOn("#newButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.questions.size());
        assertEquals("C0002", text(robot, "#accountField"));
        assertEquals("Renamed ApS", text(robot, "#nameField"));
    }

    @Test
    void customersLeftAskOnlyWhenSomethingWasTyped(FxRobot robot) throws Exception {
        showCustomerAndRename(robot, "C0002", null);
        assertTrue(leave(robot), "a row only looked at lets the user go");
        assertTrue(dialogs.questions.isEmpty());

        // At the end of the name: a click in the field's middle puts the caret inside a long name.
        robot.clickOn("#nameField").type(KeyCode.END).write(" more");
        dialogs.answerSave(SaveChoice.CANCEL);
        assertFalse(leave(robot), "Cancel keeps the screen");
        assertEquals(1, dialogs.questions.size());

        dialogs.answerSave(SaveChoice.SAVE);
        boolean[] left = {false};
        robot.interact(() -> screen.leave(() -> left[0] = true));
        ScreenHarness.waitUntil(() -> left[0]);
        assertTrue(savedName("C0002").endsWith(" more"));
    }

    // Vendors

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
