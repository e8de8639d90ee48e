package dk.reimbursementdesk.ui.gl;

import dk.reimbursementdesk.service.gl.GeneralLedgerQueries;
import dk.reimbursementdesk.service.gl.VoucherLineRow;
import dk.reimbursementdesk.service.gl.VoucherPage;
import dk.reimbursementdesk.service.gl.VoucherQuery;
import dk.reimbursementdesk.service.gl.VoucherRow;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.DateField;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The voucher list: one page at a time from SQL (a ledger may hold hundreds of thousands), a filter on
 * number or description and a date range, and the lines of the voucher the user selects. Queries run
 * off the FX thread; the newest request wins, older results are dropped.
 */
public final class VouchersViewModel {

    public static final int PAGE_SIZE = 100;
    private final GeneralLedgerQueries queries;
    private final TaskExecutor tasks;
    private final Texts texts = Texts.of("i18n.gl");

    private final StringProperty filterText = new SimpleStringProperty("");
    // The dates as typed (or picked), so that text which is not a date is told at the field, not ignored.
    private final StringProperty fromText = new SimpleStringProperty("");
    private final StringProperty toText = new SimpleStringProperty("");
    // What the pickers refused: the picker empties its text right after, so the typed text alone would forget it.
    private final StringProperty fromUnreadable = new SimpleStringProperty("");
    private final StringProperty toUnreadable = new SimpleStringProperty("");
    // Each field's own sentence (a reversed range is told at the to date), shown beside it once it is left.
    private final StringBinding fromError = Bindings.createStringBinding(() -> unreadable(fromUnreadable, fromText),
            fromText, fromUnreadable);
    private final StringBinding toError = Bindings.createStringBinding(this::toProblem, fromText, toText,
            fromUnreadable, toUnreadable);
    private final StringBinding dateError = Bindings.createStringBinding(
            () -> fromError.get().isEmpty() ? toError.get() : fromError.get(), fromError, toError);
    private final ObservableList<VoucherRow> vouchers = FXCollections.observableArrayList();
    private final ObservableList<VoucherLineRow> lines = FXCollections.observableArrayList();
    private final ObjectProperty<VoucherRow> selected = new SimpleObjectProperty<>();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty hasPrevious = new SimpleBooleanProperty(false);
    private final BooleanProperty hasNext = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    private VoucherQuery query = VoucherQuery.all();
    private int offset;
    private Task<?> pageTask;
    private Task<?> linesTask;

    public VouchersViewModel(GeneralLedgerQueries queries, TaskExecutor tasks) {
        this.tasks = tasks;
        this.queries = queries;
        selected.addListener((obs, old, voucher) -> loadLines(voucher));
    }

    /** Applies the filter fields and shows the first page; an unreadable or reversed date is refused at the field. */
    public void search() {
        if (!dateError.get().isEmpty()) {
            return;
        }
        query = new VoucherQuery(filterText.get(), date(fromText.get()), date(toText.get()));
        loadPage(0);
    }

    public void clearFilter() {
        filterText.set("");
        fromText.set("");
        toText.set("");
        fromUnreadable.set("");
        toUnreadable.set("");
        search();
    }

    private static String unreadable(StringProperty refused, StringProperty typed) {
        if (!refused.get().isEmpty()) {
            return refused.get();
        }
        String text = typed.get();
        return text != null && !text.isBlank() && date(text) == null ? DateField.unreadable(text.trim()) : "";
    }

    private String toProblem() {
        String unreadable = unreadable(toUnreadable, toText);
        if (!unreadable.isEmpty()) {
            return unreadable;
        }
        LocalDate from = date(fromText.get());
        LocalDate to = date(toText.get());
        return from != null && to != null && from.isAfter(to) ? texts.get("vouchers.dateRangeReversed") : "";
    }

    private static LocalDate date(String text) {
        return Formats.parseDate(text).orElse(null);
    }

    public void nextPage() {
        if (hasNext.get()) {
            loadPage(offset + PAGE_SIZE);
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            loadPage(Math.max(0, offset - PAGE_SIZE));
        }
    }

    /** Cancels what is still loading; called when the screen closes. */
    public void close() {
        cancel(pageTask);
        cancel(linesTask);
    }

    private void loadPage(int start) {
        VoucherQuery pageQuery = query;
        cancel(pageTask);
        loading.set(true);
        pageTask = run(() -> queries.vouchers(pageQuery, start, PAGE_SIZE), this::show);
    }

    private void show(VoucherPage page) {
        loading.set(false);
        error.set("");
        offset = page.offset();
        vouchers.setAll(page.rows());
        hasPrevious.set(page.hasPrevious());
        hasNext.set(page.hasMore());
        pageText.set(page.rows().isEmpty()
                ? texts.get("vouchers.none")
                : texts.format("vouchers.page", page.offset() + 1, page.offset() + page.rows().size()));
        lines.clear();
    }

    private void loadLines(VoucherRow voucher) {
        cancel(linesTask);
        if (voucher == null) {
            lines.clear();
            return;
        }
        linesTask = run(() -> queries.voucherLines(voucher.id()), lines::setAll);
    }

    private <T> Task<T> run(Callable<T> work, Consumer<T> onResult) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onResult.accept(task.getValue()));
        task.setOnFailed(event -> {
            loading.set(false);
            error.set(Failures.sentence(task.getException(), texts.get("gl.queryFailed")));
        });
        return tasks.execute(task);
    }

    private static void cancel(Task<?> task) {
        if (task != null && task.isRunning()) {
            task.cancel();
        }
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Where the date fields report text that is not a date ({@link DateField}). */
    public StringProperty fromUnreadableProperty() {
        return fromUnreadable;
    }

    public StringProperty toUnreadableProperty() {
        return toUnreadable;
    }

    public StringProperty fromTextProperty() {
        return fromText;
    }

    public StringProperty toTextProperty() {
        return toText;
    }

    /** The first date field's sentence, or empty: Search does nothing while there is one. */
    public StringBinding dateErrorProperty() {
        return dateError;
    }

    /** The from date's sentence: text that is not a date. */
    public StringBinding fromErrorProperty() {
        return fromError;
    }

    /** The to date's sentence: text that is not a date, or a to date before the from date. */
    public StringBinding toErrorProperty() {
        return toError;
    }

    public ObservableList<VoucherRow> vouchers() {
        return vouchers;
    }

    public ObservableList<VoucherLineRow> lines() {
        return lines;
    }

    public ObjectProperty<VoucherRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious;
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
