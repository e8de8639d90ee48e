package dk.reimbursementdesk.ui.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.interchange.ExportKind;
import dk.reimbursementdesk.service.interchange.ExportService;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;


@ExtendWith(ApplicationExtension.class)
class ExportViewTest {

    private Path dir;
    private Ledger ledger;
    private ExportViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("export-view");
        ledger = TestLedgers.demo(dir);
        ResourceBundle text = ResourceBundle.getBundle("i18n.interchange", Locale.ENGLISH);
        model = new ExportViewModel(new ExportService(ledger), text, new FxTaskExecutor());
        stage.setScene(new Scene(ExportScreen.screen(model, text, new RecordingDialogService()).root()));
        stage.show();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void eachLabelSitsOnItsFieldsLine(FxRobot robot) throws Exception {
        // Seen under Xvfb: the kind's and the file's labels drawn above the line of the box beside them.
        javafx.scene.Node root = robot.lookup("#exportHeading").queryAs(javafx.scene.Node.class).getParent();
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> dk.reimbursementdesk.ui.common.FieldLines.offLine(root)).get());
    }

    @Test
    void exportWritesTheSameFileAsTheCommandLineAndSaysHowManyRows(FxRobot robot) throws Exception {
        Path file = dir.resolve("balances.csv");
        robot.interact(() -> {
            model.kindProperty().set(ExportKind.BALANCES);
            model.fileProperty().set(file);
        });
        robot.clickOn("#exportRun");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#exportStatus").queryAs(Label.class).getText().startsWith("Wrote"));
        assertEquals("Wrote 12 rows to balances.csv.", robot.lookup("#exportStatus").queryAs(Label.class).getText());
        StringWriter expected = new StringWriter();
        new ExportService(ledger).export(ExportKind.BALANCES, expected);
        assertEquals(expected.toString(), Files.readString(file));
    }

    @Test
    void aFolderThatDoesNotExistIsToldAsASentence(FxRobot robot) throws Exception {
        Path file = dir.resolve("missing").resolve("x.csv");
        robot.interact(() -> model.fileProperty().set(file));
        robot.clickOn("#exportRun");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#exportStatus").queryAs(Label.class).getText().startsWith("The file"));
        assertEquals(false, Files.exists(file));
    }

    @Test
    void theScreenHasItsHeading(FxRobot robot) {
        assertEquals("Export", robot.lookup("#exportHeading").queryAs(javafx.scene.control.Label.class).getText());
    }
}
