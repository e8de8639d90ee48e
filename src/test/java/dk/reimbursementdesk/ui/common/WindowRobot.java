package dk.reimbursementdesk.ui.common;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the tests of the real main window share: finding menus and buttons by their text, waiting, cleaning up. */
public final class WindowRobot {

    private WindowRobot() {
    }

    /** A visible labelled node (menu title or item, button) of a showing window by its text, mnemonic underscores left out. */
    public static Node labelled(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((Node node) -> node instanceof Labeled labeled && labeled.isVisible()
                && node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()
                && labeled.getText() != null && labeled.getText().replace("_", "").equals(text)).query();
    }

    /** Opens the open menu's submenu {@code submenu} and clicks its {@code item}. */
    public static void clickInSubmenu(FxRobot robot, String submenu, String item) {
        Node menu = labelled(robot, submenu);
        robot.clickOn(menu);
        // into the submenu sideways first: a diagonal path crosses other items and closes it
        Point2D target = robot.point(labelled(robot, item)).query();
        robot.moveTo(new Point2D(target.getX(), robot.point(menu).query().getY()));
        robot.moveTo(target).clickOn();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits up to 20 s (the suite shares two cores) for {@code condition}, then for the FX events it caused. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            fail("condition not met within 20 s");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Deletes {@code dir} and everything in it (a test's ledger, its lock and its backups). */
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
