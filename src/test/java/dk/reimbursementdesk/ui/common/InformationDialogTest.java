package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An information of several lines (Help > About, Tools > Check ledger's result) shows all of its lines
 * without scrolling when they are few: About's last line, the schema version, was cut below the box
 * (seen under Xvfb in Danish at 1200x760), since the box counted the text's lines but not those a long
 * line wraps into.
 */
class InformationDialogTest extends DialogTestBase {

    @Test
    void aboutShowsEveryLineInDanish(FxRobot robot) {
        assertWhole(robot, Locale.forLanguageTag("da-DK"));
    }

    @Test
    void aboutShowsEveryLineInEnglish(FxRobot robot) {
        assertWhole(robot, Locale.UK);
    }

    @Test
    void aLongSentenceWrapsWithinTheDialogInDanish(FxRobot robot) throws Exception {
        // Seen under Xvfb at 1200x760: Tools > Check ledger's all-well sentence on one line, the dialog wider than the screen.
        Locale.setDefault(Locale.forLanguageTag("da-DK"));
        robot.interact(() -> Themes.apply(false));
        String sentence = "Regnskabet stemmer: alle bilag balancerer, samlekontiene svarer til de åbne poster, alle henvisninger peger på "
                + "rækker, der findes, revisionssporets kæde er intakt, og filen er hel.";
        Platform.runLater(() -> new FxDialogService(stage).showInformation("Kontrollér regnskab", sentence));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane pane = robot.lookup((Node n) -> n instanceof javafx.scene.control.DialogPane).queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getScene().getWidth() <= 700, "the dialog is " + pane.getScene().getWidth() + " px wide");
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> CutTexts.inDialog(pane)).get());
    }

    private void assertWhole(FxRobot robot, Locale locale) {
        Locale.setDefault(locale);
        robot.interact(() -> Themes.apply(false));
        String text = Texts.of("i18n.shell").format("about.text", "/tmp/walk2-data/reimbursement-desk/ledger.db", "0.1.0-SNAPSHOT", 25);
        Platform.runLater(() -> new FxDialogService(stage).showInformation("About", text));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea area = robot.lookup((Node n) -> n instanceof TextArea a && a.getScene().getWindow() != stage).queryAs(TextArea.class);
        List<ScrollBar> shown = robot.from(area).lookup((Node n) -> n instanceof ScrollBar bar
                && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL && bar.isVisible()).queryAllAs(ScrollBar.class)
                .stream().toList();
        assertTrue(area.getText().contains("25"));
        assertEquals(List.of(), shown, "the text scrolls: its last lines are cut below the box");
    }
}
