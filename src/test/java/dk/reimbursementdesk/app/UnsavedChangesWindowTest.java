package dk.reimbursementdesk.app;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.ui.common.FreshStage;
import dk.reimbursementdesk.service.setup.CustomerService;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import dk.reimbursementdesk.ui.common.SaveChoice;
import dk.reimbursementdesk.ui.common.WindowRobot;
import dk.reimbursementdesk.ui.shell.ScreenRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, defect 4, in the real window: another screen in the tree, another ledger, another language
 * or closing the window with unsaved changes on the Customers screen asks Save / Discard / Cancel.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesWindowTest {

    @TempDir
    Path dir;
    private final Locale before = Locale.getDefault();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private Stage stage;
    private Ledger ledger;
    private DeskSession session;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.UK);
        this.stage = stage;
        ledger = TestLedgers.demo(dir);
        session = new DeskSession(stage, ledger, ScreenRegistry.standard(), LanguagePreference.inMemory(), dialogs);
        FreshStage.clear(stage);
        session.show(null);
        FreshStage.fit(stage);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> session.close());
        Locale.setDefault(before);
    }

    private static Node treeCell(FxRobot robot, String text) {
        return robot.lookup(".tree-cell").match((TreeCell<?> c) -> text.equals(c.getText())).queryAs(TreeCell.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<CustomerService.Row> customers(FxRobot robot) {
        return robot.lookup("#customerTable").queryAs(TableView.class);
    }

    /** Opens Customers, shows C0002 and types a new name without saving. */
    private void renameC0002(FxRobot robot) {
        robot.clickOn(treeCell(robot, "Customers"));
        WindowRobot.waitUntil(() -> customers(robot).getItems().size() == 12);
        robot.clickOn(robot.from(customers(robot)).lookup(".table-row-cell")
                .match((TableRow<CustomerService.Row> r) -> r.getItem() != null && r.getItem().account().equals("C0002"))
                .queryAs(Node.class));
        WindowRobot.waitUntil(() -> "C0002".equals(robot.lookup("#accountField").queryAs(TextField.class).getText()));
        robot.clickOn("#nameField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Renamed ApS");
    }

    private String savedName() {
        return new CustomerService(session.ledger()).find("C0002").orElseThrow().name();
    }

    private static String selectedEntry(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#navigation").queryAs(TreeView.class);
        return tree.getSelectionModel().getSelectedItem().getValue().toString();
    }

    @Test
    void anotherScreenInTheTreeAsksAndCancelKeepsTheScreenItsEntryAndTheChanges(FxRobot robot) {
        renameC0002(robot);
        String saved = savedName();
        dialogs.answerSave(SaveChoice.CANCEL);

        robot.clickOn(treeCell(robot, "Vendors"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.questions.size());
        assertEquals("Renamed ApS", robot.lookup("#nameField").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#customerTable").tryQuery().isPresent(), "still on Customers");
        assertEquals("Customers", selectedEntry(robot));
        assertEquals(saved, savedName());
    }

    @Test
    void anotherScreenAfterDiscardOpensItAndWritesNothing(FxRobot robot) {
        renameC0002(robot);
        String saved = savedName();
        dialogs.answerSave(SaveChoice.DISCARD);

        robot.clickOn(treeCell(robot, "Vendors"));
        WindowRobot.waitUntil(() -> robot.lookup("#vendorTable").tryQuery().isPresent());

        assertEquals(saved, savedName());
    }

    @Test
    void anotherScreenAfterSaveSavesFirst(FxRobot robot) {
        renameC0002(robot);
        dialogs.answerSave(SaveChoice.SAVE);

        robot.clickOn(treeCell(robot, "Vendors"));
        WindowRobot.waitUntil(() -> robot.lookup("#vendorTable").tryQuery().isPresent());

        assertEquals("Renamed ApS", savedName());
        assertEquals("Vendors", selectedEntry(robot));
    }

    @Test
    void anotherLedgerAsksAndCancelKeepsTheLedgerAndTheChanges(FxRobot robot) throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        TestLedgers.demo(other).close();
        renameC0002(robot);
        dialogs.chooseFile(Files.list(other).filter(f -> f.toString().endsWith(".db")).findFirst().orElseThrow());
        dialogs.answerSave(SaveChoice.CANCEL);

        robot.clickOn(WindowRobot.labelled(robot, "File"));
        robot.clickOn(WindowRobot.labelled(robot, "Open ledger\u2026"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.questions.size());
        assertSame(ledger, session.ledger(), "the same ledger stays open");
        assertEquals("Renamed ApS", robot.lookup("#nameField").queryAs(TextField.class).getText());
    }

    @Test
    void anotherLanguageAsksAndCancelKeepsTheLanguage(FxRobot robot) {
        renameC0002(robot);
        dialogs.answerSave(SaveChoice.CANCEL);

        robot.clickOn(WindowRobot.labelled(robot, "File"));
        WindowRobot.clickInSubmenu(robot, "Language", "Dansk");

        assertEquals(1, dialogs.questions.size());
        assertEquals("en", Locale.getDefault().getLanguage());
        assertEquals("Renamed ApS", robot.lookup("#nameField").queryAs(TextField.class).getText());
    }

    @Test
    void exitAsksAndCancelKeepsTheWindow(FxRobot robot) {
        renameC0002(robot);
        dialogs.answerSave(SaveChoice.CANCEL);

        robot.clickOn(WindowRobot.labelled(robot, "File"));
        robot.clickOn(WindowRobot.labelled(robot, "Exit"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, dialogs.questions.size());
        assertNotNull(session.ledger(), "the ledger stays open");
        assertTrue(stage.isShowing());
        assertEquals("Renamed ApS", robot.lookup("#nameField").queryAs(TextField.class).getText());
    }

    @Test
    void closingTheWindowAfterSaveSavesThenCloses(FxRobot robot) {
        renameC0002(robot);
        dialogs.answerSave(SaveChoice.SAVE);
        Path file = ledger.file();

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WindowRobot.waitUntil(() -> session.ledger() == null);

        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        try (Ledger reopened = Ledger.open(file)) {
            assertEquals("Renamed ApS", new CustomerService(reopened).find("C0002").orElseThrow().name());
        }
    }

    @Test
    void closingTheWindowWithAWrongFieldAndSaveKeepsTheWindowAndTheSentence(FxRobot robot) {
        renameC0002(robot);
        robot.clickOn("#ibanField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("DK00 1234");
        dialogs.answerSave(SaveChoice.SAVE);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();

        assertNotNull(session.ledger());
        assertTrue(stage.isShowing());
        assertTrue(robot.lookup("#ibanFieldError").queryAs(Label.class).getText().contains("IBAN"));
    }
}
