package dk.reimbursementdesk.ui.common;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/**
 * A dialog test's owner window, at the small screen's 1200x760, and what it puts back after each
 * test: every dialog hidden, JavaFX's own look, and the language the test found. A test sets the
 * language and the theme it shows the dialog in itself.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class DialogTestBase {

    private final Locale previous = Locale.getDefault();
    /** TestFX's stage, the owner of the dialogs under test. */
    protected Stage stage;

    /**
     * A {@code @BeforeEach}, not TestFX's {@code @Start}: ApplicationExtension looks for {@code @Start}
     * among the test class's own methods only, so one here would never run.
     */
    @BeforeEach
    public void showOwner(FxRobot robot) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            stage.setScene(new Scene(new StackPane(), 1200, 760));
            stage.show();
        });
    }

    @AfterEach
    public void restoreOwner(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        robot.interact(Themes::reset);
        Locale.setDefault(previous);
    }
}
