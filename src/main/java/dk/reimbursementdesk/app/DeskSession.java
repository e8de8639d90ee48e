package dk.reimbursementdesk.app;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.FxTaskExecutor;
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
    private final FxDialogService dialogs;
    private Ledger ledger;
    private Services services;
    private MainWindowViewModel viewModel;

    public DeskSession(Stage stage, Ledger ledger, ScreenRegistry registry, LanguagePreference languagePreference) {
        this.stage = stage;
        this.ledger = ledger;
        this.services = new Services(ledger);
        this.registry = registry;
        this.languagePreference = languagePreference;
        this.dialogs = new FxDialogService(stage);
        stage.setOnCloseRequest(event -> close());
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
        close();
        Platform.exit();
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
