package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.service.interchange.ExportKind;
import dk.reimbursementdesk.service.interchange.ExportService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/** File > Export: what to export, where, and a status sentence; the export runs as a background task. */
public final class ExportViewModel {

    private final ExportService exports;
    private final ResourceBundle text;
    private final TaskExecutor tasks;
    private final ObjectProperty<ExportKind> kind = new SimpleObjectProperty<>(ExportKind.CUSTOMERS);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ExportViewModel(ExportService exports, ResourceBundle text, TaskExecutor tasks) {
        this.exports = exports;
        this.tasks = tasks;
        this.text = text;
    }

    public ObjectProperty<ExportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Writes the chosen kind to the chosen file in the background, replacing it only once the whole export is written. */
    public Task<Integer> export() {
        ExportKind chosenKind = kind.get();
        Path chosenFile = file.get();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() {
                return exports.exportToFile(chosenKind, chosenFile);
            }
        };
        busy.set(true);
        status.set(text.getString("ui.import.working"));
        task.setOnSucceeded(e -> {
            busy.set(false);
            status.set(MessageFormat.format(text.getString("ui.export.done"), task.getValue(), chosenFile.getFileName()));
        });
        task.setOnFailed(e -> {
            busy.set(false);
            status.set(Failures.sentence(task.getException(), text.getString("ui.export.failed")));
        });
        return tasks.execute(task);
    }
}
