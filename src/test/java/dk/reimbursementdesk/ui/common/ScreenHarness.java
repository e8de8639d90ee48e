package dk.reimbursementdesk.ui.common;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Shows one setup screen in a test stage and waits for its background work. */
public final class ScreenHarness {

    private ScreenHarness() {
    }

    public static Screen show(Stage stage, ScreenFactory factory, Services services) throws Exception {
        return show(stage, factory, services, new FxDialogService(stage));
    }

    /** With {@code dialogs} answering the screen's questions (a {@link RecordingDialogService}). */
    public static Screen show(Stage stage, ScreenFactory factory, Services services, DialogService dialogs) throws Exception {
        Screen[] screen = new Screen[1];
        FxToolkit.setupFixture(() -> {
            screen[0] = factory.open(new ScreenContext(services, new FxTaskExecutor(), dialogs));
            FreshStage.clear(stage);
            stage.setScene(new Scene(screen[0].root(), 1200, 760));
            stage.show();
            FreshStage.fit(stage);
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return screen[0];
    }

    public static void close(Screen screen) throws Exception {
        if (screen != null) {
            FxToolkit.setupFixture(screen::close);
        }
    }

    /**
     * Waits until the condition holds on the FX thread, for background tasks to land; up to 60 s, since
     * a write (a backup, then the posting) can take long on a machine that runs other builds too.
     */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 60 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
