package dk.reimbursementdesk.ui.common;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/** The owner window of a dialog under test, at the small screen's 1200x760, and what a dialog test puts back. */
public final class DialogStage {

    private DialogStage() {
    }

    /** Call from {@code @Start}. */
    public static void show(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1200, 760));
        stage.show();
    }

    /** Call from {@code @AfterEach}: every dialog hidden, JavaFX's own look and {@code previous} language back. */
    public static void restore(FxRobot robot, Stage stage, Locale previous) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        robot.interact(Themes::reset);
        Locale.setDefault(previous);
    }
}
