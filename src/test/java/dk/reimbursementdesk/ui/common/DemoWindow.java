package dk.reimbursementdesk.ui.common;

import dk.reimbursementdesk.app.DeskSession;
import dk.reimbursementdesk.app.LanguagePreference;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.shell.ScreenRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The real main window on a fresh demo ledger in English, for tests that drive it; {@link #close} cleans up. */
public final class DemoWindow {

    private final Locale before = Locale.getDefault();
    private final Path dir;
    private final Ledger ledger;
    private final DeskSession session;

    private DemoWindow(Stage stage) throws IOException {
        Locale.setDefault(Locale.UK);
        dir = Files.createTempDirectory("demo-window");
        ledger = TestLedgers.demo(dir);
        session = new DeskSession(stage, ledger, ScreenRegistry.standard(), LanguagePreference.inMemory());
        FreshStage.clear(stage);
        session.show(null);
        FreshStage.fit(stage);
    }

    /** Call from the test's {@code @Start}. */
    public static DemoWindow show(Stage stage) throws IOException {
        return new DemoWindow(stage);
    }

    public DeskSession session() {
        return session;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** Call from {@code @AfterEach}: the window, the ledger, the language and the folder go. */
    public void close(FxRobot robot) throws IOException {
        robot.interact(session::close);
        Locale.setDefault(before);
        WindowRobot.deleteTree(dir);
    }
}
