package dk.reimbursementdesk.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;

/**
 * The one place background work starts: every Task that may take more than a moment runs here, off
 * the FX thread, one at a time (SQLite has one writer anyway), on daemon threads that never keep the
 * application alive after its window closes.
 */
public final class UiExecutor {

    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reimbursement-desk-worker");
        thread.setDaemon(true);
        return thread;
    });

    private UiExecutor() {
    }

    public static <T> Task<T> run(Task<T> task) {
        EXECUTOR.execute(task);
        return task;
    }
}
