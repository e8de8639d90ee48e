package dk.reimbursementdesk.ui.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.interchange.ImportKind;
import dk.reimbursementdesk.service.interchange.ImportProblem;
import dk.reimbursementdesk.service.interchange.ImportService;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;


@ExtendWith(ApplicationExtension.class)
class ImportViewTest {

    private Path dir;
    private Ledger ledger;
    private ImportViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("import-view");
        ledger = TestLedgers.empty(dir);
        ResourceBundle text = ResourceBundle.getBundle("i18n.interchange", Locale.ENGLISH);
        model = new ImportViewModel(new ImportService(ledger), text, new FxTaskExecutor());
        stage.setScene(new Scene(ImportScreen.screen(model, text, new RecordingDialogService()).root()));
        stage.show();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void eachLabelSitsOnItsFieldsLine(FxRobot robot) throws Exception {
        // Seen under Xvfb: the kind's and the file's labels drawn above the line of the box beside them.
        javafx.scene.Node root = robot.lookup("#importHeading").queryAs(javafx.scene.Node.class).getParent();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> dk.reimbursementdesk.ui.common.FieldLines.offLine(root)).get());
    }

    private void choose(FxRobot robot, ImportKind kind, String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        robot.interact(() -> {
            model.kindProperty().set(kind);
            model.fileProperty().set(file);
        });
    }

    private static void waitForStatus(FxRobot robot, String start) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#importStatus").queryAs(Label.class).getText().startsWith(start));
    }

    @Test
    void checkShowsEveryProblemAsATableRowAndWritesNothing(FxRobot robot) throws Exception {
        var before = TestLedgers.snapshot(ledger);
        choose(robot, ImportKind.CUSTOMERS, "bad.csv", "account,name,group,currency,iban\nC1,One,G,DKR,\nC2,,G,DKK,DK00\n");
        robot.clickOn("#importCheck");
        waitForStatus(robot, "The file has 3 problems");
        TableView<ImportProblem> table = robot.lookup("#importProblems").queryTableView();
        assertEquals(List.of(
                new ImportProblem(2, "currency", "\"DKR\" is not an ISO 4217 currency code."),
                new ImportProblem(3, "name", "A value is required here."),
                new ImportProblem(3, "iban", "\"DK00\" is not a valid IBAN: a Danish IBAN is DK, 2 check digits, 14 digits.")), List.copyOf(table.getItems()));
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void aRefusedImportShowsTheSameProblemsAndWritesNothing(FxRobot robot) throws Exception {
        var before = TestLedgers.snapshot(ledger);
        choose(robot, ImportKind.RATES, "rates.csv", "currency,date,rate\nEUR,2026-01-01,0\n");
        robot.clickOn("#importRun");
        waitForStatus(robot, "Nothing was imported: the file has one problem.");
        assertEquals(List.of(new ImportProblem(2, "rate", "The rate must be greater than zero (it was 0).")),
                List.copyOf(robot.lookup("#importProblems").queryTableView().getItems()));
        assertEquals(before, TestLedgers.snapshot(ledger));
    }

    @Test
    void aGoodFileIsImportedAndSaysHowManyRows(FxRobot robot) throws Exception {
        choose(robot, ImportKind.CUSTOMERS, "good.csv", "account,name,group,currency\nC1,One,G,DKK\nC2,Two,G,EUR\n");
        robot.clickOn("#importRun");
        waitForStatus(robot, "Imported 2 rows from good.csv.");
        assertEquals(2, TestLedgers.count(ledger, "SELECT count(*) FROM customer"));
        assertEquals(0, robot.lookup("#importProblems").queryTableView().getItems().size());
    }

    @Test
    void beforeAFileIsChosenTheScreenHasItsHeadingAndClaimsNoCheck(FxRobot robot) throws Exception {
        assertEquals("Import", robot.lookup("#importHeading").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#noProblems").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#importStatus").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#importRun").queryButton().isDisabled());

        choose(robot, ImportKind.CUSTOMERS, "good.csv", "account,name,group,currency\nC1,One,G,DKK\n");
        robot.clickOn("#importCheck");
        waitForStatus(robot, "The file has no problems");
        assertEquals("No problems found.", robot.lookup("#noProblems").queryAs(Label.class).getText());

        choose(robot, ImportKind.CUSTOMERS, "other.csv", "account,name,group,currency\n");
        assertEquals("", robot.lookup("#noProblems").queryAs(Label.class).getText(), "another file is not checked yet");
    }
}
