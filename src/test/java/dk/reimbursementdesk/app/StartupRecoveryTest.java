package dk.reimbursementdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.ServerAddress;
import dk.reimbursementdesk.testing.PostgresServer;
import dk.reimbursementdesk.ui.common.DialogTestBase;
import dk.reimbursementdesk.ui.common.WindowRobot;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The start's question after a ledger on a server could not be opened ({@link DeskApplication#recover}).
 * Seen under Xvfb: Server… opened an empty field, so the clerk typed the whole URL again after a
 * mistyped password, and an empty database given with {@code --ledger} was only refused.
 */
class StartupRecoveryTest extends DialogTestBase {

    @BeforeEach
    void language() {
        Locale.setDefault(Locale.UK);
    }

    /** recover on the FX thread, as the start runs it; its answer once it returns. */
    private static AtomicReference<DeskApplication.Attempt> recover(RuntimeException failure, DeskApplication.Attempt tried, AtomicBoolean done) {
        AtomicReference<DeskApplication.Attempt> answer = new AtomicReference<>();
        Platform.runLater(() -> {
            answer.set(DeskApplication.recover(failure, tried));
            done.set(true);
        });
        return answer;
    }

    @Test
    void serverStartsFromTheUrlThatFailedWithoutItsPassword(FxRobot robot) {
        String url = "jdbc:postgresql://127.0.0.1:1/books?user=anna&password=s3cret&sslmode=disable";
        AtomicBoolean done = new AtomicBoolean();
        // the real refusal: nothing listens on port 1
        RuntimeException unreachable = assertThrows(UserException.class, () -> LedgerOpener.openServer(url, null));
        AtomicReference<DeskApplication.Attempt> answer = recover(unreachable, new DeskApplication.Attempt(() -> null, url, null), done);

        robot.clickOn(WindowRobot.labelled(robot, "Server\u2026"));
        WindowRobot.waitUntil(() -> robot.lookup("#serverUrlField").tryQuery().isPresent());
        assertEquals("jdbc:postgresql://127.0.0.1:1/books?user=anna&sslmode=disable", robot.lookup("#serverUrlField").queryAs(TextField.class).getText());
        assertFalse(robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().contains("s3cret")).tryQuery().isPresent(),
                "the password is never shown");
        robot.clickOn(WindowRobot.labelled(robot, "Cancel"));
        robot.clickOn(WindowRobot.labelled(robot, "Exit"));
        WindowRobot.waitUntil(done::get);
        assertNull(answer.get());
    }

    @Test
    void anEmptyDatabaseGivenAtStartIsOfferedToBeMadeALedger(FxRobot robot) throws Exception {
        PostgresServer server = PostgresServer.get();
        ServerAddress empty = server.emptyDatabase();
        String url = server.url(empty.database());
        AtomicBoolean done = new AtomicBoolean();
        RuntimeException refusal = assertThrows(UserException.class, () -> LedgerOpener.openServer(url, ""));
        AtomicReference<DeskApplication.Attempt> answer = recover(refusal, new DeskApplication.Attempt(() -> null, url, ""), done);

        String header = "The database " + empty.display() + " holds no ledger yet";
        WindowRobot.waitUntil(() -> robot.lookup(".dialog-pane").match((DialogPane p) -> header.equals(p.getHeaderText())).tryQuery().isPresent());
        robot.clickOn(WindowRobot.labelled(robot, "Make a ledger\u2026"));
        WindowRobot.waitUntil(() -> robot.lookup("#newLedgerCode").tryQuery().isPresent());
        robot.clickOn("#newLedgerCode").write("START");
        robot.clickOn("#newLedgerName").write("Start ApS");
        robot.clickOn(WindowRobot.labelled(robot, "OK"));
        WindowRobot.waitUntil(done::get);

        assertEquals(url, answer.get().url());
        try (Ledger made = answer.get().open().get()) {
            assertTrue(made.onServer());
            assertEquals(empty.display(), made.name());
        }
        assertTrue(Window.getWindows().stream().allMatch(w -> w == stage || !w.isShowing()), "no question is left open");
    }
}
