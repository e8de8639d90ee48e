package dk.reimbursementdesk.app;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.LedgerLocation;
import dk.reimbursementdesk.persistence.ServerAddress;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.common.DesktopSettings;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.FxDialogService;
import dk.reimbursementdesk.ui.common.LayoutMemory;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.common.Themes;
import dk.reimbursementdesk.ui.shell.LedgerFiles;
import dk.reimbursementdesk.ui.shell.NewLedgerDialog;
import dk.reimbursementdesk.ui.shell.PasswordDialog;
import dk.reimbursementdesk.ui.shell.ScreenRegistry;
import dk.reimbursementdesk.ui.shell.ServerLedgerDialog;
import dk.reimbursementdesk.ui.shell.StartupProblemDialog;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: chooses the language, shows "Opening ledger…" at once, opens the ledger on
 * a thread of its own (making the default one with demo data on the first start) and then shows the
 * main window in the same stage. Started by {@link Launcher} from the jar, or
 * directly by {@code ./mvnw javafx:run}.
 */
public class DeskApplication extends Application {

    private DeskSession session;
    private LayoutMemory layout;

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
        // 1280 x 800, or the screen when it is smaller (a 1200 x 760 laptop must see the whole window).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1280, screen.getWidth()));
        stage.setHeight(Math.min(800, screen.getHeight()));
        // then the size and place the user left it at, if it still fits a screen
        layout = new LayoutMemory(DesktopSettings.at(LedgerLocation.configFolder().resolve(DesktopSettings.FILE)));
        layout.restoreWindow(stage);
        Themes.applySaved(layout.settings());
        // A window at once, the ledger opened behind it: opening (Hibernate, the schema check, the
        // file check, a first start's demo data) takes seconds that used to pass with nothing on screen.
        stage.setScene(OpeningWindow.scene());
        stage.setTitle(Texts.of("i18n.shell").get("startup.title"));
        stage.show();
        StartupClock.afterNextFrame(stage.getScene(), "first frame", false);
        Optional<String> named = options.ledger();
        String password = null;
        if (named.isPresent() && ServerAddress.isServerUrl(named.get())) {
            Optional<String> typed = askPasswordIfNeeded(named.get());
            if (typed == null) {
                Platform.exit();
                return;
            }
            password = typed.orElse(null);
        }
        String given = password;
        openBehind(stage, preference, new Attempt(() -> LedgerOpener.openAtStart(named, LedgerLocation.defaultLedger(), given).ledger(),
                named.filter(ServerAddress::isServerUrl).orElse(null), given));
    }

    /**
     * One try at opening a ledger: how, and for a server the URL and the password typed for it (null
     * when none was asked), so that what follows a refusal can start from them.
     */
    record Attempt(Supplier<Ledger> open, String url, String password) {
        static Attempt file(Supplier<Ledger> open) {
            return new Attempt(open, null, null);
        }

        @Override
        public String toString() {
            return url == null ? "file" : ServerAddress.redacted(url);
        }
    }

    /**
     * The password of a server whose URL (and PGPASSWORD) gives none, asked over the opening window:
     * empty when none is needed (or the URL is no address: the open says so), null when the user cancelled.
     */
    private static Optional<String> askPasswordIfNeeded(String url) {
        ServerAddress address;
        try {
            address = ServerAddress.parse(url);
        } catch (UserException notAnAddress) {
            return Optional.empty();
        }
        if (address.hasPassword()) {
            return Optional.empty();
        }
        Optional<String> typed = new FxDialogService(null).showCustomDialog(new PasswordDialog(address.display()));
        return typed.isPresent() ? typed : null;
    }

    /**
     * Opens the ledger on a thread of its own while the window shows "Opening ledger…", then shows the
     * main window; a refusal asks what to open instead ({@link #recover}) and opens that the same way.
     */
    private void openBehind(Stage stage, LanguagePreference preference, Attempt attempt) {
        Thread opener = new Thread(() -> {
            Ledger opened = null;
            RuntimeException problem = null;
            try {
                opened = attempt.open().get();
            } catch (RuntimeException e) {
                problem = e;
            }
            Ledger ledger = opened;
            RuntimeException failure = problem;
            Platform.runLater(() -> {
                if (ledger != null) {
                    showMainWindow(stage, preference, ledger);
                    return;
                }
                Attempt instead = recover(failure, attempt);
                if (instead == null) {
                    Platform.exit();
                } else {
                    openBehind(stage, preference, instead);
                }
            });
        }, "reimbursement-desk-opening");
        opener.setDaemon(true);
        opener.start();
    }

    private void showMainWindow(Stage stage, LanguagePreference preference, Ledger ledger) {
        session = new DeskSession(stage, ledger, ScreenRegistry.standard(), preference, layout);
        session.show(null);
        StartupClock.afterNextFrame(stage.getScene(), "usable", true);
    }

    /**
     * What to open instead of a ledger that could not be opened (run by {@link #openBehind}); null to
     * exit. A refusal says its own sentence; anything else is logged and told as the general one. After
     * a server's refusal, Server… starts from the URL that was tried (without a password in it: that is
     * asked again, never shown), and an empty database is first offered to be made a ledger.
     */
    static Attempt recover(RuntimeException failure, Attempt tried) {
        Texts texts = Texts.of("i18n.shell");
        FxDialogService dialogs = new FxDialogService(null);
        if (tried.url() != null && Failures.refusal(failure).filter(r -> "server.empty".equals(r.getKey())).isPresent()
                && dialogs.confirm(texts.get("server.new.title"), texts.format("server.offerNew.header", ServerAddress.parse(tried.url()).display()),
                        texts.get("server.offerNew.question"), texts.get("server.offerNew.yes"), texts.get("dialog.cancel"))) {
            var company = dialogs.showCustomDialog(new NewLedgerDialog());
            if (company.isPresent()) {
                return new Attempt(() -> LedgerOpener.createOnServer(tried.url(), tried.password(), company.get().code(), company.get().name(),
                        company.get().currency()), tried.url(), tried.password());
            }
        }
        String sentence = Failures.sentence(failure);
        String retry = tried.url() == null ? null : Services.withoutPasswordParameter(tried.url());
        while (true) {
            StartupProblemDialog.Choice choice = StartupProblemDialog.ask(dialogs, sentence);
            if (choice == StartupProblemDialog.Choice.OPEN) {
                Optional<Path> file = dialogs.chooseFileToOpen(texts.get("openLedger.title"), LedgerFiles.filters());
                if (file.isPresent()) {
                    return Attempt.file(() -> Ledger.open(file.get()));
                }
            } else if (choice == StartupProblemDialog.Choice.SERVER) {
                Optional<String> url = dialogs.showCustomDialog(new ServerLedgerDialog(false, retry));
                if (url.isPresent()) {
                    Optional<String> password = askPasswordIfNeeded(url.get());
                    if (password != null) {
                        return new Attempt(() -> LedgerOpener.openServer(url.get(), password.orElse(null)), url.get(), password.orElse(null));
                    }
                }
            } else if (choice == StartupProblemDialog.Choice.NEW) {
                Optional<Path> file = dialogs.chooseFileToSave(texts.get("newLedger.fileTitle"), "ledger.db", LedgerFiles.filters());
                if (file.isPresent()) {
                    var company = dialogs.showCustomDialog(new NewLedgerDialog());
                    if (company.isPresent()) {
                        return Attempt.file(() -> LedgerOpener.createEmpty(file.get(), company.get().code(), company.get().name(), company.get().currency()));
                    }
                }
            } else {
                return null;
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
