package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.Exclusion;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.scene.control.ProgressBar;
import javafx.util.Duration;

/**
 * The Reimbursement dialog's state: posting date, summarize, the selection with its live count, the
 * preview and the run. Service calls run as Tasks on the injected {@link TaskExecutor}; their results come back to the
 * FX thread in one step. Every input change clears the preview, so what is previewed is always what OK
 * would post.
 */
public final class ReimbursementViewModel {

    /** Long enough that typing a date does not start a count per keystroke, short enough to feel live. */
    static final Duration COUNT_DELAY = Duration.millis(300);

    private final ReimbursementActions actions;
    private final TaskExecutor tasks;

    private final ObjectProperty<LocalDate> postingDate = new SimpleObjectProperty<>();
    private final BooleanProperty summarize = new SimpleBooleanProperty(true);
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(Selection.all(CustomerQueryFields.CATALOG));
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Long> selectedCount = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper postingDateError = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
    private final ObservableList<Exclusion> exclusions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunResult> lastRun = new ReadOnlyObjectWrapper<>();

    private final PauseTransition countDelay = new PauseTransition(COUNT_DELAY);
    private final InvalidationListener inputChanged = observable -> clearPreview();
    /** Learnt from the latest preview; a run without a preview shows its total without the code. */
    private String accountingCurrency;
    private Task<Long> counting;
    private Worker<?> working;

    public ReimbursementViewModel(ReimbursementActions actions, LocalDate today, TaskExecutor tasks) {
        this.tasks = tasks;
        this.actions = Objects.requireNonNull(actions, "actions");
        postingDate.set(today);
        postingDate.addListener((observable, before, now) -> postingDateError.set(
                now == null ? ReimbursementTexts.text("reimbursement.postingDate.missing") : ""));
        postingDate.addListener(inputChanged);
        summarize.addListener(inputChanged);
        selection.addListener(inputChanged);
        selection.addListener((observable, before, now) -> {
            selectionText.set(now.describe(Locale.getDefault()));
            scheduleCount();
        });
        selectionText.set(selection.get().describe(Locale.getDefault()));
        countDelay.setOnFinished(event -> startCount());
    }

    /** Starts the live count: the screen calls this once it is shown. */
    public void start() {
        scheduleCount();
    }

    // ---- inputs ----

    public ObjectProperty<LocalDate> postingDateProperty() {
        return postingDate;
    }

    public BooleanProperty summarizeProperty() {
        return summarize;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    /** The selection in words, such as "All customers" or "Customer group is RETAIL". */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    /** How many customers the selection holds; null while counting or when the count failed. */
    public ReadOnlyObjectProperty<Long> selectedCountProperty() {
        return selectedCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty postingDateErrorProperty() {
        return postingDateError.getReadOnlyProperty();
    }

    /** Called by the view when the date field holds text that is not a date. */
    public void postingDateUnreadable(String text) {
        postingDate.set(null);
        postingDateError.set(ReimbursementTexts.unreadableDate(text));
    }

    // ---- preview and run state ----

    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<Proposal> proposals() {
        return proposals;
    }

    public ObservableList<Exclusion> exclusions() {
        return exclusions;
    }

    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** 0..1 while posting, -1 (indeterminate) while the service has not said how much there is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What happened last: the run's summary, a cancellation, a preview hint. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A refusal or failure, as a sentence. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunResult> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    /** Preview and OK need a posting date and no other work under way. */
    public BooleanBinding startDisabled() {
        return Bindings.createBooleanBinding(() -> busy.get() || postingDate.get() == null, busy, postingDate);
    }

    /**
     * True when OK would reimburse every customer: the reference system does that silently, we ask first.
     */
    public boolean postNeedsConfirmation() {
        return selection.get().isEmpty();
    }

    public String confirmationText() {
        Long count = selectedCount.get();
        return count == null
                ? ReimbursementTexts.text("reimbursement.confirmAll.text")
                : ReimbursementTexts.text("reimbursement.confirmAll.textCounted", count);
    }

    // ---- actions ----

    public Task<Preview> preview() {
        ReimbursementRequest request = request();
        Worker<Preview> task = new Worker<>() {
            @Override
            protected Preview work() {
                return actions.preview(request);
            }
        };
        task.setOnSucceeded(event -> showPreview(task.getValue()));
        task.setOnFailed(event -> fail(task.getException(), "reimbursement.preview.failed"));
        return start(task, "reimbursement.preview.running");
    }

    /** Posts the current request; the preview, if any, shows exactly what this posts. */
    public Task<RunResult> post() {
        ReimbursementRequest request = request();
        Worker<RunResult> task = new Worker<>() {
            @Override
            protected RunResult work() {
                updateProgress(-1, 1);
                return actions.run(request, new RunProgress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                        updateMessage(ReimbursementTexts.text("reimbursement.post.progress", done, total));
                    }

                    @Override
                    public boolean isCancelled() {
                        return stopRequested();
                    }
                });
            }
        };
        task.setOnSucceeded(event -> showRun(task.getValue()));
        task.setOnFailed(event -> fail(task.getException(), "reimbursement.post.failed"));
        start(task, "reimbursement.post.running");
        progress.bind(task.progressProperty());
        cancellable.set(true);
        return task;
    }

    /** Asks the running task to stop; a run rolls back, and the dialog says so once it has. */
    public void cancel() {
        Worker<?> worker = working;
        // Not interrupting: the service stops at its next poll and rolls back on its own thread. A task
        // that has already finished cannot be cancelled, and then its own result is what the user sees.
        if (worker != null && worker.cancel(false)) {
            status.set(ReimbursementTexts.text("reimbursement.cancelling"));
            cancellable.set(false);
            if (!worker.started) {
                // Cancelled while still queued: its call() never runs, so nothing else will say it ended.
                finished(worker);
            }
        }
    }

    /** Preview and the results shown from it, as records: used when the preview task succeeds. */
    public void showPreview(Preview result) {
        preview.set(result);
        accountingCurrency = result.accountingCurrency();
        proposals.setAll(result.proposals());
        exclusions.setAll(result.exclusions());
        totalsText.set(result.proposals().isEmpty()
                ? ReimbursementTexts.text("reimbursement.preview.nothing", result.selectedCustomers())
                : ReimbursementTexts.text("reimbursement.preview.totals",
                        Formats.totals(result.totalsByCurrency()),
                        Formats.money(result.totalAcc(), result.accountingCurrency()),
                        result.proposals().size(), result.exclusions().size(), result.selectedCustomers(),
                        result.oneTimeVendorsToCreate()));
        status.set("");
    }

    /** The run's summary: how many, the total per currency, the one-time vendors created. */
    public void showRun(RunResult result) {
        lastRun.set(result);
        clearPreview();
        status.set(result.reimbursements() == 0
                ? ReimbursementTexts.text("reimbursement.post.nothing")
                : ReimbursementTexts.text("reimbursement.post.done", result.reimbursements(),
                        Formats.totals(result.totalsByCurrency()),
                        accountingCurrency == null ? Formats.amount(result.totalAcc())
                                : Formats.money(result.totalAcc(), accountingCurrency),
                        result.oneTimeVendorsCreated(), result.runId()));
    }

    /** Stops the count timer and any work under way: the screen is closing. */
    public void close() {
        countDelay.stop();
        postingDate.removeListener(inputChanged);
        summarize.removeListener(inputChanged);
        selection.removeListener(inputChanged);
        if (counting != null) {
            counting.cancel(false);
        }
        cancel();
    }

    private ReimbursementRequest request() {
        return new ReimbursementRequest(postingDate.get(), summarize.get(), selection.get());
    }

    private void clearPreview() {
        if (preview.get() != null) {
            status.set(ReimbursementTexts.text("reimbursement.preview.stale"));
        }
        preview.set(null);
        proposals.clear();
        exclusions.clear();
        totalsText.set("");
    }

    private <T> Task<T> start(Worker<T> task, String runningKey) {
        if (busy.get()) {
            throw new IllegalStateException("one task at a time: the buttons are disabled while busy");
        }
        working = task;
        busy.set(true);
        progress.set(ProgressBar.INDETERMINATE_PROGRESS);
        error.set("");
        status.set(ReimbursementTexts.text(runningKey));
        task.messageProperty().addListener((observable, before, now) -> {
            if (now != null && !now.isEmpty() && working == task && !task.isCancelled()) {
                status.set(now);
            }
        });
        return tasks.execute(task);
    }

    /** Runs after the worker thread has really finished, so "nothing was posted" is only said once it is true. */
    private void finished(Task<?> task) {
        if (working != task) {
            return;
        }
        working = null;
        busy.set(false);
        cancellable.set(false);
        progress.unbind();
        progress.set(0);
        if (task.isCancelled()) {
            status.set(ReimbursementTexts.text("reimbursement.cancelled"));
        }
    }

    private void fail(Throwable problem, String unexpectedKey) {
        status.set("");
        error.set(Failures.sentence(problem, ReimbursementTexts.text(unexpectedKey)));
    }

    private void scheduleCount() {
        selectedCount.set(null);
        countText.set(ReimbursementTexts.text("reimbursement.count.counting"));
        if (counting != null) {
            counting.cancel(false);
        }
        countDelay.playFromStart();
    }

    private void startCount() {
        Selection counted = selection.get();
        Task<Long> task = new Task<>() {
            @Override
            protected Long call() {
                return actions.countSelected(counted);
            }
        };
        counting = task;
        task.setOnSucceeded(event -> {
            if (counting == task) {
                selectedCount.set(task.getValue());
                countText.set(ReimbursementTexts.text("reimbursement.count.selected", task.getValue()));
            }
        });
        task.setOnFailed(event -> {
            if (counting == task) {
                countText.set(Failures.sentence(task.getException(), ReimbursementTexts.text("reimbursement.count.failed")));
            }
        });
        tasks.execute(task);
    }

    /** A task that tells the view model on the FX thread when its worker thread is done, however it ended. */
    private abstract class Worker<T> extends Task<T> {
        private volatile boolean started;

        @Override
        protected final T call() {
            started = true;
            try {
                return work();
            } finally {
                Platform.runLater(() -> finished(this));
            }
        }

        protected abstract T work();

        final boolean stopRequested() {
            return isCancelled();
        }
    }
}
