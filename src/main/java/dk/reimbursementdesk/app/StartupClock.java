package dk.reimbursementdesk.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Times the window's start from the JVM's launch: the first frame on screen (the "Opening ledger…"
 * window) and the first screen usable (the main window with the ledger open, drawn once). With
 * {@code -Ddesk.startup.report=true} both figures go to standard error; with
 * {@code -Ddesk.startup.exitWhenUsable=true} the program ends once usable, for the benchmark script
 * ({@code docs/startup-benchmark.sh}).
 */
final class StartupClock {

    private static final boolean REPORT = Boolean.getBoolean("desk.startup.report") || Boolean.getBoolean("desk.startup.exitWhenUsable");
    private static final boolean EXIT_WHEN_USABLE = Boolean.getBoolean("desk.startup.exitWhenUsable");

    private StartupClock() {
    }

    /** Reports {@code what} after the scene's next drawn pulse. */
    static void afterNextFrame(Scene scene, String what, boolean usable) {
        if (!REPORT) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("startup: " + what + " " + sinceLaunch + " ms after launch");
            if (usable && EXIT_WHEN_USABLE) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
