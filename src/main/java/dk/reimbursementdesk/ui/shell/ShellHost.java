package dk.reimbursementdesk.ui.shell;

import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.ui.common.DesktopSettings;
import dk.reimbursementdesk.ui.common.LayoutMemory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the main window asks of the application around it: the open ledger's services, and the acts
 * that replace the ledger or the language (and so rebuild the window). Implemented in app, which is
 * the only place that opens ledgers.
 */
public interface ShellHost {

    Services services();

    /** Opens {@code file} in place of the current ledger; a refusal (UserException) keeps the current one. */
    void openLedger(Path file);

    /** Creates a new, empty ledger at {@code file} with its company and opens it in place of the current one. */
    void createLedger(Path file, String companyCode, String companyName, String accountingCurrency);

    Locale language();

    /** Switches the language at once (the window is rebuilt) and remembers the choice. */
    void switchLanguage(Locale locale);

    void exit();

    /** Where the window and its screens remember their layout; by default nowhere lasting (tests). */
    default LayoutMemory layout() {
        return new LayoutMemory(DesktopSettings.inMemory());
    }
}
