package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.ledger.AboutLedger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.audit.AuditOrigin;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.gl.CompanyInfo;
import dk.reimbursementdesk.ui.Screen;
import dk.reimbursementdesk.ui.ScreenContext;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.TaskExecutor;
import dk.reimbursementdesk.ui.common.Texts;
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
import javafx.concurrent.Task;

/**
 * The main window's state: which screen shows, what the status bar says, whether the ledger check
 * runs; and its acts (open a screen, check the ledger, open or create a ledger, switch language).
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
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private final ObjectProperty<NavItem> currentItem = new SimpleObjectProperty<>();
    private final ObjectProperty<Screen> currentScreen = new SimpleObjectProperty<>();

    public MainWindowViewModel(ShellHost host, ScreenRegistry registry, TaskExecutor tasks, DialogService dialogs) {
        this.host = host;
        this.registry = registry.navigateWith(this::open);
        this.tasks = tasks;
        this.dialogs = dialogs;
        Services services = host.services();
        ledgerText.set(texts.format("status.ledger", services.ledgerFile().toString()));
        try {
            CompanyInfo company = services.generalLedger().companyInfo();
            companyText.set(texts.format("status.company", company.name(), company.code(), company.accountingCurrency()));
            demo.set(company.demo());
            windowTitle.set(texts.format(company.demo() ? "window.title.demo" : "window.title", company.name()));
        } catch (UserException e) {
            companyText.set(e.getMessage());
            windowTitle.set(texts.format("window.title", services.ledgerFile().getFileName().toString()));
        }
    }

    /** Closes the screen showing and opens {@code item}'s; a screen that fails to open is told as a sentence. */
    public void open(NavItem item) {
        if (item == null || item == currentItem.get()) {
            return;
        }
        closeCurrentScreen();
        try {
            currentScreen.set(registry.factoryFor(item).open(new ScreenContext(host.services(), tasks, dialogs)));
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
        checking.set(true);
        task.setOnSucceeded(event -> {
            checking.set(false);
            LedgerCheckService.Report report = task.getValue();
            String text = report.allWell()
                    ? new UserException("check.allWell").getMessage()
                    : texts.format("check.findings", report.findings().size()) + "\n\n" + String.join("\n", report.findings());
            dialogs.showInformation(texts.get("check.title"), text);
        });
        task.setOnFailed(event -> {
            checking.set(false);
            dialogs.showError(Failures.sentence(task.getException()));
        });
        return tasks.execute(task);
    }

    /** Opens another ledger; on refusal the current one stays open, its screen untouched, and the sentence is shown. */
    public void openLedger(Path file) {
        try {
            host.openLedger(file);
        } catch (RuntimeException e) {
            dialogs.showError(Failures.sentence(e));
        }
    }

    public void createLedger(Path file, String companyCode, String companyName, String currency) {
        try {
            host.createLedger(file, companyCode, companyName, currency);
        } catch (RuntimeException e) {
            dialogs.showError(Failures.sentence(e));
        }
    }

    public void switchLanguage(Locale locale) {
        if (!locale.getLanguage().equals(host.language().getLanguage())) {
            // the host rebuilds the window and reopens the current screen, closing this one
            host.switchLanguage(locale);
        }
    }

    public Locale language() {
        return host.language();
    }

    public void exit() {
        closeCurrentScreen();
        host.exit();
    }

    public String aboutText() {
        return texts.format("about.text", host.services().ledgerFile().toString(), AboutLedger.programVersion(),
                host.services().about().schemaVersion());
    }

    /** Called when the window goes away or is rebuilt: the showing screen lets go of its listeners and tasks. */
    public void closeCurrentScreen() {
        Screen screen = currentScreen.get();
        currentScreen.set(null);
        currentItem.set(null);
        if (screen != null) {
            screen.close();
        }
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

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    public ReadOnlyObjectProperty<NavItem> currentItemProperty() {
        return currentItem;
    }

    public ReadOnlyObjectProperty<Screen> currentScreenProperty() {
        return currentScreen;
    }
}
