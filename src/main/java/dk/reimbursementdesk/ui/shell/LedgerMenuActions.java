package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.service.audit.AuditOrigin;
import dk.reimbursementdesk.service.backup.BackupService;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.payment.BankStatusService;
import dk.reimbursementdesk.service.payment.status.StatusImport;
import dk.reimbursementdesk.ui.backup.BackupsDialog;
import dk.reimbursementdesk.ui.bankstatus.BankStatusDialog;
import dk.reimbursementdesk.ui.common.DialogService;
import dk.reimbursementdesk.ui.common.Failures;
import dk.reimbursementdesk.ui.common.Formats;
import dk.reimbursementdesk.ui.common.Texts;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.concurrent.Task;

/**
 * What the menus do to the open ledger itself rather than to a screen: Tools > Check ledger, File >
 * Backups… with its Back up now and Restore…, and File > Import bank status…. Each asks or confirms
 * in a dialog, runs off the FX thread as the window's {@link WindowWork} and tells its outcome; the
 * window is only asked to let its screen go or read it again. Its own class because these acts share
 * the ledger's services and dialogs and none of the navigation the main window's view model keeps.
 */
public final class LedgerMenuActions {

    /** The entries whose screens list what a bank's answer changes (see {@link #reopenIfItShowsPayments}). */
    private static final Set<NavItem> SHOWS_PAYMENTS = EnumSet.of(NavItem.OVERVIEW, NavItem.REIMBURSEMENTS,
            NavItem.VENDOR_PAYMENTS, NavItem.VOUCHERS, NavItem.TRIAL_BALANCE);

    private final ShellHost host;
    private final WindowWork work;
    private final DialogService dialogs;
    private final MainWindowViewModel window;
    private final Texts texts = Texts.of("i18n.shell");

    LedgerMenuActions(ShellHost host, WindowWork work, DialogService dialogs, MainWindowViewModel window) {
        this.host = host;
        this.work = work;
        this.dialogs = dialogs;
        this.window = window;
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
        return work.run(texts.get("check.running"), task, report -> {
            String text = report.allWell()
                    ? report.allWellSentence()
                    : texts.format("check.findings", report.findings().size()) + "\n\n" + String.join("\n", report.findings());
            dialogs.showInformation(texts.get("check.title"), text);
        }, this::tell);
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
        return work.run(text.get("backup.running"), backups::backUpNow,
                backup -> dialogs.showInformation(text.get("backups.title"), text.format("backup.done", backup.path())),
                this::tell);
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
        window.closeCurrentScreen();
        BackupService backups = host.services().backups();
        Path ledgerFile = host.services().ledgerFile();
        return work.run(text.get("restore.running"), () -> backups.restore(backup), restored -> {
            // the same file again: the host rebuilds the window over the restored content
            host.openLedger(ledgerFile);
            dialogs.showInformation(text.get("restore.title"), text.format("restore.done", restored.restored(), restored.previous()));
        }, this::tell);
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
        return work.run(text.get("ui.working"), () -> AuditOrigin.during(origin, () -> bankStatus.importFile(file.get())), result -> {
            if (!result.alreadyImported()) {
                reopenIfItShowsPayments();
            }
            dialogs.showCustomDialog(new BankStatusDialog(result));
        }, failure -> dialogs.showError(Failures.sentence(failure, text.get("ui.failed"))));
    }

    /**
     * Reads the showing screen again when it lists what a bank's answer changes (reimbursements,
     * payments, the start page's sums), so a rejection shows at once; other screens, forms with
     * changes among them, are left as they are.
     */
    private void reopenIfItShowsPayments() {
        NavItem item = window.currentItemProperty().get();
        if (SHOWS_PAYMENTS.contains(item)) {
            window.leaveCurrentScreen(() -> {
                window.closeCurrentScreen();
                window.open(item);
            });
        }
    }

    private void tell(Throwable failure) {
        dialogs.showError(Failures.sentence(failure));
    }
}
