package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.ledger.AboutLedger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.audit.AuditOrigin;
import dk.reimbursementdesk.service.backup.BackupService;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.gl.CompanyInfo;
import dk.reimbursementdesk.service.payment.BankStatusService;
import dk.reimbursementdesk.service.payment.status.StatusImport;
import dk.reimbursementdesk.ui.ListFilter;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.backup.BackupsDialog;
import dk.reimbursementdesk.ui.bankstatus.BankStatusDialog;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.common.Themes;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * The main window's state: which screen shows, what the status bar says, whether the ledger check
 * runs; and its acts (open a screen, check the ledger, back up and restore, open or create a ledger,
 * switch language).
 */
public final class MainWindowViewModel {

    private final ShellHost host;
    private final ScreenRegistry registry;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Texts texts = Texts.of("i18n.shell");

    private final StringProperty ledgerText = new SimpleStringProperty("");
    private final StringProperty companyText = new SimpleStringProperty("");
    private final StringProperty windowTitle = new SimpleStringProperty("");
    private final BooleanProperty demo = new SimpleBooleanProperty(false);
    /** True while a check, backup or restore runs off the FX thread; {@code busyText} says which. */
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty busyText = new SimpleStringProperty("");
    private final ObjectProperty<NavItem> currentItem = new SimpleObjectProperty<>();
    private final ObjectProperty<Screen> currentScreen = new SimpleObjectProperty<>();

    public MainWindowViewModel(ShellHost host, ScreenRegistry registry, TaskExecutor tasks, DialogService dialogs) {
        this.host = host;
        this.registry = registry.navigateWith(new Navigator() {
            @Override
            public void open(NavItem item, ListFilter filter) {
                MainWindowViewModel.this.open(item, filter);
            }

            @Override
            public void open(NavItem item, ScreenFactory screen) {
                MainWindowViewModel.this.open(item, screen);
            }
        });
        this.tasks = tasks;
        this.dialogs = dialogs;
        Services services = host.services();
        ledgerText.set(texts.format(services.onServer() ? "status.server" : "status.ledger", services.ledgerName()));
        try {
            CompanyInfo company = services.generalLedger().companyInfo();
            companyText.set(texts.format("status.company", company.name(), company.code(), company.accountingCurrency()));
            demo.set(company.demo());
            windowTitle.set(texts.format(company.demo() ? "window.title.demo" : "window.title", company.name()));
        } catch (UserException e) {
            companyText.set(e.getMessage());
            windowTitle.set(texts.format("window.title", services.onServer() ? services.ledgerName()
                    : services.ledgerFile().getFileName().toString()));
        }
    }

    /** Closes the screen showing and opens {@code item}'s; a screen that fails to open is told as a sentence. */
    public void open(NavItem item) {
        if (item == null || item == currentItem.get()) {
            return;
        }
        leaveCurrentScreen(() -> openNow(item));
    }

    /** Opens {@code item}'s screen narrowed to {@code filter} (an Overview bar's list), as far as the screen can. */
    public void open(NavItem item, ListFilter filter) {
        if (item == null) {
            return;
        }
        leaveCurrentScreen(() -> {
            openNow(item);
            Screen screen = currentScreen.get();
            if (screen != null && item == currentItem.get() && filter != null && filter != ListFilter.NONE) {
                screen.showOnly(filter);
            }
        });
    }

    /**
     * Opens {@code item}'s entry showing the screen {@code screen} builds (a hand-over from another
     * screen, such as Reimburse… for one customer), even when the entry is open already.
     */
    public void open(NavItem item, ScreenFactory screen) {
        leaveCurrentScreen(() -> show(item, screen));
    }

    /**
     * Runs {@code then} once the showing screen lets the user go (see {@link Screen#leave}): at once
     * when it has no unsaved changes; after Save or Discard when it has; never after Cancel, which
     * keeps the screen and its changes. Every act that replaces the screen goes through here.
     */
    public void leaveCurrentScreen(Runnable then) {
        Screen screen = currentScreen.get();
        if (screen == null) {
            then.run();
        } else {
            screen.leave(then);
        }
    }

    private void openNow(NavItem item) {
        if (item == currentItem.get()) {
            return;
        }
        show(item, registry.factoryFor(item));
    }

    private void show(NavItem item, ScreenFactory factory) {
        closeCurrentScreen();
        try {
            Screen screen = factory.open(new ScreenContext(host.services(), tasks, dialogs));
            host.layout().restore(layoutScope(item), screen.root());
            currentScreen.set(screen);
            currentItem.set(item);
            AuditOrigin.setStanding(AuditOrigin.screen(englishName(item)));
        } catch (RuntimeException e) {
            dialogs.showError(Failures.sentence(e));
        }
    }

    /** The entry's English label ("Reimbursement"): the audit log names screens the same in every language. */
    private static String englishName(NavItem item) {
        return java.util.ResourceBundle.getBundle("i18n.shell", Locale.ROOT,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT)).getString(item.key());
    }

    /** Runs the ledger check off the FX thread and shows its findings, or the all-well sentence. */
    public Task<LedgerCheckService.Report> checkLedger() {
        LedgerCheckService check = host.services().ledgerCheck();
        Task<LedgerCheckService.Report> task = new Task<>() {
            @Override
            protected LedgerCheckService.Report call() {
                updateMessage(texts.get("check.running"));
                return check.check();
            }
        };
        startBusy(texts.get("check.running"));
        task.setOnSucceeded(event -> {
            busy.set(false);
            LedgerCheckService.Report report = task.getValue();
            String text = report.allWell()
                    ? report.allWellSentence()
                    : texts.format("check.findings", report.findings().size()) + "\n\n" + String.join("\n", report.findings());
            dialogs.showInformation(texts.get("check.title"), text);
        });
        task.setOnFailed(event -> {
            busy.set(false);
            dialogs.showError(Failures.sentence(task.getException()));
        });
        return tasks.execute(task);
    }

    /**
     * File > Backups…: lists the ledger's backups and does what the clerk chose there, restore or back up
     * now. Returns the task started, or null when the clerk closed the dialog or did not confirm. On a
     * server there are no backup files: the refusal ({@code server.fileOnly}) is told, where it used to
     * escape the menu's handler as a stack trace on standard error with nothing on screen.
     */
    public Task<?> showBackups() {
        BackupService backups = host.services().backups();
        Path folder;
        List<BackupService.Backup> known;
        try {
            folder = backups.folder();
            known = backups.list();
        } catch (UserException fileOnly) {
            dialogs.showError(fileOnly.getMessage());
            return null;
        }
        return dialogs.showCustomDialog(new BackupsDialog(folder, known))
                .map(choice -> choice instanceof BackupsDialog.Restore restore ? restore(restore.backup()) : backUpNow())
                .orElse(null);
    }

    /** Writes a backup of the open ledger into its backup folder, off the FX thread, and says where. */
    public Task<BackupService.Backup> backUpNow() {
        BackupService backups = host.services().backups();
        Texts text = BackupsDialog.texts();
        Task<BackupService.Backup> task = new Task<>() {
            @Override
            protected BackupService.Backup call() {
                return backups.backUpNow();
            }
        };
        startBusy(text.get("backup.running"));
        task.setOnSucceeded(event -> {
            busy.set(false);
            dialogs.showInformation(text.get("backups.title"), text.format("backup.done", task.getValue().path()));
        });
        task.setOnFailed(event -> {
            busy.set(false);
            dialogs.showError(Failures.sentence(task.getException()));
        });
        return tasks.execute(task);
    }

    /**
     * Restores {@code backup} into the open ledger once the clerk confirms: the screen showing is closed
     * first (it may be reading), the service checks the file in full and backs up the ledger as it is,
     * and the window is rebuilt over the restored content. Null when the clerk says no.
     */
    public Task<BackupService.Restored> restore(Path backup) {
        Texts text = BackupsDialog.texts();
        List<BackupService.Backup> known = host.services().backups().list();
        String when = known.stream().filter(b -> b.path().equals(backup)).findFirst()
                .map(b -> Formats.dateTime(b.created()))
                .orElse(backup.getFileName().toString());
        if (!dialogs.confirm(text.get("restore.title"), text.format("restore.header", when),
                text.format("restore.question", when, host.services().ledgerFile().getFileName().toString()),
                text.get("restore.yes"), text.get("restore.no"))) {
            return null;
        }
        closeCurrentScreen();
        BackupService backups = host.services().backups();
        Path ledgerFile = host.services().ledgerFile();
        Task<BackupService.Restored> task = new Task<>() {
            @Override
            protected BackupService.Restored call() {
                return backups.restore(backup);
            }
        };
        startBusy(text.get("restore.running"));
        task.setOnSucceeded(event -> {
            busy.set(false);
            BackupService.Restored restored = task.getValue();
            // the same file again: the host rebuilds the window over the restored content
            host.openLedger(ledgerFile);
            dialogs.showInformation(text.get("restore.title"), text.format("restore.done", restored.restored(), restored.previous()));
        });
        task.setOnFailed(event -> {
            busy.set(false);
            dialogs.showError(Failures.sentence(task.getException()));
        });
        return tasks.execute(task);
    }

    /**
     * File > Import bank status…: the bank's payment status report (pain.002) chosen, imported off the FX
     * thread in one transaction, and what it did shown payment by payment. A refused file is told as its
     * sentence (nothing was written); an import that changed the ledger reads a list of payments or
     * reimbursements showing again, so it shows the rejections. Null when no file was chosen.
     */
    public Task<StatusImport> importBankStatus() {
        Texts text = BankStatusDialog.texts();
        Optional<Path> file = dialogs.chooseFileToOpen(text.get("ui.title"), BankStatusDialog.filters());
        if (file.isEmpty()) {
            return null;
        }
        BankStatusService bankStatus = host.services().bankStatus();
        String origin = AuditOrigin.screen(BankStatusDialog.englishName());
        Task<StatusImport> task = new Task<>() {
            @Override
            protected StatusImport call() {
                return AuditOrigin.during(origin, () -> bankStatus.importFile(file.get()));
            }
        };
        startBusy(text.get("ui.working"));
        task.setOnSucceeded(event -> {
            busy.set(false);
            StatusImport result = task.getValue();
            if (!result.alreadyImported()) {
                reopenIfItShowsPayments();
            }
            dialogs.showCustomDialog(new BankStatusDialog(result));
        });
        task.setOnFailed(event -> {
            busy.set(false);
            dialogs.showError(Failures.sentence(task.getException(), text.get("ui.failed")));
        });
        return tasks.execute(task);
    }

    /**
     * Reads the showing screen again when it lists what a bank's answer changes (reimbursements,
     * payments, the start page's sums), so a rejection shows at once; other screens, forms with
     * changes among them, are left as they are.
     */
    private void reopenIfItShowsPayments() {
        NavItem item = currentItem.get();
        if (SHOWS_PAYMENTS.contains(item)) {
            leaveCurrentScreen(() -> {
                closeCurrentScreen();
                open(item);
            });
        }
    }

    private static final Set<NavItem> SHOWS_PAYMENTS = EnumSet.of(NavItem.OVERVIEW, NavItem.REIMBURSEMENTS,
            NavItem.VENDOR_PAYMENTS, NavItem.VOUCHERS, NavItem.TRIAL_BALANCE);

    private void startBusy(String text) {
        busyText.set(text);
        busy.set(true);
    }

    /** Opens another ledger; on refusal the current one stays open, its screen untouched, and the sentence is shown. */
    public void openLedger(Path file) {
        leaveCurrentScreen(() -> {
            try {
                host.openLedger(file);
            } catch (RuntimeException e) {
                dialogs.showError(Failures.sentence(e));
            }
        });
    }

    public void createLedger(Path file, String companyCode, String companyName, String currency) {
        leaveCurrentScreen(() -> {
            try {
                host.createLedger(file, companyCode, companyName, currency);
            } catch (RuntimeException e) {
                dialogs.showError(Failures.sentence(e));
            }
        });
    }

    /**
     * File > Open ledger on a server…: the URL (checked at its field), the password when the URL
     * and PGPASSWORD give none, then, once the showing screen lets the user go, the ledger opened off
     * the FX thread with "Opening ledger…" in the status bar. A refusal (unreachable, wrong password,
     * no ledger there) is told as its sentence and the current ledger stays; an empty database is
     * offered to be made a ledger instead ({@link #offerToCreate}). Null when the user cancelled.
     */
    public Task<OpenedLedger> openServerLedger() {
        Optional<ServerLogin> login = askServer(false);
        if (login.isEmpty()) {
            return null;
        }
        ServerLogin server = login.get();
        return openOffThread(() -> host.openServer(server.url(), server.password()), failure -> offerToCreate(server, failure));
    }

    /** The refusal of a database without any object in it ({@code server.empty}): one the window can make a ledger. */
    private static final String EMPTY_DATABASE = "server.empty";

    /**
     * After Open ledger on a server… found an empty database: asks whether to make it a ledger, then
     * goes on as File > New ledger on a server… with the same URL and password, so the clerk neither
     * retypes them nor reads a sentence about a menu. False (the refusal is told) for any other failure.
     */
    private boolean offerToCreate(ServerLogin login, Throwable failure) {
        if (Failures.refusal(failure).filter(refusal -> EMPTY_DATABASE.equals(refusal.getKey())).isEmpty()) {
            return false;
        }
        if (dialogs.confirm(texts.get("server.new.title"), texts.format("server.offerNew.header", Services.serverName(login.url())),
                texts.get("server.offerNew.question"), texts.get("server.offerNew.yes"), texts.get("dialog.cancel"))) {
            createOnServer(login);
        }
        return true;
    }

    /**
     * File > New ledger on a server…: the URL and password as for {@link #openServerLedger}, then the
     * company (the same dialog as a new file's); the empty database is made a ledger off the FX thread.
     */
    public Task<OpenedLedger> newServerLedger() {
        return askServer(true).map(this::createOnServer).orElse(null);
    }

    /** The company asked for, then the empty database at {@code login} made a ledger off the FX thread; null when cancelled. */
    private Task<OpenedLedger> createOnServer(ServerLogin login) {
        Optional<NewLedgerForm.Company> company = dialogs.showCustomDialog(new NewLedgerDialog());
        if (company.isEmpty()) {
            return null;
        }
        NewLedgerForm.Company c = company.get();
        return openOffThread(() -> host.createOnServer(login.url(), login.password(), c.code(), c.name(), c.currency()),
                failure -> offerToOpen(login, failure));
    }

    /** The refusal of a new ledger in a database that holds one ({@code server.alreadyLedger}). */
    private static final String LEDGER_THERE = "server.alreadyLedger";

    /**
     * After New ledger on a server… found a ledger in the database: its sentence says "open it
     * instead", so the clerk is asked whether to, and it opens with the same URL and password.
     * False (the refusal is told) for any other failure.
     */
    private boolean offerToOpen(ServerLogin login, Throwable failure) {
        Optional<UserException> refusal = Failures.refusal(failure).filter(r -> LEDGER_THERE.equals(r.getKey()));
        if (refusal.isEmpty()) {
            return false;
        }
        if (dialogs.confirm(texts.get("server.open.title"), refusal.get().getMessage(), texts.get("server.offerOpen.question"),
                texts.get("server.offerOpen.yes"), texts.get("dialog.cancel"))) {
            openOffThread(() -> host.openServer(login.url(), login.password()), none -> false);
        }
        return true;
    }

    /** A server's URL and the password typed for it (null when none was asked: the URL or PGPASSWORD has it). */
    private record ServerLogin(String url, String password) {
        @Override
        public String toString() {
            return Services.withoutPassword(url);
        }
    }

    /**
     * The last server URL given in this window, without a password: the next server dialog starts
     * from it, so a mistyped password does not mean typing the URL again. Never saved.
     */
    private String lastServerUrl;

    private Optional<ServerLogin> askServer(boolean create) {
        Optional<String> url = dialogs.showCustomDialog(new ServerLedgerDialog(create, lastServerUrl));
        if (url.isEmpty()) {
            return Optional.empty();
        }
        lastServerUrl = Services.withoutPasswordParameter(url.get());
        if (!Services.needsPassword(url.get())) {
            return Optional.of(new ServerLogin(url.get(), null));
        }
        return dialogs.showCustomDialog(new PasswordDialog(Services.serverName(url.get())))
                .map(password -> new ServerLogin(url.get(), password));
    }

    /** {@code answered}: true when it answered the failure itself; otherwise its sentence is told. */
    private Task<OpenedLedger> openOffThread(java.util.function.Supplier<OpenedLedger> open,
            java.util.function.Predicate<Throwable> answered) {
        java.util.concurrent.atomic.AtomicReference<Task<OpenedLedger>> started = new java.util.concurrent.atomic.AtomicReference<>();
        leaveCurrentScreen(() -> {
            Task<OpenedLedger> task = new Task<>() {
                @Override
                protected OpenedLedger call() {
                    return open.get();
                }
            };
            startBusy(texts.get("startup.opening"));
            task.setOnSucceeded(event -> {
                busy.set(false);
                host.switchTo(task.getValue());
            });
            task.setOnFailed(event -> {
                busy.set(false);
                if (!answered.test(task.getException())) {
                    dialogs.showError(Failures.sentence(task.getException()));
                }
            });
            started.set(tasks.execute(task));
        });
        return started.get();
    }

    /** True when the switch was made (or not needed); false when the user kept his unsaved changes. */
    public boolean switchLanguage(Locale locale) {
        if (locale.getLanguage().equals(host.language().getLanguage())) {
            return true;
        }
        boolean[] switched = {false};
        // the host rebuilds the window and reopens the current screen, closing this one
        leaveCurrentScreen(() -> {
            switched[0] = true;
            host.switchLanguage(locale);
        });
        return switched[0];
    }

    /** Ctrl+F: the showing screen's filter field takes the keyboard; false when there is none. */
    public boolean focusFilter() {
        Screen screen = currentScreen.get();
        return screen != null && screen.focusFilter();
    }

    /** F5: the showing screen reads the ledger again; false when it has nothing to read again. */
    public boolean refresh() {
        Screen screen = currentScreen.get();
        return screen != null && screen.refresh();
    }

    /** Switches every window to the dark (or the light) theme and remembers it for the next start. */
    public void chooseDarkTheme(boolean dark) {
        Themes.choose(host.layout().settings(), dark);
    }

    public Locale language() {
        return host.language();
    }

    /** File > Exit: after the showing screen lets the user go, the host asks while work runs, then closes. */
    public void exit() {
        leaveCurrentScreen(host::exit);
    }

    public String aboutText() {
        return texts.format("about.text", host.services().ledgerName(), AboutLedger.programVersion(),
                host.services().about().schemaVersion());
    }

    /** Called when the window goes away or is rebuilt: the showing screen lets go of its listeners and tasks. */
    public void closeCurrentScreen() {
        Screen screen = currentScreen.get();
        NavItem item = currentItem.get();
        currentScreen.set(null);
        currentItem.set(null);
        if (screen != null) {
            if (item != null) {
                host.layout().remember(layoutScope(item), screen.root());
            }
            screen.close();
        }
    }

    /** The name a screen's columns and dividers are remembered under: its entry, the same in every language. */
    static String layoutScope(NavItem item) {
        return "screen." + item.name();
    }

    public ReadOnlyStringProperty ledgerTextProperty() {
        return ledgerText;
    }

    public ReadOnlyStringProperty companyTextProperty() {
        return companyText;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle;
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo;
    }

    /** True while a check, a backup or a restore runs in the background. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What the background work in progress is, for the status bar. */
    public ReadOnlyStringProperty busyTextProperty() {
        return busyText;
    }

    public ReadOnlyObjectProperty<NavItem> currentItemProperty() {
        return currentItem;
    }

    public ReadOnlyObjectProperty<Screen> currentScreenProperty() {
        return currentScreen;
    }
}
