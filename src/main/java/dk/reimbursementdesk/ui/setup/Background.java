package dk.reimbursementdesk.ui.setup;

import dk.reimbursementdesk.ui.UiExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs service calls off the FX thread through {@link UiExecutor}; the result comes back on the FX thread. */
public final class Background {

    private Background() {
    }

    public static <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        return UiExecutor.run(task);
    }
}
