package dk.reimbursementdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.DesktopSettings;
import dk.reimbursementdesk.ui.common.LayoutMemory;
import dk.reimbursementdesk.ui.common.Themes;
import dk.reimbursementdesk.ui.common.WindowRobot;
import dk.reimbursementdesk.ui.shell.NavItem;
import dk.reimbursementdesk.ui.shell.ScreenRegistry;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View > Dark theme switches between Primer Light and Primer Dark at once and is remembered; a field's
 * error sentence and red border take the theme's danger colour in both, so they stay readable.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {

    @TempDir
    Path dir;
    private final Locale before = Locale.getDefault();
    private Path settingsFile;
    private Path ledgerFile;
    private Stage stage;
    private DeskSession session;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.UK);
        this.stage = stage;
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> {
            if (session != null) {
                session.close();
            }
            stage.close();
            Themes.reset();
        });
        Locale.setDefault(before);
    }

    /** A start as DeskApplication makes it: the saved theme first, then the window over the ledger. */
    private void openWindow(FxRobot robot) {
        robot.interact(() -> {
            LayoutMemory layout = new LayoutMemory(DesktopSettings.at(settingsFile));
            Themes.applySaved(layout.settings());
            Ledger ledger = ledgerFile == null ? TestLedgers.demo(dir) : Ledger.open(ledgerFile);
            ledgerFile = ledger.file();
            stage = new Stage();
            session = new DeskSession(stage, ledger, ScreenRegistry.standard(), LanguagePreference.inMemory(), layout);
            session.show(NavItem.AR_PARAMETERS);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void darkThemeSwitchesAtOnceIsRememberedAndErrorsStayVisible(FxRobot robot) {
        settingsFile = dir.resolve("desktop.properties");
        openWindow(robot);
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet(), "Primer Light by default");
        assertErrorShownIn(robot, Color.web("#cf222e"));

        robot.clickOn(WindowRobot.labelled(robot, "View"));
        robot.clickOn(WindowRobot.labelled(robot, "Dark theme"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertTrue(darkThemeItem().isSelected());
        assertErrorShownIn(robot, Color.web("#f85149"));
        assertEquals("true", DesktopSettings.at(settingsFile).get(Themes.DARK).orElseThrow(), "remembered at once");

        robot.interact(() -> {
            session.close();
            stage.close();
            Themes.reset();
        });
        session = null;
        openWindow(robot);
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet(), "dark again on the next start");
        assertTrue(darkThemeItem().isSelected());

        robot.clickOn(WindowRobot.labelled(robot, "View"));
        robot.clickOn(WindowRobot.labelled(robot, "Dark theme"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertFalse(DesktopSettings.at(settingsFile).getBoolean(Themes.DARK, true));
    }

    /** A bad IBAN typed and left: its sentence under the field in the theme's danger colour, the field framed in it. */
    private void assertErrorShownIn(FxRobot robot, Color danger) {
        TextField iban = robot.lookup("#bankIbanField").queryAs(TextField.class);
        robot.interact(iban::clear);
        robot.clickOn(iban).write("DK00").type(KeyCode.TAB);
        Label sentence = robot.lookup("#bankIbanFieldError").queryAs(Label.class);
        WindowRobot.waitUntil(() -> sentence.getText().startsWith("DK00"));
        robot.interact(() -> sentence.applyCss());
        assertEquals(danger, sentence.getTextFill(), "the error sentence's colour");
        robot.interact(() -> {
            iban.clear();
            iban.setText("DK5000400440116243");
        });
    }

    private CheckMenuItem darkThemeItem() {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item instanceof CheckMenuItem && "darkThemeItem".equals(item.getId()))
                .map(CheckMenuItem.class::cast).findFirst().orElseThrow();
    }
}
