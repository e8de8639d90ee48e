package dk.reimbursementdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.LedgerLocation;
import dk.reimbursementdesk.service.gl.VoucherRow;
import dk.reimbursementdesk.testing.TestLedgers;
import dk.reimbursementdesk.ui.common.DesktopSettings;
import dk.reimbursementdesk.ui.common.LayoutMemory;
import dk.reimbursementdesk.ui.common.WindowRobot;
import dk.reimbursementdesk.ui.shell.NavItem;
import dk.reimbursementdesk.ui.shell.ScreenRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
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
 * The window, a screen's table columns (width, order, sort) and its split panes come back as the user
 * left them after the window is closed and opened again, from the settings file in a temporary folder
 * (never the developer's own).
 */
@ExtendWith(ApplicationExtension.class)
class RememberedLayoutTest {

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
        });
        Locale.setDefault(before);
    }

    /** Opens the window on the demo ledger with the settings as written in the file now, as a new start does. */
    private void openWindow(FxRobot robot, NavItem screen) {
        robot.interact(() -> {
            Ledger ledger = ledgerFile == null ? TestLedgers.demo(dir) : Ledger.open(ledgerFile);
            ledgerFile = ledger.file();
            stage = new Stage();
            session = new DeskSession(stage, ledger, ScreenRegistry.standard(), LanguagePreference.inMemory(),
                    new LayoutMemory(DesktopSettings.at(settingsFile)));
            session.show(screen);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            session.close();
            stage.close();
        });
        session = null;
    }

    @Test
    void sizeColumnsSortAndDividersComeBackAfterClosingAndReopening(FxRobot robot) throws Exception {
        settingsFile = dir.resolve("config").resolve("desktop.properties");
        openWindow(robot, NavItem.VOUCHERS);
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(720);
        });
        TableView<VoucherRow> vouchers = robot.lookup("#voucherTable").queryTableView();
        WindowRobot.waitUntil(() -> !vouchers.getItems().isEmpty());
        robot.interact(() -> {
            TableColumn<VoucherRow, ?> description = vouchers.getColumns().get(2);
            vouchers.resizeColumn(vouchers.getColumns().get(0), 60);
            // the description first, the number column sorted descending, as a user drags and clicks
            vouchers.getColumns().remove(description);
            vouchers.getColumns().add(0, description);
            TableColumn<VoucherRow, ?> number = vouchers.getColumns().get(1);
            number.setSortType(TableColumn.SortType.DESCENDING);
            vouchers.getSortOrder().setAll(List.of(number));
            split(robot, "#mainSplit").setDividerPositions(0.3);
            voucherSplit(robot).setDividerPositions(0.45);
        });
        settle();
        List<String> order = headers(vouchers);
        List<Double> widths = widths(vouchers);
        closeWindow(robot);
        assertTrue(Files.isRegularFile(settingsFile), "the layout is written to the settings file on closing");

        openWindow(robot, NavItem.VOUCHERS);
        TableView<?> again = robot.lookup("#voucherTable").queryTableView();
        WindowRobot.waitUntil(() -> !again.getItems().isEmpty());
        settle();
        assertEquals(1100, stage.getWidth(), 0.5);
        assertEquals(720, stage.getHeight(), 0.5);
        assertEquals(40, stage.getX(), 0.5);
        assertEquals(30, stage.getY(), 0.5);
        assertEquals(order, headers(again), "column order");
        List<Double> widthsAgain = widths(again);
        for (int i = 0; i < widths.size(); i++) {
            assertEquals(widths.get(i), widthsAgain.get(i), 2.0, "width of " + order.get(i) + ": " + widths + " then " + widthsAgain);
        }
        assertEquals(1, again.getSortOrder().size());
        assertEquals("Number", again.getSortOrder().get(0).getText());
        assertEquals(TableColumn.SortType.DESCENDING, again.getSortOrder().get(0).getSortType());
        assertEquals(0.3, split(robot, "#mainSplit").getDividerPositions()[0], 0.01, "navigation divider");
        assertEquals(0.45, voucherSplit(robot).getDividerPositions()[0], 0.01, "vouchers and lines divider");
    }

    @Test
    void aMaximizedWindowOpensMaximizedAndKeepsItsNormalSize(FxRobot robot) {
        settingsFile = dir.resolve("desktop.properties");
        openWindow(robot, null);
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(600);
            stage.setMaximized(true);
        });
        closeWindow(robot);
        DesktopSettings written = DesktopSettings.at(settingsFile);
        assertEquals("true", written.get("window.maximized").orElseThrow());
        assertEquals(900, written.getDouble("window.width").orElseThrow(), 0.5, "the size it returns to when unmaximized");

        openWindow(robot, null);
        assertTrue(stage.isMaximized());
    }

    @Test
    void aPositionOffEveryScreenFallsBackToCentred(FxRobot robot) {
        settingsFile = dir.resolve("desktop.properties");
        DesktopSettings settings = DesktopSettings.at(settingsFile);
        settings.put("window.x", "5000");
        settings.put("window.y", "4000");
        settings.put("window.width", "800");
        settings.put("window.height", "500");
        settings.put("window.maximized", "false");
        settings.save();

        openWindow(robot, null);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertEquals(800, stage.getWidth(), 0.5);
        assertTrue(screen.contains(stage.getX(), stage.getY()), "top left corner " + stage.getX() + "," + stage.getY() + " on " + screen);
        assertTrue(screen.contains(stage.getX() + stage.getWidth() - 1, stage.getY() + stage.getHeight() - 1), "bottom right corner on the screen");
        assertFalse(stage.isMaximized());
    }

    @Test
    void theDefaultSettingsFileIsInTheUsersConfigFolder() {
        Path home = Path.of("/home/clerk");
        assertEquals(Path.of("/home/clerk/.config/reimbursement-desk"), LedgerLocation.configFolder(name -> null, "Linux", home));
        assertEquals(Path.of("/xdg/reimbursement-desk"),
                LedgerLocation.configFolder(name -> "XDG_CONFIG_HOME".equals(name) ? "/xdg" : null, "Linux", home));
        assertEquals(Path.of("/home/clerk/.config/reimbursement-desk"),
                LedgerLocation.configFolder(name -> "XDG_CONFIG_HOME".equals(name) ? "relative" : null, "Linux", home),
                "a relative XDG_CONFIG_HOME is ignored, as the spec says");
        assertEquals(Path.of("C:/Users/clerk/AppData/Roaming/reimbursement-desk"),
                LedgerLocation.configFolder(name -> "APPDATA".equals(name) ? "C:/Users/clerk/AppData/Roaming" : null, "Windows 11", home));
    }

    /** Lets the layout passes after a change run, so the columns have their final widths. */
    private static void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.sleep(150, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static List<String> headers(TableView<?> table) {
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }

    private static List<Double> widths(TableView<?> table) {
        return table.getColumns().stream().map(TableColumn::getWidth).toList();
    }

    private static SplitPane split(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(SplitPane.class);
    }

    /** The Vouchers screen's split pane: the one holding the voucher table. */
    private static SplitPane voucherSplit(FxRobot robot) {
        return robot.lookup((javafx.scene.Node node) -> node instanceof SplitPane split
                && split.getItems().stream().anyMatch(item -> "voucherTable".equals(item.getId()))).queryAs(SplitPane.class);
    }
}
