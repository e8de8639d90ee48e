package dk.reimbursementdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.ui.common.DemoWindow;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.common.WindowRobot;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
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
 * The main window's keyboard: screens by Ctrl+digit, Ctrl+F to the list's filter, F5 reads again, the Help
 * dialogs (opening at their size).
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardShortcutsTest {

    private DemoWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = DemoWindow.show(stage);
    }

    @AfterEach
    void closeAndClean(FxRobot robot) throws IOException {
        window.close(robot);
    }

    @Test
    void ctrlDigitOpensAScreenAndCtrlFPutsTheCursorInItsFilterWithTheTextSelected(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        WindowRobot.waitUntil(() -> robot.lookup("#voucherTable").tryQuery().isPresent());
        TextField filter = robot.lookup("#filterField").queryAs(TextField.class);
        robot.interact(() -> filter.setText("INV"));
        robot.clickOn("#voucherTable");
        assertFalse(filter.isFocused());

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(filter.isFocused(), "the filter has the keyboard");
        assertEquals("INV", filter.getSelectedText(), "its text is selected, so typing replaces it");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WindowRobot.waitUntil(() -> robot.lookup("#customerTable").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#filterField").queryAs(TextField.class).isFocused(), "the Customers list's filter");
    }

    @Test
    void f5ReadsTheScreenAgainAndShowsWhatChangedInTheLedger(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WindowRobot.waitUntil(() -> robot.lookup("#rateTable").tryQuery().isPresent());
        TableView<?> rates = robot.lookup("#rateTable").queryTableView();
        WindowRobot.waitUntil(() -> !rates.getItems().isEmpty());
        int before = rates.getItems().size();
        String currency = window.session().services().exchangeRates().rates("EUR").isEmpty() ? "SEK" : "EUR";
        window.session().services().exchangeRates().add(currency, LocalDate.of(2031, 1, 1), new BigDecimal("7.4321"));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(before, rates.getItems().size(), "nothing changes on the screen by itself");

        robot.type(KeyCode.F5);
        WindowRobot.waitUntil(() -> rates.getItems().size() == before + 1);
    }

    @Test
    void smallCreditsAndTheAuditLogTakeCtrlFAndF5LikeTheOtherLists(FxRobot robot) {
        robot.interact(() -> window.session().show(NavItem.SMALL_CREDITS));
        WindowRobot.waitUntil(() -> robot.lookup("#belowField").tryQuery().isPresent());
        TextField below = robot.lookup("#belowField").queryAs(TextField.class);
        robot.interact(() -> below.setText("25"));
        robot.clickOn("#creditTable");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(below.isFocused(), "Small credits: the Below field has the keyboard");
        assertEquals("25", below.getSelectedText());

        robot.interact(() -> window.session().show(NavItem.AUDIT_LOG));
        WindowRobot.waitUntil(() -> robot.lookup("#verifyButton").tryQuery().isPresent());
        TableView<?> entries = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        int before = entries.getItems().size();
        window.ledger().inTransactionDo(work -> dk.reimbursementdesk.service.audit.AuditLog.append(work,
                dk.reimbursementdesk.service.audit.AuditEvent.of("test")));
        robot.clickOn("#table");
        robot.type(KeyCode.F5);
        WindowRobot.waitUntil(() -> entries.getItems().size() == before + 1);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#filterField").queryAs(TextField.class).isFocused(), "the Audit log's filter");
    }

    @Test
    void helpKeyboardShortcutsListsEveryShortcutInATable(FxRobot robot) {
        robot.clickOn(WindowRobot.labelled(robot, "Help"));
        robot.clickOn(WindowRobot.labelled(robot, "Keyboard shortcuts"));
        WindowRobot.waitUntil(() -> robot.lookup("#shortcutsTable").tryQuery().isPresent());
        TableView<KeyboardShortcutsDialog.Line> table = robot.lookup("#shortcutsTable").queryTableView();
        assertEquals(Shortcut.values().length, table.getItems().size());
        assertTrue(table.getItems().contains(new KeyboardShortcutsDialog.Line("Ctrl+F",
                "View > Filter the list: the cursor to the list's filter field, its text selected")), table.getItems().toString());
        assertTrue(table.getItems().contains(new KeyboardShortcutsDialog.Line("F5", "View > Refresh: read the screen showing again from the ledger")));
        assertTrue(table.getItems().contains(new KeyboardShortcutsDialog.Line("Ctrl+2", "Open Customers")));
        assertTrue(table.getItems().stream().anyMatch(line -> line.keys().equals("Esc")));
        robot.type(KeyCode.ESCAPE);
        WindowRobot.waitUntil(() -> robot.lookup("#shortcutsTable").tryQuery().isEmpty());
    }

    @Test
    void theShortcutsTableIsInDanishToo() {
        List<KeyboardShortcutsDialog.Line> danish = KeyboardShortcutsDialog.lines(new DanishTexts().shell);
        assertTrue(danish.contains(new KeyboardShortcutsDialog.Line("Ctrl+2", "Åbn Alle debitorer")), danish.toString());
        assertTrue(danish.contains(new KeyboardShortcutsDialog.Line("Ctrl+P", "Filer > Udskriv aktuel rapport: det viste skærmbilledes rapport")));
        assertTrue(danish.contains(new KeyboardShortcutsDialog.Line("Esc", "Luk en dialog uden at gøre noget; i en formular: Annullér")));
    }

    @Test
    void f1OpensTheUserGuideWithoutTheDevelopersPart(FxRobot robot) {
        robot.type(KeyCode.F1);
        WindowRobot.waitUntil(() -> robot.lookup("#userGuide").tryQuery().isPresent());
        ScrollPane guide = robot.lookup("#userGuide").queryAs(ScrollPane.class);
        List<String> headings = headings(guide);
        assertTrue(headings.contains("The Reimbursement process"), headings.toString());
        assertTrue(headings.contains("Keyboard shortcuts"), "the README's shortcuts table is in the guide");
        assertFalse(headings.contains("For developers"));
        assertFalse(headings.contains("Run every test"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theUserGuideInDanishIsTheDanishGuide() {
        String danish = UserGuide.text(Locale.forLanguageTag("da-DK"));
        assertTrue(danish.startsWith("# Reimbursement Desk: brugervejledning"));
        assertTrue(danish.contains("## Refusion (Debitorer > Refusion)"));
        assertTrue(UserGuide.text(Locale.UK).startsWith("# Reimbursement Desk"));
    }

    private static Window dialogHolding(FxRobot robot, String id) {
        WindowRobot.waitUntil(() -> robot.lookup(id).tryQuery().isPresent()
                && robot.lookup(id).query().getScene().getWindow().getWidth() > 0);
        return robot.lookup(id).query().getScene().getWindow();
    }

    private static void assertOpensAtItsSizeOnTheScreen(Window dialog, double width, double height) {
        assertEquals(width, dialog.getWidth(), 0.5, "width");
        assertEquals(height, dialog.getHeight(), 0.5, "height");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(screen.contains(new Rectangle2D(dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight())),
                dialog.getX() + "," + dialog.getY() + " on " + screen);
    }

    @Test
    void theUserGuideOpensAtItsSizeOnTheScreen(FxRobot robot) {
        robot.type(KeyCode.F1);
        Window guide = dialogHolding(robot, "#userGuide");
        WindowRobot.waitUntil(() -> guide.getHeight() == UserGuide.HEIGHT);

        assertOpensAtItsSizeOnTheScreen(guide, UserGuide.WIDTH, UserGuide.HEIGHT);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theKeyboardShortcutsOpenAtTheirSizeOnTheScreen(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        Window shortcuts = dialogHolding(robot, "#shortcutsTable");
        WindowRobot.waitUntil(() -> shortcuts.getHeight() == KeyboardShortcutsDialog.HEIGHT);

        assertOpensAtItsSizeOnTheScreen(shortcuts, KeyboardShortcutsDialog.WIDTH, KeyboardShortcutsDialog.HEIGHT);
        robot.type(KeyCode.ESCAPE);
    }
    private static List<String> headings(ScrollPane guide) {
        return ((javafx.scene.Parent) guide.getContent()).getChildrenUnmodifiable().stream()
                .filter(node -> node.getStyleClass().stream().anyMatch(style -> style.startsWith("guide-h")))
                .map(node -> ((Label) node).getText()).toList();
    }

    /** The shell's texts in Danish, without changing the default locale of the running window. */
    private static final class DanishTexts {
        final Texts shell;

        DanishTexts() {
            Locale before = Locale.getDefault();
            Locale.setDefault(Locale.forLanguageTag("da-DK"));
            try {
                shell = Texts.of("i18n.shell");
            } finally {
                Locale.setDefault(before);
            }
        }
    }
}
