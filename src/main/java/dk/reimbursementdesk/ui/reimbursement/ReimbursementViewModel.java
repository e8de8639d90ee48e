package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.reimbursement.PartialAmount;
import dk.reimbursementdesk.service.reimbursement.Preview;
import dk.reimbursementdesk.service.reimbursement.Proposal;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.reimbursement.RunProgress;
import dk.reimbursementdesk.service.reimbursement.RunResult;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.ProgressBar;

/**
 * The Reimbursement dialog's work: previewing and posting what {@link #request()} holds, one task at a
 * time, with progress, cancel and the sentence of what happened; the last preview is
 * {@link #previewResults()}. Service calls run as Tasks on the injected {@link TaskExecutor}; their results
 * come back to the FX thread in one step. Every input change clears the preview, so what is previewed is
 * always what OK would post.
 */
public final class ReimbursementViewModel {

    private final ReimbursementActions actions;
    private final TaskExecutor tasks;

    private final ReimbursementRequestViewModel request;
    private final ReimbursementPreviewViewModel previewResults = new ReimbursementPreviewViewModel();

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunResult> lastRun = new ReadOnlyObjectWrapper<>();

    private final InvalidationListener inputChanged = observable -> clearPreview();
    private Worker<?> working;
    /** Counts the totals asked for after lowering: a reply a later lowering overtook is dropped. */
    private long totalsGeneration;

    public ReimbursementViewModel(ReimbursementActions actions, LocalDate today, TaskExecutor tasks) {
        this.tasks = tasks;
        this.actions = Objects.requireNonNull(actions, "actions");
        this.request = new ReimbursementRequestViewModel(actions::countSelected, actions::savedSelections, today, tasks);
        request.addInputListener(inputChanged);
    }

    /** Starts the live count: the screen calls this once it is shown. */
    public void start() {
        request.start();
    }

    /** Posting date, summarize and the selection: what Preview and OK work on. */
    public ReimbursementRequestViewModel request() {
        return request;
    }

    public ReimbursementPreviewViewModel previewResults() {
        return previewResults;
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
    /** A sentence for the status line from work the dialog started elsewhere (a printed report). */
    public void tell(String sentence) {
        status.set(sentence);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunResult> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    /** Preview and OK need a posting date and no other work under way. */
    public BooleanBinding startDisabled() {
        return Bindings.createBooleanBinding(() -> busy.get() || request.postingDateProperty().get() == null,
                busy, request.postingDateProperty());
    }

    // ---- actions ----

    public Task<Preview> preview() {
        ReimbursementRequest asked = request.request();
        Worker<Preview> task = new Worker<>() {
            @Override
            protected Preview work() {
                return actions.preview(asked);
            }
        };
        task.setOnSucceeded(event -> showPreview(task.getValue()));
        task.setOnFailed(event -> fail(task.getException(), "reimbursement.preview.failed"));
        return start(task, "reimbursement.preview.running");
    }

    /** Posts the current request, with the proposals lowered in the preview; the preview, if any, shows what this posts. */
    public Task<RunResult> post() {
        ReimbursementRequest asked = request.request().withAmounts(previewResults.loweredAmounts());
        Worker<RunResult> task = new Worker<>() {
            @Override
            protected RunResult work() {
                updateProgress(-1, 1);
                return actions.run(asked, new RunProgress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                        updateMessage(ReimbursementTexts.text("reimbursement.post.progress", done, total));
                    }

                    @Override
                    public boolean isCancelled() {
                        return stopRequested();
                    }

                    @Override
                    public void backingUp() {
                        updateMessage(ReimbursementTexts.text("reimbursement.post.backingUp"));
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

    /**
     * Lowers a proposal in the preview (see {@link ReimbursementPreviewViewModel#lower}); the totals line
     * then follows: the preview is made again with the lowered amounts in the background, and its
     * totals, converted as the run converts them, replace the line's.
     */
    public boolean lower(Proposal proposal, String typed) {
        if (!previewResults.lower(proposal, typed)) {
            return false;
        }
        retotal();
        return true;
    }

    private void retotal() {
        long generation = ++totalsGeneration;
        List<PartialAmount> amounts = previewResults.loweredAmounts();
        if (amounts.isEmpty()) {
            previewResults.showUnloweredTotals();
            return;
        }
        ReimbursementRequest asked = request.request().withAmounts(amounts);
        Task<Preview> task = new Task<>() {
            @Override
            protected Preview call() {
                return actions.preview(asked);
            }
        };
        task.setOnSucceeded(event -> {
            if (generation == totalsGeneration && previewResults.previewProperty().get() != null) {
                previewResults.showTotals(task.getValue());
            }
        });
        task.setOnFailed(event -> {
            if (generation == totalsGeneration) {
                fail(task.getException(), "reimbursement.preview.failed");
            }
        });
        tasks.execute(task);
    }

    /**
     * Puts a customer of the preview on hold with the reason, then previews again: the customer is
     * now listed as left out, "on hold: reason". The amounts lowered for other customers are kept.
     */
    public Task<Preview> hold(String customerAccount, String reason) {
        ReimbursementRequest asked = request.request();
        List<PartialAmount> kept = previewResults.loweredAmounts().stream()
                .filter(a -> !a.customerAccount().equals(customerAccount)).toList();
        Worker<Preview> task = new Worker<>() {
            @Override
            protected Preview work() {
                actions.hold(customerAccount, reason);
                return actions.preview(asked);
            }
        };
        task.setOnSucceeded(event -> {
            showPreview(task.getValue());
            previewResults.keep(kept);
            status.set(ReimbursementTexts.text("reimbursement.hold.done", customerAccount, reason.strip()));
            retotal();
        });
        task.setOnFailed(event -> fail(task.getException(), "reimbursement.hold.failed"));
        return start(task, "reimbursement.hold.running");
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
        totalsGeneration++;
        previewResults.show(result);
        status.set("");
    }

    /** The run's summary: how many, the total per currency, the one-time vendors created. */
    public void showRun(RunResult result) {
        String accountingCurrency = previewResults.accountingCurrency();
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
        request.close();
        request.removeInputListener(inputChanged);
        cancel();
    }

    private void clearPreview() {
        totalsGeneration++;
        if (previewResults.clear()) {
            status.set(ReimbursementTexts.text("reimbursement.preview.stale"));
        }
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
