package dk.reimbursementdesk.app;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.shell.MainWindowView;
import dk.reimbursementdesk.ui.shell.MainWindowViewModel;
import dk.reimbursementdesk.ui.shell.NavItem;
import dk.reimbursementdesk.ui.shell.ScreenRegistry;
import dk.reimbursementdesk.ui.shell.ShellHost;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The running window on one open ledger: owns the ledger, builds the services and the main window,
 * and swaps them when the user opens or creates another ledger or switches language.
 */
public final class DeskSession implements ShellHost {

    private final Stage stage;
    private final ScreenRegistry registry;
    private final LanguagePreference languagePreference;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final DialogService dialogs;
    private Ledger ledger;
    private Services services;
    private MainWindowViewModel viewModel;

    public DeskSession(Stage stage, Ledger ledger, ScreenRegistry registry, LanguagePreference languagePreference) {
        this(stage, ledger, registry, languagePreference, new FxDialogService(stage));
    }

    /** With the dialogs given, for tests that answer the questions. */
    DeskSession(Stage stage, Ledger ledger, ScreenRegistry registry, LanguagePreference languagePreference, DialogService dialogs) {
        this.stage = stage;
        this.ledger = ledger;
        this.services = new Services(ledger);
        this.registry = registry;
        this.languagePreference = languagePreference;
        this.dialogs = dialogs;
        // The window's close button: the screen first (unsaved changes), then running work; the window
        // goes only when both let it, and the handler decides that itself (a save may answer later).
        stage.setOnCloseRequest(event -> {
            event.consume();
            if (viewModel == null) {
                closeWindow();
            } else {
                viewModel.leaveCurrentScreen(this::closeWindow);
            }
        });
    }

    /** Builds the main window in the current language and shows {@code initial}'s screen, if any. */
    public void show(NavItem initial) {
        if (viewModel != null) {
            viewModel.closeCurrentScreen();
        }
        viewModel = new MainWindowViewModel(this, registry, tasks, dialogs);
        Parent root = MainWindowView.load(viewModel, dialogs);
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root));
        } else {
            stage.getScene().setRoot(root);
        }
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        if (initial != null) {
            viewModel.open(initial);
        }
        stage.show();
    }

    @Override
    public Services services() {
        return services;
    }

    @Override
    public void openLedger(Path file) {
        if (file.toAbsolutePath().normalize().equals(ledger.file())) {
            show(null);
            return;
        }
        replaceWith(Ledger.open(file));
    }

    @Override
    public void createLedger(Path file, String companyCode, String companyName, String accountingCurrency) {
        replaceWith(LedgerOpener.createEmpty(file, companyCode, companyName, accountingCurrency));
    }

    private void replaceWith(Ledger next) {
        // the showing screen may still be reading the old ledger: stop it before the ledger closes
        if (viewModel != null) {
            viewModel.closeCurrentScreen();
        }
        Ledger previous = ledger;
        ledger = next;
        services = new Services(next);
        previous.close();
        show(null);
    }

    @Override
    public Locale language() {
        return Locale.getDefault();
    }

    @Override
    public void switchLanguage(Locale locale) {
        Locale chosen = LanguageChoice.forLanguage(locale.getLanguage(), Locale.getDefault());
        NavItem current = viewModel == null ? null : viewModel.currentItemProperty().get();
        Locale.setDefault(chosen);
        languagePreference.save(chosen.getLanguage());
        show(current);
    }

    @Override
    public void exit() {
        if (!mayExit()) {
            return;
        }
        close();
        Platform.exit();
    }

    private void closeWindow() {
        if (mayExit()) {
            close();
            stage.hide();
        }
    }

    /**
     * Whether the window may close now: at once when no work is running; while a task runs (a run,
     * an import, posting payments) only when the user says so, for closing stops it and rolls it back.
     */
    boolean mayExit() {
        if (!tasks.busy()) {
            return true;
        }
        Texts texts = Texts.of("i18n.shell");
        return dialogs.confirm(texts.get("exit.running.title"), texts.get("exit.running.header"),
                texts.get("exit.running.question"), texts.get("exit.running.yes"), texts.get("exit.running.no"));
    }

    /** The worker the screens hand their work to; package-private for tests. */
    FxTaskExecutor tasks() {
        return tasks;
    }

    /** Lets go of the screen, the worker thread and the ledger (and so its lock); safe to call more than once. */
    public void close() {
        if (viewModel != null) {
            viewModel.closeCurrentScreen();
        }
        tasks.close();
        if (ledger != null) {
            ledger.close();
            ledger = null;
        }
    }

    public Ledger ledger() {
        return ledger;
    }
}
