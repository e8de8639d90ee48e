package dk.reimbursementdesk.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;

/**
 * Runs tasks off the FX thread, one at a time (SQLite has one writer anyway), on a daemon thread that
 * never keeps the application alive after its window closes.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reimbursement-desk-worker");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> Task<T> execute(Task<T> task) {
        executor.execute(task);
        return task;
    }

    /** Stops the worker; a task still running is interrupted, for the ledger under it is closing. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
