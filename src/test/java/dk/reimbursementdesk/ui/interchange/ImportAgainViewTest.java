package dk.reimbursementdesk.ui.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.interchange.ImportKind;
import dk.reimbursementdesk.service.interchange.ImportProblem;
import dk.reimbursementdesk.service.interchange.ImportService;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import dk.reimbursementdesk.ui.common.SynchronousTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Import window refuses a file imported before, saying when; its "Import again" box is the command line's --again. */
@ExtendWith(ApplicationExtension.class)
class ImportAgainViewTest {

    private Path dir;
    private Ledger ledger;
    private ImportViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("import-again-view");
        ledger = TestLedgers.empty(dir);
        ResourceBundle text = ResourceBundle.getBundle("i18n.interchange", Locale.ENGLISH);
        model = new ImportViewModel(new ImportService(ledger), text, new SynchronousTaskExecutor());
        stage.setScene(new Scene(ImportScreen.screen(model, text, new RecordingDialogService()).root()));
        stage.show();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#importStatus").queryAs(Label.class).getText();
    }

    @Test
    void aFileImportedBeforeIsRefusedUntilImportAgainIsTicked(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("customers.csv"), "account,name,group,currency\nC1,One,G,DKK\n");
        robot.interact(() -> {
            model.kindProperty().set(ImportKind.CUSTOMERS);
            model.fileProperty().set(file);
        });
        robot.clickOn("#importRun");
        assertEquals("Imported one row from customers.csv.", status(robot));
        var before = TestLedgers.snapshot(ledger);

        robot.clickOn("#importRun");
        assertTrue(status(robot).startsWith("The file customers.csv was imported into this ledger before, on "), status(robot));
        assertTrue(status(robot).endsWith("so nothing was imported. Tick “Import again” to import it anyway."), status(robot));
        assertEquals(before, TestLedgers.snapshot(ledger));

        robot.clickOn("#importAgain");
        assertTrue(robot.lookup("#importAgain").queryAs(CheckBox.class).isSelected());
        robot.clickOn("#importRun");
        assertEquals("Nothing was imported: the file has one problem.", status(robot));
        assertEquals(List.of(new ImportProblem(2, "account", "A customer with account C1 already exists in the ledger.")),
                List.copyOf(robot.lookup("#importProblems").queryTableView().getItems()));
        assertEquals(before, TestLedgers.snapshot(ledger));
    }
}
