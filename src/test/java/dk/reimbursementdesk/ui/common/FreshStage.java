package dk.reimbursementdesk.ui.common;

import javafx.stage.Stage;

/**
 * TestFX hands every test class in a JVM the same primary stage, hidden after each test but keeping
 * the scene and the size the last test left it with: a dialog test's small scene, DanishScreensTest's
 * 930x690, a maximized window. {@code DeskSession.show} keeps a stage's scene (a ledger or language
 * change keeps the window as it is), so a window test that ran after a small scene got a small window:
 * the tree had no cell for "Vouchers", an Overview bar or a customer row lay outside it. Which test ran
 * before depends on how Surefire deals the classes out to its three JVMs, so it failed on one machine
 * and passed on another. Every window test goes through here and sees the stage a first start sees.
 */
public final class FreshStage {

    private FreshStage() {
    }

    /** Before the window is put on {@code stage}: no scene, not maximized, not full screen (FX thread). */
    public static void clear(Stage stage) {
        stage.setMaximized(false);
        stage.setFullScreen(false);
        stage.setIconified(false);
        stage.setScene(null);
    }

    /** After it is shown: as big as its scene asks, centred, whatever size was set on the stage before (FX thread). */
    public static void fit(Stage stage) {
        stage.sizeToScene();
        stage.centerOnScreen();
    }
}
