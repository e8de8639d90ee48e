package dk.reimbursementdesk.ui.customer;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.setup.CustomerService.Row;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.service.setup.VendorService;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.common.ScreenHarness;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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


@ExtendWith(ApplicationExtension.class)
class CustomersScreenTest {

    @TempDir
    Path dir;
    Ledger ledger;
    Stage stage;
    Screen screen;
    Locale previous;

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
        assertTrue(new LedgerCheckService(ledger).check().allWell());
        ledger.close();
        Locale.setDefault(previous);
    }

    @SuppressWarnings("unchecked")
    private TableView<Row> table(FxRobot robot) {
        return robot.lookup("#customerTable").queryAs(TableView.class);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    private static String fieldError(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void open(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new CustomersScreen(), new Services(ledger));
        ScreenHarness.waitUntil(() -> table(robot).getItems().size() == 12);
    }

    /** Filters the list down to one customer and selects it, as a clerk does. */
    private void select(FxRobot robot, String account) {
        robot.clickOn("#filterField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(account);
        ScreenHarness.waitUntil(() -> table(robot).getItems().size() == 1);
        robot.clickOn(robot.from(table(robot)).lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<Row> r) -> r.isVisible() && r.getItem() != null && r.getItem().account().equals(account))
                .queryAs(javafx.scene.Node.class));
        ScreenHarness.waitUntil(() -> account.equals(robot.lookup("#accountField").queryAs(TextField.class).getText()));
    }

    private void replace(FxRobot robot, String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    @Test
    void customerIsCreatedFromTheFormWithEnter(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#newButton");
        replace(robot, "#accountField", "C0500");
        replace(robot, "#nameField", "Roskilde Vin ApS");
        replace(robot, "#groupBox .text-field", "RETAIL");
        replace(robot, "#ibanField", "DK50 0040 0440 1162 43");
        robot.clickOn("#nameField").type(KeyCode.ENTER);
        ScreenHarness.waitUntil(() -> message(robot).contains("C0500"));
        var saved = new CustomerService(ledger).find("C0500").orElseThrow();
        assertEquals("Roskilde Vin ApS", saved.name());
        assertEquals("DKK", saved.currency());
        assertEquals("DK5000400440116243", saved.iban());
        ScreenHarness.waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.account().equals("C0500")));
    }

    @Test
    void duplicateAccountAndBadIbanAreRefusedAtTheFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        open(robot);
        var before = TestLedgers.snapshot(ledger);
        robot.clickOn("#newButton");
        replace(robot, "#accountField", "c0001");
        replace(robot, "#nameField", "Someone");
        replace(robot, "#groupBox .text-field", "RETAIL");
        replace(robot, "#ibanField", "DK5100400440116243");
        robot.type(KeyCode.TAB);
        ScreenHarness.waitUntil(() -> fieldError(robot, "#accountFieldError").equals("There is already a customer with this account."));
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled());
        replace(robot, "#accountField", "C0501");
        robot.type(KeyCode.TAB);
        ScreenHarness.waitUntil(() -> fieldError(robot, "#ibanFieldError").contains("IBAN"));
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled());
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void vendorAccountIsLinkedWithTheLookupAndCleared(FxRobot robot) throws Exception {
        open(robot);
        select(robot, "C0002");
        robot.clickOn("#vendorBox").write("Kontorland").type(KeyCode.ENTER);
        ScreenHarness.waitUntil(() -> robot.lookup("#vendorBox").queryAs(org.controlsfx.control.SearchableComboBox.class).getValue() != null);
        robot.clickOn("#saveButton");
        ScreenHarness.waitUntil(() -> "V0100".equals(new CustomerService(ledger).find("C0002").orElseThrow().vendorAccount()));
        ScreenHarness.waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> "V0100".equals(r.vendorAccount())));

        robot.clickOn("#clearVendorButton").clickOn("#saveButton");
        ScreenHarness.waitUntil(() -> new CustomerService(ledger).find("C0002").orElseThrow().vendorAccount() == null);
    }

    @Test
    void createVendorFromCustomerCreatesAndLinksIt(FxRobot robot) throws Exception {
        open(robot);
        select(robot, "C0004");
        robot.clickOn("#createVendorButton");
        ScreenHarness.waitUntil(() -> message(robot).contains("C0004"));
        var vendor = new VendorService(ledger).find("C0004").orElseThrow();
        assertEquals("Café Europa GmbH", vendor.name());
        assertEquals("EUR", vendor.currency());
        assertEquals("C0004", new CustomerService(ledger).find("C0004").orElseThrow().vendorAccount());
        assertTrue(robot.lookup("#createVendorButton").queryButton().isDisabled());
    }

    @Test
    void customerWithTransactionsIsNotDeletedAndTheReasonIsShown(FxRobot robot) throws Exception {
        open(robot);
        select(robot, "C0009");
        assertTrue(robot.lookup("#balancesLabel").queryAs(Label.class).getText().contains("EUR: -20.00"));
        robot.clickOn("#deleteButton");
        ScreenHarness.waitUntil(() -> message(robot).contains("cannot be deleted"));
        assertTrue(new CustomerService(ledger).find("C0009").isPresent());
    }

    @Test
    void theDeleteRefusalWrapsBesideTheButtonsAndLeavesTheirLabelsWhole(FxRobot robot) throws Exception {
        open(robot);
        select(robot, "C0009");
        robot.clickOn("#deleteButton");
        ScreenHarness.waitUntil(() -> message(robot).contains("cannot be deleted"));
        for (String id : new String[] {"#saveButton", "#cancelButton", "#deleteButton"}) {
            Button button = robot.lookup(id).queryButton();
            // A squeezed button draws "…" instead of its label: its width never falls below what the label needs.
            assertTrue(button.getWidth() >= button.prefWidth(-1) - 0.5, id + " " + button.getWidth() + " < " + button.prefWidth(-1));
        }
        Label refusal = robot.lookup("#messageLabel").queryAs(Label.class);
        assertTrue(refusal.isWrapText());
        assertTrue(refusal.getStyleClass().contains("form-message"));
    }

    @Test
    void saveStaysOffWhileAFieldIsWrongAndTheSentenceShowsWhenTheFieldIsLeft(FxRobot robot) throws Exception {
        open(robot);
        select(robot, "C0002");
        assertFalse(robot.lookup("#saveButton").queryButton().isDisabled());
        replace(robot, "#ibanField", "DK00 1234");
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled(), "Save is off while the IBAN is wrong");
        assertTrue(robot.lookup("#ibanFieldError").queryAs(Label.class).getText().contains("IBAN"));
        replace(robot, "#ibanField", "");
        robot.type(KeyCode.TAB);
        assertFalse(robot.lookup("#saveButton").queryButton().isDisabled());
    }
}
