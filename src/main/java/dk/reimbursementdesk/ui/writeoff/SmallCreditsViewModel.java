package dk.reimbursementdesk.ui.writeoff;

import dk.reimbursementdesk.service.query.CustomerQueryFields;
import dk.reimbursementdesk.service.query.Selection;
import dk.reimbursementdesk.service.writeoff.SmallCreditService;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.Key;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.Query;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.SmallCredit;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.SmallCredits;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.ScreenWork;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
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
 * The Small credits tab's state: the date, the amount the credits are below (blank: the minimum
 * reimbursement), the age in days they are older than (blank: any), the customers (the query
 * builder's selection), the credits found and the ones chosen. Every change of a filter lists again
 * once the user pauses; Write off… confirms the count and the totals per currency, then posts the
 * chosen credits on the date off the FX thread and lists again.
 */
public final class SmallCreditsViewModel {

    /** Typing in a filter lists again once the user pauses, not per keystroke. */
    static final Duration FILTER_DELAY = Duration.millis(300);

    private final SmallCreditService service;
    private final DialogService dialogs;
    private final ScreenWork work;
    private final Runnable afterWriteOff;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty dateUnreadable = new SimpleStringProperty("");
    private final StringProperty belowText = new SimpleStringProperty("");
    private final StringProperty olderThanText = new SimpleStringProperty("");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(Selection.all(CustomerQueryFields.CATALOG));
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper belowError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper olderThanError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper belowPrompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    private final ObservableList<SmallCredit> credits = FXCollections.observableArrayList();
    private final ObservableList<SmallCredit> chosen = FXCollections.observableArrayList();
    private final BooleanBinding writeOffDisabled;
    private final ReadOnlyStringWrapper accountingCurrency = new ReadOnlyStringWrapper("");

    private final PauseTransition filterDelay = new PauseTransition(FILTER_DELAY);
    private final InvalidationListener filterChanged = observable -> filterDelay.playFromStart();

    /**
     * {@code accountingCurrency}: the ledger's, for the column headers before the first list arrives (a
     * header whose text changes while its table is still empty is not laid out again);
     * {@code afterWriteOff}: what else shows write-offs and must read them again (the Written off tab).
     */
    public SmallCreditsViewModel(SmallCreditService service, String accountingCurrency, LocalDate today, TaskExecutor tasks,
            DialogService dialogs, Runnable afterWriteOff) {
        this.service = Objects.requireNonNull(service, "service");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.work = new ScreenWork(tasks);
        this.afterWriteOff = Objects.requireNonNull(afterWriteOff, "afterWriteOff");
        date.set(today);
        this.accountingCurrency.set(Objects.requireNonNullElse(accountingCurrency, ""));
        selectionText.set(selection.get().describe(Locale.getDefault()));
        selection.addListener((observable, before, now) -> selectionText.set(now.describe(Locale.getDefault())));
        for (javafx.beans.Observable filter : List.of(date, dateUnreadable, belowText, olderThanText, selection)) {
            filter.addListener(filterChanged);
        }
        filterDelay.setOnFinished(event -> search());
        chosen.addListener((javafx.collections.ListChangeListener<SmallCredit>) change -> summarize());
        writeOffDisabled = Bindings.createBooleanBinding(() -> chosen.isEmpty() || work.workingProperty().get()
                        || work.loadingProperty().get() || hasFieldError(),
                chosen, work.workingProperty(), work.loadingProperty(), dateError, belowError, olderThanError);
    }

    /** Lists the small credits the filters name, off the FX thread; a filter that cannot be read is said at its field. */
    public void search() {
        filterDelay.stop();
        Query query = query();
        if (query == null) {
            return;
        }
        work.load(() -> service.list(query), this::show, this::refusedFilter, WriteOffTexts.text("small.load.failed"));
    }

    private void show(SmallCredits found) {
        accountingCurrency.set(found.accountingCurrency());
        belowPrompt.set(WriteOffTexts.text("small.below.prompt", Formats.money(found.below(), found.accountingCurrency())));
        chosen.clear();
        credits.setAll(found.credits());
        summarize();
    }

    /** The service's refusal of a filter (an amount above the minimum, say), at the field it is about. */
    private void refusedFilter(Throwable failure) {
        String key = Failures.refusal(failure).map(e -> e.getKey()).orElse("");
        String sentence = Failures.sentence(failure);
        if (key.startsWith("writeoff.below")) {
            belowError.set(sentence);
        } else if (key.startsWith("writeoff.olderThan")) {
            olderThanError.set(sentence);
        } else {
            work.fail(sentence);
        }
        credits.clear();
        summarize();
    }

    /** The query the filters spell, or null (with the sentences at the fields) when one cannot be read. */
    Query query() {
        dateError.set(!dateUnreadable.get().isEmpty() ? dateUnreadable.get()
                : date.get() == null ? WriteOffTexts.text("small.date.missing") : "");
        BigDecimal below = null;
        belowError.set("");
        if (!belowText.get().isBlank()) {
            below = Formats.parseNumber(belowText.get()).orElse(null);
            if (below == null) {
                belowError.set(WriteOffTexts.text("small.below.unreadable", belowText.get().strip(), Formats.example(2)));
            }
        }
        Integer olderThan = null;
        olderThanError.set("");
        String days = olderThanText.get().strip();
        if (!days.isEmpty()) {
            if (days.matches("\\d{1,6}")) {
                olderThan = Integer.valueOf(days);
            } else {
                olderThanError.set(WriteOffTexts.text("small.olderThan.unreadable", days));
            }
        }
        return hasFieldError() ? null : new Query(date.get(), selection.get(), below, olderThan);
    }

    private boolean hasFieldError() {
        return !dateError.get().isEmpty() || !belowError.get().isEmpty() || !olderThanError.get().isEmpty();
    }

    /**
     * Write off…: asks, naming the count and the totals per currency of the chosen credits, then posts
     * them on the date (after a backup, in one transaction) off the FX thread. Null when nothing was started.
     */
    public Task<SmallCreditService.Result> writeOff() {
        Query query = query();
        if (query == null || chosen.isEmpty()) {
            return null;
        }
        List<SmallCredit> picked = List.copyOf(chosen);
        if (!dialogs.confirm(WriteOffTexts.text("small.writeOff.title"), WriteOffTexts.text("small.writeOff.header", picked.size()),
                WriteOffTexts.text("small.writeOff.confirm", picked.size(), Formats.date(query.date()), totals(picked),
                        Formats.money(totalAcc(picked), accountingCurrency.get())),
                WriteOffTexts.text("small.writeOff.yes"), WriteOffTexts.text("button.cancel"))) {
            return null;
        }
        List<Key> keys = picked.stream().map(c -> new Key(c.customer(), c.currency())).toList();
        return work.work(() -> service.writeOff(query, keys), result -> {
            int n = result.written().size();
            work.tell(n == 0 ? WriteOffTexts.text("small.writeOff.nothing")
                    : WriteOffTexts.text("small.writeOff.done", n, result.written().get(0).number(),
                            result.written().get(n - 1).number(), Formats.money(result.totalAcc(), result.accountingCurrency())));
            search();
            afterWriteOff.run();
        }, WriteOffTexts.text("small.writeOff.failed"));
    }

    /** Writes the credits the filters name to {@code file} as CSV ({@link SmallCreditService#CREDIT_CSV_COLUMNS}). */
    public Task<Integer> exportCsv(Path file) {
        Query query = query();
        if (query == null) {
            return null;
        }
        return work.work(() -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                return service.exportCreditsCsv(query, out);
            }
        }, rows -> work.tell(WriteOffTexts.text("small.exported", rows, file.toString())), WriteOffTexts.text("small.export.failed"));
    }

    /** "43.50 DKK; 10.00 EUR": the credits' sum per currency, currencies in alphabetical order. */
    static String totals(List<SmallCredit> some) {
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        for (SmallCredit c : some) {
            byCurrency.merge(c.currency(), c.credit(), BigDecimal::add);
        }
        return Formats.totals(byCurrency);
    }

    private static BigDecimal totalAcc(List<SmallCredit> some) {
        return some.stream().map(SmallCredit::creditAcc).reduce(BigDecimal::add).orElse(BigDecimal.ZERO);
    }

    private void summarize() {
        summary.set(credits.isEmpty() ? "" : WriteOffTexts.text("small.summary", credits.size(), totals(credits),
                Formats.money(totalAcc(credits), accountingCurrency.get()), chosen.size()));
    }

    public void close() {
        filterDelay.stop();
        work.cancel();
    }

    /** Called by the date field when its text is not a date (the sentence), or a date again (empty). */
    public StringProperty dateUnreadableProperty() {
        return dateUnreadable;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty belowTextProperty() {
        return belowText;
    }

    public StringProperty olderThanTextProperty() {
        return olderThanText;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty belowErrorProperty() {
        return belowError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty olderThanErrorProperty() {
        return olderThanError.getReadOnlyProperty();
    }

    /** "the minimum, 100.00 DKK": what a blank Below means. */
    public ReadOnlyStringProperty belowPromptProperty() {
        return belowPrompt.getReadOnlyProperty();
    }

    /** The ledger's accounting currency, once the first list has been read. */
    public ReadOnlyStringProperty accountingCurrencyProperty() {
        return accountingCurrency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<SmallCredit> credits() {
        return credits;
    }

    /** The rows chosen in the table; the view keeps it equal to the table's selection. */
    public ObservableList<SmallCredit> chosen() {
        return chosen;
    }

    public BooleanBinding writeOffDisabled() {
        return writeOffDisabled;
    }

    public ScreenWork work() {
        return work;
    }
}
