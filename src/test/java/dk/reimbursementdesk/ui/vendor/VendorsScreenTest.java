package dk.reimbursementdesk.ui.vendor;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.setup.VendorService.LinkedCustomer;
import dk.reimbursementdesk.service.setup.VendorService.Row;
import dk.reimbursementdesk.service.setup.VendorService;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.common.ScreenHarness;
import java.nio.file.Path;
import java.util.Locale;
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


@ExtendWith(ApplicationExtension.class)
class VendorsScreenTest {

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
    void setUp() throws Exception {
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

    @SuppressWarnings("unchecked")
    private TableView<Row> table(FxRobot robot) {
        return robot.lookup("#vendorTable").queryAs(TableView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void selectedVendorShowsItsLinkedCustomers(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new VendorsScreen(), new Services(ledger));
        ScreenHarness.waitUntil(() -> table(robot).getItems().size() == 5);
        robot.clickOn(robot.from(table(robot)).lookup(".table-row-cell")
                .match((TableRow<Row> r) -> r.isVisible() && r.getItem() != null && r.getItem().account().equals("V0002"))
                .queryAs(javafx.scene.Node.class));
        TableView<LinkedCustomer> linked = robot.lookup("#linkedTable").queryAs(TableView.class);
        ScreenHarness.waitUntil(() -> linked.getItems().size() == 1);
        assertEquals("C0005", linked.getItems().get(0).account());
        assertEquals("FR14 2004 1010 0505 0001 3M02 606", robot.lookup("#ibanField").queryAs(TextField.class).getText());
    }

    @Test
    void vendorIsCreatedAndABadBicIsRefusedFirst(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new VendorsScreen(), new Services(ledger));
        ScreenHarness.waitUntil(() -> table(robot).getItems().size() == 5);
        robot.clickOn("#newButton");
        robot.clickOn("#accountField").write("V0300");
        robot.clickOn("#nameField").write("Fragt & Co ApS");
        robot.clickOn("#groupBox .text-field").write("SUPPLIERS");
        robot.clickOn("#currencyBox .text-field").write("DKK");
        robot.clickOn("#bicField").write("NDEA").type(KeyCode.TAB);
        ScreenHarness.waitUntil(() -> robot.lookup("#bicFieldError").queryAs(Label.class).getText().contains("BIC"));
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled(), "Save stays off while the BIC is wrong");
        assertTrue(new VendorService(ledger).find("V0300").isEmpty());
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        robot.clickOn("#bicField").write("DKKK").type(KeyCode.ENTER);
        ScreenHarness.waitUntil(() -> message.getText().contains("V0300"));
        assertEquals("NDEADKKK", new VendorService(ledger).find("V0300").orElseThrow().bic());
    }

    @Test
    void aDuplicateAccountIsRefusedAtTheFieldAsSoonAsItIsLeftNotOnlyAfterSave(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new VendorsScreen(), new Services(ledger));
        ScreenHarness.waitUntil(() -> table(robot).getItems().size() == 5);
        robot.clickOn("#newButton");
        // As Save would store it: trimmed, and matched without regard to case.
        robot.clickOn("#accountField").write("v0001 ").type(KeyCode.TAB);
        ScreenHarness.waitUntil(() -> robot.lookup("#accountFieldError").queryAs(Label.class).getText()
                .equals("There is already a vendor with this account."));
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled());
    }
}
