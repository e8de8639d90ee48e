package dk.reimbursementdesk.ui.backup;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.app.DeskSession;
import dk.reimbursementdesk.ui.common.FreshStage;
import dk.reimbursementdesk.app.LanguagePreference;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.backup.BackupService;
import dk.reimbursementdesk.service.setup.ParametersService;
import dk.reimbursementdesk.service.setup.ParametersService.ParametersUpdate;
import dk.reimbursementdesk.service.setup.ParametersService.ParametersView;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.WindowRobot;
import dk.reimbursementdesk.ui.shell.ScreenRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Backups… in the real window on a real demo ledger: Back up now writes a backup that the list
 * then shows; Restore… asks, backs up the ledger as it is (reason restore), puts the chosen copy's
 * content back and rebuilds the window over it.
 */
@ExtendWith(ApplicationExtension.class)
class BackupsWindowTest {

    private final Locale originalLocale = Locale.getDefault();
    private Path dir;
    private Ledger ledger;
    private DeskSession session;

    @Start
    void start(Stage stage) throws IOException {
        Locale.setDefault(Locale.UK);
        dir = Files.createTempDirectory("backups-window-test");
        ledger = TestLedgers.demo(dir);
        session = new DeskSession(stage, ledger, ScreenRegistry.standard(), LanguagePreference.inMemory());
        FreshStage.clear(stage);
        session.show(null);
        FreshStage.fit(stage);
    }

    @AfterEach
    void closeAndClean(FxRobot robot) throws IOException {
        robot.interact(() -> session.close());
        Locale.setDefault(originalLocale);
        WindowRobot.deleteTree(dir);
    }

    @Test
    void anEmptyListSaysWhenBackupsAreWritten(FxRobot robot) {
        openBackups(robot);

        TableView<?> table = robot.lookup("#backupsTable").queryTableView();
        assertTrue(table.getItems().isEmpty());
        assertTrue(((Labeled) table.getPlaceholder()).getText().startsWith("No backups yet."));
        assertTrue(robot.lookup("#restoreButton").queryAs(Button.class).isDisabled(), "nothing to restore is chosen");
        // Seen under Xvfb in Danish at 1200x760: 'Før et betalingsb…', 'Før en refusions…'. The longest reason of both languages fits.
        javafx.scene.text.Text longest = new javafx.scene.text.Text("Før en opgradering af skemaet");
        assertTrue(table.getColumns().get(1).getMinWidth() >= longest.getLayoutBounds().getWidth() + 20,
                "the reason column is " + table.getColumns().get(1).getMinWidth() + " px at least");
        robot.clickOn("Close");
    }

    @Test
    void backUpNowWritesABackupThatTheListShowsNewestFirst(FxRobot robot) {
        openBackups(robot);
        robot.clickOn("#backUpNowButton");
        WindowRobot.waitUntil(() -> !services().backups().list().isEmpty());
        robot.clickOn(WindowRobot.labelled(robot, "OK"));

        openBackups(robot);
        TableView<BackupService.Backup> table = robot.lookup("#backupsTable").queryTableView();
        assertEquals(1, table.getItems().size());
        assertEquals("manual", table.getItems().get(0).reason());
        assertTrue(robot.lookup(".table-cell").match(hasText("Backed up by hand")).tryQuery().isPresent());
        robot.clickOn("Close");
    }

    @Test
    void restoreConfirmedPutsTheBackupsContentBackAndKeepsTheLedgerAsItWas(FxRobot robot) {
        BackupService.Backup taken = services().backups().backUpNow();
        ParametersService parameters = services().parameters();
        BigDecimal before = parameters.load().minimumReimbursement();
        parameters.save(withMinimum(parameters.load(), new BigDecimal("987.65")));

        openBackups(robot);
        TableView<BackupService.Backup> table = robot.lookup("#backupsTable").queryTableView();
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#restoreButton");
        robot.clickOn(WindowRobot.labelled(robot, "Restore"));
        WindowRobot.waitUntil(() -> shownText(robot, "The ledger was restored from"));
        robot.clickOn(WindowRobot.labelled(robot, "OK"));

        assertEquals(0, before.compareTo(services().parameters().load().minimumReimbursement()), "the backup's minimum is back");
        List<BackupService.Backup> now = services().backups().list();
        assertEquals(2, now.size());
        assertEquals("restore", now.get(0).reason(), "the ledger as it was is backed up first");
        assertEquals(taken.path(), now.get(1).path());
        assertTrue(services().ledgerCheck().check().allWell());
    }

    @Test
    void restoreNotConfirmedChangesNothing(FxRobot robot) {
        services().backups().backUpNow();
        ParametersService parameters = services().parameters();
        parameters.save(withMinimum(parameters.load(), new BigDecimal("987.65")));

        openBackups(robot);
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.clickOn("#restoreButton");
        robot.clickOn(WindowRobot.labelled(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, new BigDecimal("987.65").compareTo(services().parameters().load().minimumReimbursement()));
        assertEquals(1, services().backups().list().size());
    }

    private Services services() {
        return session.services();
    }

    private static ParametersUpdate withMinimum(ParametersView v, BigDecimal minimum) {
        return new ParametersUpdate(minimum, v.oneTimeVendorGroup(), v.oneTimeVendorSequence(),
                v.arControlAccount(), v.apControlAccount(), v.bankAccount(), v.salesAccount(), v.salesReturnsAccount(),
                v.voucherSequence(), v.reimbursementSequence());
    }

    private static void openBackups(FxRobot robot) {
        robot.clickOn(WindowRobot.labelled(robot, "File"));
        robot.clickOn(WindowRobot.labelled(robot, "Backups\u2026"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A message shown in a label or, when it has several lines, in a read-only text area. */
    private static boolean shownText(FxRobot robot, String start) {
        return robot.lookup((Node node) -> node instanceof Labeled labeled && labeled.getText() != null && labeled.getText().startsWith(start)
                || node instanceof javafx.scene.control.TextArea area && area.getText().startsWith(start)).tryQuery().isPresent();
    }

    private static <T extends Node> java.util.function.Predicate<T> hasText(String text) {
        return node -> node instanceof Labeled labeled && text.equals(labeled.getText());
    }
}
