package dk.reimbursementdesk.ui.customer;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.service.setup.CustomerService.Row;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import dk.reimbursementdesk.ui.common.SaveChoice;
import dk.reimbursementdesk.ui.common.ScreenHarness;
import java.nio.file.Path;
import java.util.Locale;
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

/** Issue 16, defect 4: choosing another customer, New or leaving the screen with unsaved changes asks Save / Discard / Cancel. */
@ExtendWith(ApplicationExtension.class)
class CustomersUnsavedChangesTest {

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
        assertTrue(new LedgerCheckService(ledger).check().allWell());
        ledger.close();
        Locale.setDefault(previous);
    }

    @SuppressWarnings("unchecked")
    private TableView<Row> table(FxRobot robot) {
        return robot.lookup("#customerTable").queryAs(TableView.class);
    }

    private String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private void open(FxRobot robot) throws Exception {
        screen = ScreenHarness.show(stage, new CustomersScreen(), new Services(ledger), dialogs);
        ScreenHarness.waitUntil(() -> table(robot).getItems().size() == 12);
    }

    private void clickRow(FxRobot robot, String account) {
        robot.clickOn(robot.from(table(robot)).lookup(".table-row-cell")
                .match((TableRow<Row> r) -> r.isVisible() && r.getItem() != null && r.getItem().account().equals(account))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showAndRename(FxRobot robot, String account, String name) {
        clickRow(robot, account);
        ScreenHarness.waitUntil(() -> account.equals(field(robot, "#accountField")));
        robot.clickOn("#nameField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(name);
    }

    private String savedName(String account) {
        return new CustomerService(ledger).find(account).orElseThrow().name();
    }

    private String selectedAccount(FxRobot robot) {
        Row row = table(robot).getSelectionModel().getSelectedItem();
        return row == null ? null : row.account();
    }

    @Test
    void anotherRowWithUnsavedChangesAsksAndCancelKeepsTheRowAndTheChanges(FxRobot robot) throws Exception {
        open(robot);
        String before = savedName("C0002");
        showAndRename(robot, "C0002", "Renamed ApS");

        dialogs.answerSave(SaveChoice.CANCEL);
        clickRow(robot, "C0003");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.questions.size(), "asked once");
        assertTrue(dialogs.questions.get(0).contains("not saved"), dialogs.questions.get(0));
        assertEquals("C0002", selectedAccount(robot), "the row chosen before stays chosen");
        assertEquals("C0002", field(robot, "#accountField"));
        assertEquals("Renamed ApS", field(robot, "#nameField"), "the changes stay in the form");
        assertEquals(before, savedName("C0002"), "nothing written");
    }

    @Test
    void discardShowsTheOtherRowAndWritesNothing(FxRobot robot) throws Exception {
        open(robot);
        String before = savedName("C0002");
        showAndRename(robot, "C0002", "Renamed ApS");

        dialogs.answerSave(SaveChoice.DISCARD);
        clickRow(robot, "C0003");
        ScreenHarness.waitUntil(() -> "C0003".equals(field(robot, "#accountField")));

        assertEquals(1, dialogs.questions.size());
        assertEquals("C0003", selectedAccount(robot));
        assertEquals(before, savedName("C0002"));
    }

    @Test
    void saveWritesTheChangesAndThenShowsTheOtherRow(FxRobot robot) throws Exception {
        open(robot);
        showAndRename(robot, "C0002", "Renamed ApS");

        dialogs.answerSave(SaveChoice.SAVE);
        clickRow(robot, "C0003");
        ScreenHarness.waitUntil(() -> "C0003".equals(field(robot, "#accountField")));

        assertEquals("Renamed ApS", savedName("C0002"));
        assertEquals("C0003", selectedAccount(robot));
        ScreenHarness.waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.name().equals("Renamed ApS")));
        // Back on the saved row: nothing is changed any more, so nothing is asked.
        clickRow(robot, "C0002");
        ScreenHarness.waitUntil(() -> "C0002".equals(field(robot, "#accountField")));
        assertEquals(1, dialogs.questions.size());
    }

    @Test
    void saveOfAWrongFieldKeepsTheUserThereWithTheSentenceAtTheField(FxRobot robot) throws Exception {
        open(robot);
        var before = TestLedgers.snapshot(ledger);
        clickRow(robot, "C0002");
        ScreenHarness.waitUntil(() -> "C0002".equals(field(robot, "#accountField")));
        robot.clickOn("#ibanField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("DK00 1234");

        dialogs.answerSave(SaveChoice.SAVE);
        clickRow(robot, "C0003");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("C0002", selectedAccount(robot));
        assertEquals("DK00 1234", field(robot, "#ibanField"));
        String sentence = robot.lookup("#ibanFieldError").queryAs(Label.class).getText();
        assertTrue(sentence.contains("IBAN"), sentence);
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsTheForm(FxRobot robot) throws Exception {
        open(robot);
        showAndRename(robot, "C0002", "Renamed ApS");

        robot.clickOn("#newButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.questions.size());
        assertEquals("C0002", field(robot, "#accountField"));
        assertEquals("Renamed ApS", field(robot, "#nameField"));
    }

    @Test
    void leavingTheScreenAsksOnlyWhenSomethingWasTyped(FxRobot robot) throws Exception {
        open(robot);
        clickRow(robot, "C0002");
        ScreenHarness.waitUntil(() -> "C0002".equals(field(robot, "#accountField")));
        boolean[] left = {false};
        robot.interact(() -> screen.leave(() -> left[0] = true));
        assertTrue(left[0], "a row only looked at lets the user go");
        assertTrue(dialogs.questions.isEmpty());

        robot.clickOn("#nameField").write(" more");
        left[0] = false;
        dialogs.answerSave(SaveChoice.CANCEL);
        robot.interact(() -> screen.leave(() -> left[0] = true));
        assertFalse(left[0], "Cancel keeps the screen");
        assertEquals(1, dialogs.questions.size());

        dialogs.answerSave(SaveChoice.SAVE);
        robot.interact(() -> screen.leave(() -> left[0] = true));
        ScreenHarness.waitUntil(() -> left[0]);
        assertTrue(savedName("C0002").endsWith(" more"));
    }
}
