package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.ledger.AboutLedger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.audit.AuditOrigin;
import dk.reimbursementdesk.service.gl.CompanyInfo;
import dk.reimbursementdesk.ui.ListFilter;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.ScreenFactory;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
import dk.reimbursementdesk.ui.common.Themes;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's state: which screen shows, what the status bar says, whether background work
 * runs; and its own acts: open a screen (every act that replaces it lets the showing one go first),
 * open or create a ledger file, switch language or theme, exit. The menus' acts on the ledger itself
 * are {@link #ledgerMenu()}'s, the server dialogs {@link #serverLedger()}'s; both run their work as the
 * window's {@link WindowWork}, whose state this class hands the view.
 */
public final class MainWindowViewModel {

    private final ShellHost host;
    private final ScreenRegistry registry;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Texts texts = Texts.of("i18n.shell");
    private final WindowWork work;
    private final LedgerMenuActions ledgerMenu;
    private final ServerLedgerFlow serverLedger;

    private final StringProperty ledgerText = new SimpleStringProperty("");
    private final StringProperty companyText = new SimpleStringProperty("");
    private final StringProperty windowTitle = new SimpleStringProperty("");
    private final BooleanProperty demo = new SimpleBooleanProperty(false);
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
        this.work = new WindowWork(tasks);
        this.ledgerMenu = new LedgerMenuActions(host, work, dialogs, this);
        this.serverLedger = new ServerLedgerFlow(host, work, dialogs, this);
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

    /** Tools > Check ledger, File > Backups… and File > Import bank status…. */
    public LedgerMenuActions ledgerMenu() {
        return ledgerMenu;
    }

    /** File > Open ledger on a server… and File > New ledger on a server…. */
    public ServerLedgerFlow serverLedger() {
        return serverLedger;
    }

    /** True while a check, a backup, a restore, a bank status import or a server's ledger runs in the background. */
    public ReadOnlyBooleanProperty busyProperty() {
        return work.busyProperty();
    }

    /** What the background work in progress is, for the status bar. */
    public ReadOnlyStringProperty busyTextProperty() {
        return work.busyTextProperty();
    }

    public ReadOnlyObjectProperty<NavItem> currentItemProperty() {
        return currentItem;
    }

    public ReadOnlyObjectProperty<Screen> currentScreenProperty() {
        return currentScreen;
    }
}
