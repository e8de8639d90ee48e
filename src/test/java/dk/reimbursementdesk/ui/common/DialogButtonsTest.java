package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.ui.shell.StartupProblemDialog;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog's buttons show their whole text: the start-up problem's "Open another ledger…" ended in
 * "…" (seen under Xvfb with the Primer theme), in English and in Danish.
 */
@ExtendWith(ApplicationExtension.class)
class DialogButtonsTest {

    private final Locale previous = Locale.getDefault();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void restore(FxRobot robot) {
        Locale.setDefault(previous);
        robot.interact(Themes::reset);
    }

    @Test
    void theStartupProblemsButtonsAreWholeInEnglish(FxRobot robot) {
        assertButtonsWhole(robot, Locale.UK, List.of("Open another ledger\u2026", "New ledger\u2026", "Exit"));
    }

    @Test
    void theStartupProblemsButtonsAreWholeInDanish(FxRobot robot) {
        assertButtonsWhole(robot, Locale.forLanguageTag("da-DK"), List.of());
    }

    @Test
    void theNewLedgerDialogsCancelIsDanishInDanish(FxRobot robot) {
        // Seen under Xvfb in Danish at 1200x760: File > New ledger's company dialog said "Cancel" beside OK.
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        Platform.runLater(() -> new FxDialogService(stage).showCustomDialog(new dk.reimbursementdesk.ui.shell.NewLedgerDialog()));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            List<String> texts = robot.lookup((javafx.scene.Node n) -> n instanceof Button b && b.getScene() != null
                    && b.getScene().getWindow() != stage).queryAllAs(Button.class).stream().map(Button::getText).toList();
            assertTrue(texts.contains("Annuller") && !texts.contains("Cancel"), texts.toString());
        } finally {
            robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        }
    }

    private void assertButtonsWhole(FxRobot robot, Locale locale, List<String> expected) {
        Locale.setDefault(locale);
        robot.interact(() -> Themes.apply(false)); // the program's own look: Primer's wider button padding
        FxDialogService dialogs = new FxDialogService(stage);
        Platform.runLater(() -> StartupProblemDialog.ask(dialogs, "There is no ledger file at /tmp/nowhere/ledger.db."));
        WaitForAsyncUtils.waitForFxEvents();
        List<Button> buttons = robot.lookup((javafx.scene.Node n) -> n instanceof Button b && b.getScene() != null
                && b.getScene().getWindow() != stage && b.getScene().getWindow().isShowing()).queryAllAs(Button.class)
                .stream().toList();
        try {
            assertTrue(buttons.size() >= 3, "the dialog's buttons: " + buttons);
            for (String text : expected) {
                assertTrue(buttons.stream().anyMatch(b -> b.getText().equals(text)), text + " among " + buttons);
            }
            for (Button button : buttons) {
                double needed = button.prefWidth(-1);
                assertTrue(button.getWidth() >= needed - 0.5,
                        "'" + button.getText() + "' is " + button.getWidth() + " px wide and needs " + needed);
            }
        } finally {
            robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        }
    }
}
