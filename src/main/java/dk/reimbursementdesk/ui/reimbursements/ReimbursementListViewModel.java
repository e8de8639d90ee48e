package dk.reimbursementdesk.ui.reimbursements;

import dk.reimbursementdesk.domain.ReimbursementStatus;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Filter;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.Row;
import dk.reimbursementdesk.service.reimbursement.ReimbursementListService.SortColumn;
import dk.reimbursementdesk.service.reimbursement.ReimbursementService;
import dk.reimbursementdesk.service.reimbursement.ReversalResult;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.reimbursement.ReimbursementTexts;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * The Reimbursement list's state: filters, the SQL sort, and one page of rows with the total count.
 * Only a page is ever held in memory; every change of filter, sort or page asks the service for the new
 * page on a worker thread, and a reply that a later request has overtaken is dropped.
 */
public final class ReimbursementListViewModel {

    public static final int PAGE_SIZE = 100;
    public static final SortColumn DEFAULT_SORT = SortColumn.POSTING_DATE;

    /** Typing in the customer filter reloads once the user pauses, not per keystroke. */
    static final Duration FILTER_DELAY = Duration.millis(300);

    private final ReimbursementListService list;
    private final ReimbursementService reimbursements;
    private final TaskExecutor tasks;
    private final Supplier<LocalDate> today;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty customer = new SimpleStringProperty("");
    private final ObjectProperty<ReimbursementStatus> status = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<SortColumn> sort = new ReadOnlyObjectWrapper<>(DEFAULT_SORT);
    private final ReadOnlyBooleanWrapper ascending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper reverseHint = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final PauseTransition filterDelay = new PauseTransition(FILTER_DELAY);
    private final InvalidationListener filterChanged = observable -> filterDelay.playFromStart();
    private String unreadableDate;
    private Task<?> loadingTask;
    private Task<?> workingTask;

    public ReimbursementListViewModel(ReimbursementListService list, ReimbursementService reimbursements, Supplier<LocalDate> today,
            TaskExecutor tasks) {
        this.list = Objects.requireNonNull(list, "list");
        this.reimbursements = Objects.requireNonNull(reimbursements, "reimbursements");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.today = Objects.requireNonNull(today, "today");
        from.addListener(filterChanged);
        to.addListener(filterChanged);
        customer.addListener(filterChanged);
        status.addListener(filterChanged);
        filterDelay.setOnFinished(event -> search());
        selected.addListener((observable, before, now) -> reverseHint.set(hintFor(now)));
    }

    // ---- filters ----

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty customerProperty() {
        return customer;
    }

    /** null: every status. */
    public ObjectProperty<ReimbursementStatus> statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    /** Called by the view when a date filter holds text that is not a date: nothing is read until it is. */
    public void dateUnreadable(String text) {
        unreadableDate = text;
        filterError.set(ReimbursementTexts.unreadableDate(text));
    }

    /** Called by the view when the date filters read again. */
    public void dateReadable() {
        unreadableDate = null;
    }

    // ---- the page ----

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<SortColumn> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ascendingProperty() {
        return ascending.getReadOnlyProperty();
    }

    /** Zero-based. */
    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** "Rows 101–200 of 100,000". */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** Why the selected row cannot be reversed; empty when it can or nothing is selected. */
    public ReadOnlyStringProperty reverseHintProperty() {
        return reverseHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A reversal or export under way. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A sentence for the status line from work the screen started elsewhere (a printed report). */
    public void tell(String sentence) {
        message.set(sentence);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public int pageCount() {
        return (int) Math.max(1, (total.get() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public BooleanBinding previousDisabled() {
        return Bindings.createBooleanBinding(() -> pageIndex.get() == 0, pageIndex);
    }

    public BooleanBinding nextDisabled() {
        return Bindings.createBooleanBinding(() -> pageIndex.get() + 1 >= pageCount(), pageIndex, total);
    }

    /** Only an open reimbursement can be reversed, and one thing at a time. */
    public BooleanBinding reverseDisabled() {
        return Bindings.createBooleanBinding(
                () -> working.get() || selected.get() == null || selected.get().status() != ReimbursementStatus.OPEN,
                working, selected);
    }

    public LocalDate today() {
        return today.get();
    }

    // ---- actions ----

    /** The first page for the current filters. */
    public void search() {
        filterDelay.stop();
        load(0);
    }

    public void firstPage() {
        load(0);
    }

    public void previousPage() {
        load(Math.max(0, pageIndex.get() - 1));
    }

    public void nextPage() {
        load(Math.min(pageCount() - 1, pageIndex.get() + 1));
    }

    public void lastPage() {
        load(pageCount() - 1);
    }

    /** Sorts in SQL and starts again from the first page; the same order again changes nothing. */
    public void sortBy(SortColumn column, boolean ascendingOrder) {
        if (column == sort.get() && ascendingOrder == ascending.get()) {
            return;
        }
        sort.set(column);
        ascending.set(ascendingOrder);
        load(0);
    }

    /** Reverses the selected reimbursement on the given date, then shows the page again with its new status. */
    public Task<ReversalResult> reverseSelected(LocalDate reversalDate) {
        Row row = selected.get();
        if (row == null) {
            throw new IllegalStateException("Reverse is disabled without a selected row");
        }
        Task<ReversalResult> task = new Task<>() {
            @Override
            protected ReversalResult call() {
                return reimbursements.reverse(row.number(), reversalDate);
            }
        };
        task.setOnSucceeded(event -> {
            ReversalResult result = task.getValue();
            message.set(ReimbursementTexts.text("list.reversed", result.reimbursementNumber(), result.reversalVoucher()));
            load(pageIndex.get());
        });
        return startWork(task, "list.reverse.failed");
    }

    /** Writes every row the filters select, in the shown order, to the file as CSV. */
    public Task<Long> exportCsv(Path file) {
        Filter filter = filter();
        SortColumn order = sort.get();
        boolean up = ascending.get();
        long rowCount = total.get();
        Task<Long> task = new Task<>() {
            @Override
            protected Long call() throws IOException {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    list.exportCsv(filter, order, up, out);
                }
                return rowCount;
            }
        };
        task.setOnSucceeded(event -> message.set(ReimbursementTexts.text("list.exported", task.getValue(), file.toString())));
        return startWork(task, "list.export.failed");
    }

    public void close() {
        filterDelay.stop();
        from.removeListener(filterChanged);
        to.removeListener(filterChanged);
        customer.removeListener(filterChanged);
        status.removeListener(filterChanged);
        if (loadingTask != null) {
            loadingTask.cancel(false);
        }
    }

    private Filter filter() {
        String text = customer.get() == null || customer.get().isBlank() ? null : customer.get().strip();
        return new Filter(from.get(), to.get(), text, status.get());
    }

    private record Page(int index, long total, List<Row> rows) {}

    private void load(int index) {
        if (unreadableDate != null) {
            filterError.set(ReimbursementTexts.unreadableDate(unreadableDate));
            return;
        }
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            filterError.set(ReimbursementTexts.text("list.filter.fromAfterTo", Formats.date(from.get()),
                    Formats.date(to.get())));
            return;
        }
        filterError.set("");
        Filter filter = filter();
        SortColumn order = sort.get();
        boolean up = ascending.get();
        Task<Page> task = new Task<>() {
            @Override
            protected Page call() {
                long count = list.count(filter);
                // The rows may have shrunk since the page was chosen (a filter, another window): stay in range.
                int lastIndex = (int) Math.max(0, (count - 1) / PAGE_SIZE);
                int shown = Math.min(index, lastIndex);
                return new Page(shown, count, list.page(filter, order, up, shown * PAGE_SIZE, PAGE_SIZE));
            }
        };
        if (loadingTask != null) {
            loadingTask.cancel(false);
        }
        loadingTask = task;
        loading.set(true);
        task.setOnSucceeded(event -> {
            if (loadingTask == task) {
                show(task.getValue());
                loading.set(false);
            }
        });
        task.setOnFailed(event -> {
            if (loadingTask == task) {
                error.set(Failures.sentence(task.getException(), ReimbursementTexts.text("list.load.failed")));
                loading.set(false);
            }
        });
        tasks.execute(task);
    }

    /** A page from records: what the load task hands to the FX thread. */
    private void show(Page page) {
        String keep = selected.get() == null ? null : selected.get().number();
        total.set(page.total());
        pageIndex.set(page.index());
        rows.setAll(page.rows());
        error.set("");
        pageText.set(page.total() == 0
                ? ReimbursementTexts.text("list.page.none")
                : ReimbursementTexts.text("list.page.rows", (long) page.index() * PAGE_SIZE + 1,
                        (long) page.index() * PAGE_SIZE + page.rows().size(), page.total(), page.index() + 1, pageCount()));
        selected.set(rows.stream().filter(r -> r.number().equals(keep)).findFirst().orElse(null));
        reverseHint.set(hintFor(selected.get()));
    }

    /** For tests and the preview: the screen given rows as the service would return them. */
    public void showRows(long totalRows, int index, List<Row> pageRows) {
        show(new Page(index, totalRows, pageRows));
    }

    private String hintFor(Row row) {
        if (row == null || row.status() == ReimbursementStatus.OPEN) {
            return "";
        }
        return ReimbursementTexts.text("list.reverse.notOpen." + row.status().name(), row.number());
    }

    private <T> Task<T> startWork(Task<T> task, String failedKey) {
        workingTask = task;
        working.set(true);
        error.set("");
        message.set("");
        task.setOnFailed(event -> {
            error.set(Failures.sentence(task.getException(), ReimbursementTexts.text(failedKey)));
        });
        task.runningProperty().addListener((observable, was, now) -> {
            if (!now && workingTask == task) {
                working.set(false);
            }
        });
        return tasks.execute(task);
    }
}
