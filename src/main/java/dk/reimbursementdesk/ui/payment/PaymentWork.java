package dk.reimbursementdesk.ui.payment;

import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * What the Vendor payments screen is doing and saying: every call to the service runs here as a Task
 * on the screen's one executor, results come back on the FX thread; one the user waits for sets busy
 * and the progress and names itself in the status line, and any failure is the status line's error.
 *
 * <p>Its own class because the open invoices, the proposal and the posted batches all run their
 * calls through it and share its one busy flag and status line (Post waits while a page loads, both
 * tabs show the same sentence), and it holds the screen's words, in which those sentences are written.
 */
final class PaymentWork {

    private final ResourceBundle text;
    private final Locale locale;
    private final TaskExecutor tasks;

    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty(false);

    PaymentWork(ResourceBundle text, Locale locale, TaskExecutor tasks) {
        this.text = text;
        this.locale = locale;
        this.tasks = tasks;
    }

    /**
     * Runs {@code work} off the FX thread and hands its value to {@code onSuccess}; with a
     * {@code busyText} the screen is busy meanwhile and says so, without one the call runs unseen
     * (a failure is told all the same).
     */
    <T> void run(String busyText, Callable<T> work, Consumer<T> onSuccess) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateProgress(-1, 1);
                return work.call();
            }
        };
        if (busyText != null) {
            busy.set(true);
            progress.bind(task.progressProperty());
            setStatus(busyText, false);
        }
        task.setOnSucceeded(e -> {
            if (busyText != null) {
                done();
                setStatus("", false);
            }
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            if (busyText != null) {
                done();
            }
            setStatus(Failures.sentence(task.getException(), text.getString("status.failed")), true);
        });
        tasks.execute(task);
    }

    private void done() {
        progress.unbind();
        progress.set(0);
        busy.set(false);
    }

    /** Shows {@code message} in the status line as news, not as an error. */
    void tell(String message) {
        setStatus(message, false);
    }

    private void setStatus(String message, boolean error) {
        status.set(message);
        statusIsError.set(error);
    }

    /** The screen's sentence {@code key} as it stands in the bundle. */
    String text(String key) {
        return text.getString(key);
    }

    /** The screen's sentence {@code key} with its arguments, written in the screen's language. */
    String format(String key, Object... arguments) {
        return new MessageFormat(text.getString(key), locale).format(arguments);
    }

    Locale locale() {
        return locale;
    }

    BooleanProperty busyProperty() { return busy; }
    DoubleProperty progressProperty() { return progress; }
    StringProperty statusProperty() { return status; }
    BooleanProperty statusIsErrorProperty() { return statusIsError; }
}
