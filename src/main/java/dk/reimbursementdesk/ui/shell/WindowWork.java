package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.ui.common.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * The main window's background work (a ledger check, a backup, a restore, a bank status import, a
 * ledger opened on a server) and the status bar's account of it: {@code busy} while one runs, which
 * also disables the menu items that would start another, and {@code busyText} saying which. Its own
 * class because the menu's file actions and the server flow start such work alike, and the window
 * only binds what it shows; what a screen runs goes through {@code ScreenWork} instead.
 */
final class WindowWork {

    private final TaskExecutor tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");

    WindowWork(TaskExecutor tasks) {
        this.tasks = tasks;
    }

    /** Runs {@code work} off the FX thread as {@link #run(String, Task, Consumer, Consumer)} does. */
    <T> Task<T> run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        return run(what, new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        }, done, failed);
    }

    /**
     * Starts {@code task} with {@code what} in the status bar; once it ends the window is no longer busy
     * and {@code done} gets its value or {@code failed} its failure, on the FX thread.
     */
    <T> Task<T> run(String what, Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        busyText.set(what);
        busy.set(true);
        task.setOnSucceeded(event -> {
            busy.set(false);
            done.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            busy.set(false);
            failed.accept(task.getException());
        });
        return tasks.execute(task);
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }
}
