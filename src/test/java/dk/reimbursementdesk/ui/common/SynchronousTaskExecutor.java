package dk.reimbursementdesk.ui.common;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs each task at once on the calling thread, so a test sees its result when the call returns. A
 * Task hands its state to the FX thread; called from another thread, this waits until that has
 * happened, so the handlers have run as they would in the application.
 */
public final class SynchronousTaskExecutor implements TaskExecutor {

    @Override
    public <T> Task<T> execute(Task<T> task) {
        task.run();
        if (!Platform.isFxApplicationThread()) {
            awaitFxThread();
        }
        return task;
    }

    private static void awaitFxThread() {
        CountDownLatch delivered = new CountDownLatch(1);
        Platform.runLater(delivered::countDown);
        try {
            if (!delivered.await(15, TimeUnit.SECONDS)) {
                throw new AssertionError("the FX thread did not take the task's result within 15 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the FX thread", e);
        }
    }
}
