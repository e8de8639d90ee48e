package dk.reimbursementdesk.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * A screen's background work through its {@link TaskExecutor}: loads (reading; a later load drops an
 * earlier one's answer, so a slow reply never overwrites a newer one) and writes (one at a time), each
 * with its state as properties the view binds: {@code loading}, {@code working}, the last success's
 * {@code message} and the failure's {@code error}, a sentence through {@link Failures}. Results reach
 * the screen on the FX thread, in one step.
 */
public final class ScreenWork {

    private final TaskExecutor tasks;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Task<?> loadingTask;

    public ScreenWork(TaskExecutor tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /**
     * Reads {@code call} off the FX thread and hands its value to {@code show}; a failure that is not a
     * refusal is told as {@code otherwise}. A refusal goes to {@code refused} when given (to say it at a
     * field), else to {@code error}.
     */
    public <T> Task<T> load(Callable<T> call, Consumer<T> show, Consumer<Throwable> refused, String otherwise) {
        Task<T> task = task(call);
        if (loadingTask != null) {
            loadingTask.cancel(false);
        }
        loadingTask = task;
        loading.set(true);
        task.setOnSucceeded(event -> {
            if (loadingTask == task) {
                loading.set(false);
                error.set("");
                show.accept(task.getValue());
            }
        });
        task.setOnFailed(event -> {
            if (loadingTask == task) {
                loading.set(false);
                if (refused != null && Failures.isRefusal(task.getException())) {
                    refused.accept(task.getException());
                } else {
                    error.set(Failures.sentence(task.getException(), otherwise));
                }
            }
        });
        return tasks.execute(task);
    }

    /** Writes (or exports) with {@code call} off the FX thread; {@code done} gets the value on success. */
    public <T> Task<T> work(Callable<T> call, Consumer<T> done, String otherwise) {
        Task<T> task = task(call);
        working.set(true);
        error.set("");
        message.set("");
        task.setOnSucceeded(event -> {
            working.set(false);
            done.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            working.set(false);
            error.set(Failures.sentence(task.getException(), otherwise));
        });
        return tasks.execute(task);
    }

    /** Drops the answer of a load still running (the screen is closing). */
    public void cancel() {
        if (loadingTask != null) {
            loadingTask.cancel(false);
            loadingTask = null;
        }
    }

    public void tell(String sentence) {
        message.set(sentence);
    }

    public void fail(String sentence) {
        error.set(sentence);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private static <T> Task<T> task(Callable<T> call) {
        return new Task<>() {
            @Override
            protected T call() throws Exception {
                return call.call();
            }
        };
    }
}
