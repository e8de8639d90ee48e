package dk.reimbursementdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Where every piece of background work runs. View models get one through their constructor, so that
 * tests can run the work at once ({@code SynchronousTaskExecutor} in the tests) and the application
 * runs it off the FX thread ({@link FxTaskExecutor}). Either way the task's handlers run on the FX thread.
 */
public interface TaskExecutor {

    /** Starts {@code task} and returns it, for its handlers, its progress and cancelling. */
    <T> Task<T> execute(Task<T> task);

    /** Runs {@code work} as a Task; its result or its failure comes back on the FX thread in one step. */
    default <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        return execute(task);
    }
}
