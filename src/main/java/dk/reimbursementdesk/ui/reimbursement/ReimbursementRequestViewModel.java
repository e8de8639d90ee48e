package dk.reimbursementdesk.ui.reimbursement;

import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.SavedSelection;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * What the Reimbursement dialog would post: the posting date, summarize, and the customer selection with
 * its live count, which runs on the injected {@link TaskExecutor} a moment after the selection last changed.
 */
public final class ReimbursementRequestViewModel {

    /** Long enough that typing a date does not start a count per keystroke, short enough to feel live. */
    static final Duration COUNT_DELAY = Duration.millis(300);

    private final ToLongFunction<Selection> countSelected;
    private final TaskExecutor tasks;

    private final ObjectProperty<LocalDate> postingDate = new SimpleObjectProperty<>();
    private final BooleanProperty summarize = new SimpleBooleanProperty(true);
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(Selection.all(CustomerQueryFields.CATALOG));
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Long> selectedCount = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper postingDateError = new ReadOnlyStringWrapper("");

    private final Supplier<List<SavedSelection>> readSaved;
    private final ObservableList<SavedSelection> savedSelections = FXCollections.observableArrayList();
    private final ObjectProperty<SavedSelection> savedSelection = new SimpleObjectProperty<>();

    private final PauseTransition countDelay = new PauseTransition(COUNT_DELAY);
    private Task<Long> counting;

    /** {@code countSelected} is called on a worker thread. No saved selections are offered. */
    public ReimbursementRequestViewModel(ToLongFunction<Selection> countSelected, LocalDate today, TaskExecutor tasks) {
        this(countSelected, List::of, today, tasks);
    }

    /** {@code countSelected} and {@code savedSelections} are called on a worker thread. */
    public ReimbursementRequestViewModel(ToLongFunction<Selection> countSelected, Supplier<List<SavedSelection>> savedSelections,
                                         LocalDate today, TaskExecutor tasks) {
        this.countSelected = Objects.requireNonNull(countSelected, "countSelected");
        this.readSaved = Objects.requireNonNull(savedSelections, "savedSelections");
        this.tasks = tasks;
        postingDate.set(today);
        postingDate.addListener((observable, before, now) -> postingDateError.set(
                now == null ? ReimbursementTexts.text("reimbursement.postingDate.missing") : ""));
        selection.addListener((observable, before, now) -> {
            selectionText.set(now.describe(Locale.getDefault()));
            scheduleCount();
            matchSaved();
        });
        savedSelection.addListener((observable, before, now) -> {
            if (now != null && !matching(now)) {
                selection.set(now.over(CustomerQueryFields.CATALOG));
            }
        });
        selectionText.set(selection.get().describe(Locale.getDefault()));
        countDelay.setOnFinished(event -> startCount());
    }

    /** Starts the live count and reads the saved selections: the screen calls this once it is shown. */
    public void start() {
        scheduleCount();
        reloadSavedSelections();
    }

    /** The saved selections that fit the customer fields, by name: what the Saved selection drop-down offers. */
    public ObservableList<SavedSelection> savedSelections() {
        return savedSelections;
    }

    /**
     * The saved selection chosen, or the one the selection is (built or chosen); null when the selection
     * is none of them. Choosing one sets the selection, so its words and the live count follow.
     */
    public ObjectProperty<SavedSelection> savedSelectionProperty() {
        return savedSelection;
    }

    /** Reads the saved selections again (after Save as… or Manage… in the query builder). */
    public void reloadSavedSelections() {
        Task<List<SavedSelection>> task = new Task<>() {
            @Override
            protected List<SavedSelection> call() {
                return readSaved.get();
            }
        };
        task.setOnSucceeded(event -> {
            savedSelections.setAll(task.getValue());
            matchSaved();
        });
        task.setOnFailed(event -> countText.set(Failures.sentence(task.getException(),
                ReimbursementTexts.text("reimbursement.saved.failed"))));
        tasks.execute(task);
    }

    private boolean matching(SavedSelection saved) {
        return saved.fits(CustomerQueryFields.CATALOG) && saved.over(CustomerQueryFields.CATALOG).equals(selection.get());
    }

    private void matchSaved() {
        SavedSelection chosen = savedSelection.get();
        if (chosen != null && savedSelections.contains(chosen) && matching(chosen)) {
            return;
        }
        savedSelection.set(savedSelections.stream().filter(this::matching).findFirst().orElse(null));
    }

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

    public ReimbursementRequest request() {
        return new ReimbursementRequest(postingDate.get(), summarize.get(), selection.get());
    }

    /** Told of every change to what would be posted. */
    void addInputListener(InvalidationListener listener) {
        postingDate.addListener(listener);
        summarize.addListener(listener);
        selection.addListener(listener);
    }

    void removeInputListener(InvalidationListener listener) {
        postingDate.removeListener(listener);
        summarize.removeListener(listener);
        selection.removeListener(listener);
    }

    /** Stops the count timer and a count under way: the screen is closing. */
    public void close() {
        countDelay.stop();
        if (counting != null) {
            counting.cancel(false);
        }
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
                return countSelected.applyAsLong(counted);
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
}
