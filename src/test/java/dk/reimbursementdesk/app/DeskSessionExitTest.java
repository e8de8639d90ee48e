package dk.reimbursementdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.ui.common.FreshStage;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.RecordingDialogService;
import dk.reimbursementdesk.ui.shell.ScreenRegistry;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
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

/** Closing the window while a task runs asks first; keeping on keeps the window, the task and the ledger. */
@ExtendWith(ApplicationExtension.class)
class DeskSessionExitTest {

    @TempDir
    Path dir;
    private final Locale before = Locale.getDefault();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CountDownLatch release = new CountDownLatch(1);
    private Stage stage;
    private DeskSession session;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.UK);
        this.stage = stage;
        Ledger ledger = TestLedgers.demo(dir);
        session = new DeskSession(stage, ledger, ScreenRegistry.standard(), LanguagePreference.inMemory(), dialogs);
        FreshStage.clear(stage);
        session.show(null);
        FreshStage.fit(stage);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        release.countDown();
        robot.interact(() -> session.close());
        Locale.setDefault(before);
    }

    private void startLongTask() {
        session.tasks().execute(new Task<Void>() {
            @Override
            protected Void call() throws Exception {
                release.await(20, TimeUnit.SECONDS);
                return null;
            }
        });
    }

    @Test
    void closingTheWindowDuringATaskAsksAndNoKeepsEverything(FxRobot robot) {
        startLongTask();
        dialogs.confirmWith(false);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.questions.get(0).contains("still running"), dialogs.questions.get(0));
        assertNotNull(session.ledger(), "the ledger stays open");
        assertTrue(session.tasks().busy());
    }

    @Test
    void closingTheWindowDuringATaskAndSayingYesClosesTheLedger(FxRobot robot) {
        startLongTask();
        dialogs.confirmWith(true);

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertEquals(1, dialogs.questions.size());
        assertNull(session.ledger());
    }

    @Test
    void closingTheWindowWithNothingRunningAsksNothing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertTrue(dialogs.questions.isEmpty());
        assertFalse(session.ledger() != null);
    }
}
