package dk.reimbursementdesk.ui.common;

import dk.reimbursementdesk.service.audit.AuditOrigin;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

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

    // Tasks handed over and not yet finished (queued or running): Exit asks while there are any.
    private final AtomicInteger unfinished = new AtomicInteger();

    @Override
    public <T> Task<T> execute(Task<T> task) {
        unfinished.incrementAndGet();
        // Counted off before the task's own handlers run, so that a handler that goes on to leave
        // (a save before Exit) does not find its own, finished task still running; once only. A
        // cancelled task counts until its thread is done (it may still be rolling back).
        AtomicBoolean counted = new AtomicBoolean(true);
        Runnable finished = () -> {
            if (counted.getAndSet(false)) {
                unfinished.decrementAndGet();
            }
        };
        task.addEventFilter(WorkerStateEvent.WORKER_STATE_SUCCEEDED, event -> finished.run());
        task.addEventFilter(WorkerStateEvent.WORKER_STATE_FAILED, event -> finished.run());
        // The screen the task was started from, for the audit entry of a unit it posts, even if the
        // user has moved on to another screen by the time the worker gets to it.
        String origin = AuditOrigin.current();
        try {
            executor.execute(() -> {
                try {
                    AuditOrigin.during(origin, task);
                } finally {
                    finished.run();
                }
            });
        } catch (RuntimeException refused) {
            finished.run();
            throw refused;
        }
        return task;
    }

    /** Whether work handed over is still queued or running. */
    public boolean busy() {
        return unfinished.get() > 0;
    }

    /** Stops the worker; a task still running is interrupted, for the ledger under it is closing. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
