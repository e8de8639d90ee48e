package dk.reimbursementdesk.ui.reimbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.common.ScreenHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
 * Saved selections in the window, on the demo ledger: Save as… and Manage… in the query builder, and
 * the Reimbursement dialog's Saved selection drop-down, whose choice the selection text and the live
 * count follow.
 */
@ExtendWith(ApplicationExtension.class)
class SavedSelectionsScreenTest {

    @TempDir
    Path dir;
    Ledger ledger;
    Services services;
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
        services = new Services(ledger);
    }

    @AfterEach
    void tearDown() throws Exception {
        ScreenHarness.close(screen);
        assertTrue(new LedgerCheckService(ledger).check().allWell());
        ledger.close();
        Locale.setDefault(previous);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<SavedSelection> savedBox(FxRobot robot) {
        return robot.lookup("#savedSelectionBox").queryAs(ComboBox.class);
    }

    private static List<String> offered(FxRobot robot) {
        return savedBox(robot).getItems().stream().map(SavedSelection::name).toList();
    }

    @Test
    void saveAsStoresTheRangesUnderANameAndTheDropDownChoosesThem(FxRobot robot) throws Exception {
        services.savedSelections().save("Retail", "group=RETAIL");
        screen = ScreenHarness.show(stage, ReimbursementFlowTest.REIMBURSEMENT, services);
        ScreenHarness.waitUntil(() -> text(robot, "#countText").equals("12 customers are selected"));
        assertEquals(List.of("Retail"), offered(robot));
        assertEquals("None", savedBox(robot).getButtonCell().getText());

        robot.clickOn("#selectButton");
        robot.clickOn("#addButton");
        robot.write("C0001..C0004");
        robot.clickOn("#saveAsButton");
        // Enter on an empty name is refused under the field, and the dialog stays.
        robot.type(KeyCode.ENTER);
        assertEquals("Name the selection.", text(robot, "#selectionNameSentence"));
        robot.clickOn("#selectionName").write("Friday");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Saved as “Friday”: Account is from C0001 to C0004.", text(robot, "#savedMessage"));
        assertEquals(List.of(new SavedSelection("Friday", "account=C0001..C0004"), new SavedSelection("Retail", "group=RETAIL")),
                services.savedSelections().all());

        // The same name in another case asks to replace; Cancel keeps the one saved.
        robot.clickOn("#saveAsButton");
        robot.clickOn("#selectionName").write("friday");
        assertEquals("There is a saved selection named “Friday” already: Replace gives it these ranges.",
                text(robot, "#selectionNameSentence"));
        assertTrue(robot.lookup((Button b) -> "Replace".equals(b.getText())).tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#okButton");
        ScreenHarness.waitUntil(() -> text(robot, "#countText").equals("4 customers are selected"));
        // The dialog's selection is the one saved as Friday: the drop-down says so.
        ScreenHarness.waitUntil(() -> offered(robot).equals(List.of("Friday", "Retail")));
        assertEquals("Friday", savedBox(robot).getValue().name());

        // Choosing Retail sets the selection: its words and the live count follow.
        long retail = services.reimbursement().countSelectedCustomers(
                services.savedSelections().selection("Retail", CustomerQueryFields.CATALOG));
        robot.clickOn("#savedSelectionBox");
        robot.clickOn("Retail");
        ScreenHarness.waitUntil(() -> text(robot, "#selectionText").equals("Customer group is RETAIL"));
        String expected = retail == 1 ? "1 customer is selected" : retail + " customers are selected";
        ScreenHarness.waitUntil(() -> text(robot, "#countText").equals(expected));
    }

    @Test
    void manageRenamesAndDeletesAndTheDropDownFollows(FxRobot robot) throws Exception {
        services.savedSelections().save("Friday", "account=C0001..C0004");
        services.savedSelections().save("Retail", "group=RETAIL");
        screen = ScreenHarness.show(stage, ReimbursementFlowTest.REIMBURSEMENT, services);
        ScreenHarness.waitUntil(() -> offered(robot).equals(List.of("Friday", "Retail")));
        robot.interact(() -> savedBox(robot).setValue(savedBox(robot).getItems().get(1)));
        ScreenHarness.waitUntil(() -> text(robot, "#selectionText").equals("Customer group is RETAIL"));

        robot.clickOn("#selectButton");
        robot.clickOn("#manageButton");
        TableView<SavedSelection> list = robot.lookup("#savedSelections").queryTableView();
        assertEquals(List.of("Friday", "Retail"), list.getItems().stream().map(SavedSelection::name).toList());

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#renameSelection");
        robot.interact(() -> robot.lookup("#selectionName").queryTextInputControl().clear());
        robot.clickOn("#selectionName").write("retail");
        assertEquals("There is a saved selection named “Retail” already; choose another name.", text(robot, "#selectionNameSentence"));
        robot.interact(() -> robot.lookup("#selectionName").queryTextInputControl().clear());
        robot.clickOn("#selectionName").write("Fredag");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("“Friday” is now “Fredag”.", text(robot, "#manageMessage"));

        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(s -> s.name().equals("Retail")).findFirst().orElseThrow()));
        robot.clickOn("#deleteSelection");
        robot.clickOn("Delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("“Retail” was deleted.", text(robot, "#manageMessage"));
        assertEquals(List.of("Fredag"), list.getItems().stream().map(SavedSelection::name).toList());
        robot.clickOn("Close");
        robot.clickOn("#cancelButton");

        // Back in the dialog: the drop-down offers what is left; the selection, Retail's, is no longer saved.
        ScreenHarness.waitUntil(() -> offered(robot).equals(List.of("Fredag")));
        assertNull(savedBox(robot).getValue());
        assertEquals("Customer group is RETAIL", text(robot, "#selectionText"));
        assertEquals(List.of(new SavedSelection("Fredag", "account=C0001..C0004")), services.savedSelections().all());
    }
}
