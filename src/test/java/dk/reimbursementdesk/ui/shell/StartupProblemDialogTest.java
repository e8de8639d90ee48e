package dk.reimbursementdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.ui.common.CutTexts;
import dk.reimbursementdesk.ui.common.DialogTestBase;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.Themes;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The question at start when the ledger cannot be opened, as the window shows it (Primer theme) over
 * the small screen's 1200x760. Seen under Xvfb with {@code --ledger URL} and a wrong password: the
 * server's refusal stood on one line and made the dialog as wide as the screen (1,200 px in Danish),
 * its sentence and "Åbn et andet regnskab…" at the very edge; wrapped, it was centred at the width it
 * opened at, before its buttons were kept whole, and stood 150 px right of the middle. No owner: at
 * start there is no main window.
 */
class StartupProblemDialogTest extends DialogTestBase {

    private static final String SERVER = "anna@db.example.com:5432/books";

    @ParameterizedTest
    @ValueSource(strings = {"da-DK", "en-GB"})
    void aServersRefusalWrapsInsideADialogNarrowerThanTheScreen(String language, FxRobot robot) throws Exception {
        assertWrapped(robot, Locale.forLanguageTag(language), "Server\u2026");
    }

    private void assertWrapped(FxRobot robot, Locale locale, String serverButton) throws Exception {
        Locale.setDefault(locale);
        robot.interact(() -> Themes.apply(false));
        String sentence = UserException.sentence("i18n.server", "server.authFailed", locale, SERVER);
        AtomicReference<StartupProblemDialog.Choice> choice = new AtomicReference<>();
        Platform.runLater(() -> choice.set(StartupProblemDialog.ask(new FxDialogService(null), sentence)));
        WaitForAsyncUtils.waitForFxEvents();

        Label text = robot.lookup((Node n) -> n instanceof Label l && sentence.equals(l.getText())).queryAs(Label.class);
        DialogPane pane = (DialogPane) text.getScene().getRoot();
        double width = text.getScene().getWindow().getWidth();
        assertTrue(width < stage.getWidth() - 200, "the dialog is " + width + " px wide on a " + stage.getWidth() + " px screen");
        assertTrue(text.getHeight() > 2 * text.getFont().getSize() * 1.2, "the sentence wraps: " + text.getHeight() + " px high");
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> CutTexts.inDialog(pane)).get());
        javafx.stage.Window dialog = text.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertEquals(screen.getMinX() + screen.getWidth() / 2, dialog.getX() + dialog.getWidth() / 2, 1.5,
                "in the middle of the screen, as at start: no owner yet");

        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && serverButton.equals(b.getText())).queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(StartupProblemDialog.Choice.SERVER, choice.get());
    }
}
