package dk.reimbursementdesk.ui.writeoff;

import dk.reimbursementdesk.service.writeoff.SmallCreditService;
import dk.reimbursementdesk.service.writeoff.SmallCreditService.Row;
import dk.reimbursementdesk.ui.common.ScreenWork;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The Written off tab's state: every write-off, the one chosen, and Reverse… for an open one (on a
 * date the dialog asks, never before the write-off's own), which reopens its credits, so the Small
 * credits tab lists again.
 */
public final class WrittenOffViewModel {

    static final String OPEN = "OPEN";

    private final SmallCreditService service;
    private final LocalDate today;
    private final ScreenWork work;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final BooleanBinding reverseDisabled;
    private final StringBinding reverseHint;
    private Runnable afterReversal = () -> { };

    public WrittenOffViewModel(SmallCreditService service, LocalDate today, TaskExecutor tasks) {
        this.service = Objects.requireNonNull(service, "service");
        this.today = today;
        this.work = new ScreenWork(tasks);
        reverseDisabled = Bindings.createBooleanBinding(() -> selected.get() == null || !OPEN.equals(selected.get().status())
                || work.workingProperty().get(), selected, work.workingProperty());
        reverseHint = Bindings.createStringBinding(() -> selected.get() == null || OPEN.equals(selected.get().status()) ? ""
                : WriteOffTexts.text("written.reverse.reversed", selected.get().number(), selected.get().reversalVoucher()), selected);
    }

    /** What else must read again after a reversal (the Small credits tab: the credits are open again). */
    public void afterReversal(Runnable then) {
        this.afterReversal = Objects.requireNonNull(then, "then");
    }

    /** Reads every write-off off the FX thread; the chosen one stays chosen when it is still there. */
    public void load() {
        work.load(service::writeOffs, list -> {
            String keep = selected.get() == null ? null : selected.get().number();
            rows.setAll(list);
            selected.set(rows.stream().filter(r -> r.number().equals(keep)).findFirst().orElse(null));
        }, null, WriteOffTexts.text("written.load.failed"));
    }

    /** Reverses the chosen write-off on {@code date} off the FX thread, then reads the lists again. */
    public Task<SmallCreditService.Reversal> reverse(LocalDate date) {
        Row row = selected.get();
        if (row == null) {
            return null;
        }
        return work.work(() -> service.reverse(row.number(), date), reversal -> {
            work.tell(WriteOffTexts.text("written.reverse.done", reversal.writeOffNumber(), reversal.reversalVoucher()));
            load();
            afterReversal.run();
        }, WriteOffTexts.text("written.reverse.failed"));
    }

    /** Writes every write-off to {@code file}, as the {@code write-offs} command does. */
    public Task<Integer> exportCsv(Path file) {
        return work.work(() -> {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                return service.exportCsv(out);
            }
        }, n -> work.tell(WriteOffTexts.text("written.exported", n, file.toString())), WriteOffTexts.text("written.export.failed"));
    }

    public void close() {
        work.cancel();
    }

    LocalDate today() {
        return today;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public BooleanBinding reverseDisabled() {
        return reverseDisabled;
    }

    public StringBinding reverseHint() {
        return reverseHint;
    }

    public ScreenWork work() {
        return work;
    }
}
