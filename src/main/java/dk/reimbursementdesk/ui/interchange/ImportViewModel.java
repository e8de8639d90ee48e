package dk.reimbursementdesk.ui.interchange;

import dk.reimbursementdesk.service.interchange.AlreadyImportedException;
import dk.reimbursementdesk.service.interchange.ImportKind;
import dk.reimbursementdesk.service.interchange.ImportProblem;
import dk.reimbursementdesk.service.interchange.ImportRefusedException;
import dk.reimbursementdesk.service.interchange.ImportResult;
import dk.reimbursementdesk.service.interchange.ImportService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * File > Import: the kind and file chosen, the problems of the last check or refused import (the same
 * ones the command line prints, as table rows), and a status sentence. Checking and importing run as
 * background tasks; their results land on the FX thread in one step.
 */
public final class ImportViewModel {

    private final ImportService imports;
    private final ResourceBundle text;
    private final TaskExecutor tasks;
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(ImportKind.CUSTOMERS);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Import (and check) even a file whose content was imported before: the command line's --again. */
    private final BooleanProperty again = new SimpleBooleanProperty();
    // Whether the problem table shows a check of the chosen file: before one, "no problems" would be a claim about nothing.
    private final BooleanProperty checked = new SimpleBooleanProperty();

    public ImportViewModel(ImportService imports, ResourceBundle text, TaskExecutor tasks) {
        this.imports = imports;
        this.tasks = tasks;
        this.text = text;
        file.addListener((o, was, now) -> forgetCheck());
        kind.addListener((o, was, now) -> forgetCheck());
    }

    private void forgetCheck() {
        checked.set(false);
        problems.clear();
        status.set("");
    }

    /** Whether the problems shown (or none) are the answer of a check or import of the chosen file. */
    public BooleanProperty checkedProperty() {
        return checked;
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty againProperty() {
        return again;
    }

    /** Checks the file without writing anything, in the background. */
    public Task<List<ImportProblem>> check() {
        ImportKind chosenKind = kind.get();
        Path chosenFile = requireFile();
        boolean evenIfImported = again.get();
        Task<List<ImportProblem>> task = new Task<>() {
            @Override
            protected List<ImportProblem> call() {
                return imports.check(chosenKind, chosenFile, evenIfImported);
            }
        };
        start(task);
        task.setOnSucceeded(e -> {
            busy.set(false);
            checked.set(true);
            problems.setAll(task.getValue());
            status.set(task.getValue().isEmpty() ? text.getString("ui.import.checkedClean")
                    : java.text.MessageFormat.format(text.getString("ui.import.checkedProblems"), task.getValue().size()));
        });
        return tasks.execute(task);
    }

    /** Imports the file: all rows or none; a refusal fills the problem table. */
    public Task<ImportResult> importFile() {
        ImportKind chosenKind = kind.get();
        Path chosenFile = requireFile();
        boolean evenIfImported = again.get();
        Task<ImportResult> task = new Task<>() {
            @Override
            protected ImportResult call() {
                return imports.importFile(chosenKind, chosenFile, evenIfImported);
            }
        };
        start(task);
        task.setOnSucceeded(e -> {
            busy.set(false);
            checked.set(true);
            problems.clear();
            status.set(java.text.MessageFormat.format(text.getString("ui.import.done"), task.getValue().rows(), chosenFile.getFileName()));
        });
        return tasks.execute(task);
    }

    private Path requireFile() {
        if (file.get() == null) {
            status.set(text.getString("ui.import.noFile"));
            throw new IllegalStateException("No file chosen");
        }
        return file.get();
    }

    private void start(Task<?> task) {
        busy.set(true);
        status.set(text.getString("ui.import.working"));
        task.setOnFailed(e -> {
            busy.set(false);
            Throwable failure = task.getException();
            if (failure instanceof AlreadyImportedException importedBefore) {
                problems.clear();
                status.set(importedBefore.getMessage() + " " + text.getString("ui.import.againHint"));
            } else if (failure instanceof ImportRefusedException refused) {
                checked.set(true);
                problems.setAll(refused.problems());
                status.set(java.text.MessageFormat.format(text.getString("ui.import.refused"), refused.problems().size()));
            } else {
                problems.clear();
                status.set(Failures.sentence(failure, text.getString("ui.import.failed")));
            }
        });
    }
}
