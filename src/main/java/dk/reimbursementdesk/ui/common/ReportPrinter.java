package dk.reimbursementdesk.ui.common;

import dk.reimbursementdesk.service.reimbursement.ReimbursementRequest;
import dk.reimbursementdesk.service.report.ReportService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.stage.FileChooser.ExtensionFilter;

/**
 * How every screen prints a report: the file chooser (through the {@link DialogService}), then the
 * PDF written off the FX thread (through the {@link TaskExecutor}) in the window's language, then one
 * sentence for the screen's status line, or the refusal told as an error.
 */
public final class ReportPrinter {

    public static final String BUNDLE = "i18n.report_ui";

    /** Writes one report to the file in the locale; runs on the worker thread. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file, Locale locale);
    }

    private final ReportService reports;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    public ReportPrinter(ReportService reports, TaskExecutor tasks, DialogService dialogs) {
        this.reports = reports;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** The report of a posted run. */
    public Optional<Task<Path>> printRun(long runId, Consumer<String> told) {
        return print(text("file.run", String.valueOf(runId)), (file, locale) -> reports.runReport(runId, file, locale), told);
    }

    /** The proposal of a preview with these settings; nothing is posted. */
    public Optional<Task<Path>> printPreview(ReimbursementRequest request, Consumer<String> told) {
        return print(text("file.preview", String.valueOf(request.postingDate())),
                (file, locale) -> reports.previewReport(request, file, locale), told);
    }

    /** Remittance advice for a posted payment batch, a page per payment. */
    public Optional<Task<Path>> printRemittance(String batchNumber, Consumer<String> told) {
        return print(text("file.remittance", batchNumber), (file, locale) -> reports.remittance(batchNumber, file, locale), told);
    }

    /** The trial balance as of a date. */
    public Optional<Task<Path>> printTrialBalance(LocalDate asOf, Consumer<String> told) {
        return print(text("file.trialBalance", String.valueOf(asOf)), (file, locale) -> reports.trialBalance(asOf, file, locale), told);
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    public static String text(String key, Object... arguments) {
        return Texts.of(BUNDLE).format(key, arguments);
    }

    /**
     * Asks where to save {@code suggestedName} and writes the report there. Empty when the user
     * cancelled the chooser; otherwise the task, whose end is told to {@code told} (success) or shown
     * as an error (a refusal, a failed write).
     */
    public Optional<Task<Path>> print(String suggestedName, Writer writer, Consumer<String> told) {
        Optional<Path> chosen = dialogs.chooseFileToSave(text("print.title"), suggestedName,
                List.of(new ExtensionFilter(text("print.filter"), "*.pdf")));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path file = withPdfExtension(chosen.get());
        Locale locale = Locale.getDefault();
        return Optional.of(tasks.run(() -> {
            writer.write(file, locale);
            return file;
        }, written -> told.accept(text("print.done", written.toString())),
                failure -> dialogs.showError(Failures.sentence(failure, text("print.failed", file.toString())))));
    }

    /** A name typed without ".pdf" gets it, as every other program saving a PDF does. */
    static Path withPdfExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }
}
