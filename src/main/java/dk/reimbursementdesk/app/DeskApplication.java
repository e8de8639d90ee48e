package dk.reimbursementdesk.app;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.LedgerLocation;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.shell.LedgerFiles;
import dk.reimbursementdesk.ui.shell.NewLedgerDialog;
import dk.reimbursementdesk.ui.shell.ScreenRegistry;
import dk.reimbursementdesk.ui.shell.StartupProblemDialog;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: chooses the language, opens the ledger (making the default one with demo
 * data on the first start) and shows the main window. Started by {@link Launcher} from the jar, or
 * directly by {@code ./mvnw javafx:run}.
 */
public class DeskApplication extends Application {

    private DeskSession session;

    @Override
    public void start(Stage stage) {
        LanguagePreference preference = LanguagePreference.user();
        StartOptions options;
        try {
            options = StartOptions.parse(getParameters().getRaw());
        } catch (UserException e) {
            Locale.setDefault(LanguageChoice.resolve(Optional.empty(), preference.load(), Locale.getDefault()));
            new FxDialogService(null).showError(e.getMessage());
            Platform.exit();
            return;
        }
        Locale.setDefault(LanguageChoice.resolve(options.language(), preference.load(), Locale.getDefault()));
        Ledger ledger = openAtStart(options);
        if (ledger == null) {
            Platform.exit();
            return;
        }
        stage.setWidth(1280);
        stage.setHeight(800);
        session = new DeskSession(stage, ledger, ScreenRegistry.standard(), preference);
        session.show(null);
    }

    /** The ledger to start on; when it cannot be opened, the user may choose another, make one, or exit (null). */
    private static Ledger openAtStart(StartOptions options) {
        try {
            return LedgerOpener.openAtStart(options.ledger(), LedgerLocation.defaultLedger()).ledger();
        } catch (UserException e) {
            return recover(e.getMessage());
        }
    }

    private static Ledger recover(String sentence) {
        Texts texts = Texts.of("i18n.shell");
        FxDialogService dialogs = new FxDialogService(null);
        String problem = sentence;
        while (true) {
            StartupProblemDialog.Choice choice = StartupProblemDialog.ask(dialogs, problem);
            try {
                if (choice == StartupProblemDialog.Choice.OPEN) {
                    Optional<Path> file = dialogs.chooseFileToOpen(texts.get("openLedger.title"), LedgerFiles.filters());
                    if (file.isPresent()) {
                        return Ledger.open(file.get());
                    }
                } else if (choice == StartupProblemDialog.Choice.NEW) {
                    Optional<Path> file = dialogs.chooseFileToSave(texts.get("newLedger.fileTitle"), "ledger.db", LedgerFiles.filters());
                    if (file.isPresent()) {
                        var company = dialogs.showCustomDialog(new NewLedgerDialog());
                        if (company.isPresent()) {
                            return LedgerOpener.createEmpty(file.get(), company.get().code(), company.get().name(), company.get().currency());
                        }
                    }
                } else {
                    return null;
                }
            } catch (RuntimeException e) {
                problem = Failures.sentence(e);
            }
        }
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
