package dk.reimbursementdesk.app;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.ServerAddress;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.common.DesktopSettings;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
import dk.reimbursementdesk.ui.common.LayoutMemory;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.shell.MainWindowView;
import dk.reimbursementdesk.ui.shell.MainWindowViewModel;
import dk.reimbursementdesk.ui.shell.NavItem;
import dk.reimbursementdesk.ui.shell.OpenedLedger;
import dk.reimbursementdesk.ui.shell.ScreenRegistry;
import dk.reimbursementdesk.ui.shell.ShellHost;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
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
    private final LayoutMemory layout;
    private Ledger ledger;
    private Services services;
    private MainWindowViewModel viewModel;

    /** A window that remembers its layout only while it runs (tests: the user's settings stay untouched). */
    public DeskSession(Stage stage, Ledger ledger, ScreenRegistry registry, LanguagePreference languagePreference) {
        this(stage, ledger, registry, languagePreference, new LayoutMemory(DesktopSettings.inMemory()));
    }

    /** A window that keeps its layout in {@code layout} between starts. */
    public DeskSession(Stage stage, Ledger ledger, ScreenRegistry registry, LanguagePreference languagePreference, LayoutMemory layout) {
        this(stage, ledger, registry, languagePreference, new FxDialogService(stage), layout);
    }

    /** With the dialogs given, for tests that answer the questions. */
    DeskSession(Stage stage, Ledger ledger, ScreenRegistry registry, LanguagePreference languagePreference, DialogService dialogs) {
        this(stage, ledger, registry, languagePreference, dialogs, new LayoutMemory(DesktopSettings.inMemory()));
    }

    DeskSession(Stage stage, Ledger ledger, ScreenRegistry registry, LanguagePreference languagePreference, DialogService dialogs,
            LayoutMemory layout) {
        this.stage = stage;
        this.layout = layout;
        this.ledger = ledger;
        this.services = new Services(ledger);
        this.registry = registry;
        this.languagePreference = languagePreference;
        this.dialogs = dialogs;
        layout.watchWindow(stage);
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
        rememberMainSplit();
        viewModel = new MainWindowViewModel(this, registry, tasks, dialogs);
        Parent root = MainWindowView.load(viewModel, dialogs);
        if (!stage.isShowing()) {
            layout.restoreWindow(stage);
        }
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
        // after showing: the navigation keeps its width in pixels when the window resizes, so its
        // remembered share is set once the window has its final size
        mainSplit(root).ifPresent(split -> {
            root.applyCss();
            root.layout();
            layout.restoreDividers(MAIN_SPLIT, split);
        });
    }

    private static final String MAIN_SPLIT = "main.split";

    private static Optional<SplitPane> mainSplit(Parent root) {
        return root.lookup("#mainSplit") instanceof SplitPane split ? Optional.of(split) : Optional.empty();
    }

    /** The navigation's divider of the window showing now, before the window is rebuilt or closed. */
    private void rememberMainSplit() {
        if (stage.getScene() != null && stage.getScene().getRoot() != null) {
            mainSplit(stage.getScene().getRoot()).ifPresent(split -> layout.rememberDividers(MAIN_SPLIT, split));
        }
    }

    @Override
    public LayoutMemory layout() {
        return layout;
    }

    @Override
    public Services services() {
        return services;
    }

    @Override
    public void openLedger(Path file) {
        if (!ledger.onServer() && file.toAbsolutePath().normalize().equals(ledger.file())) {
            show(null);
            return;
        }
        replaceWith(Ledger.open(file));
    }

    /** A ledger opened off the FX thread; null for the ledger that is open already (nothing was opened). */
    private record Opened(Ledger ledger) implements OpenedLedger {
    }

    /**
     * The same server, port, database and user as the open ledger is the same ledger: the window is
     * shown again and no second pool is started (the password plays no part in what a ledger is).
     */
    @Override
    public OpenedLedger openServer(String url, String password) {
        ServerAddress address = ServerAddress.parse(url);
        Ledger current = ledger;
        if (current != null && current.server().filter(address::equals).isPresent()) {
            return new Opened(null);
        }
        return new Opened(LedgerOpener.openServer(url, password));
    }

    @Override
    public OpenedLedger createOnServer(String url, String password, String companyCode, String companyName, String accountingCurrency) {
        return new Opened(LedgerOpener.createOnServer(url, password, companyCode, companyName, accountingCurrency));
    }

    @Override
    public void switchTo(OpenedLedger opened) {
        Ledger next = ((Opened) opened).ledger();
        if (next == null) {
            show(null);
        } else {
            replaceWith(next);
        }
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
        if (ledger != null) {
            // only the first close: the window's last state, not that of a window already gone
            rememberMainSplit();
            layout.rememberWindow(stage);
            layout.settings().save();
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
