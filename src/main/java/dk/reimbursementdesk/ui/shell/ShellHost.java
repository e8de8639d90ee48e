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

    /**
     * Opens the ledger on the server at {@code url} (slow: connecting, the schema, Hibernate), on the
     * caller's thread, which is never the FX thread; {@code password} is what the user typed, or null
     * when the URL or PGPASSWORD gives it. A refusal (UserException) leaves the current ledger open.
     */
    default OpenedLedger openServer(String url, String password) {
        throw new UnsupportedOperationException("This window opens no ledgers on servers");
    }

    /** Like {@link #openServer}, making the empty database at {@code url} a ledger with its company first. */
    default OpenedLedger createOnServer(String url, String password, String companyCode, String companyName, String accountingCurrency) {
        throw new UnsupportedOperationException("This window opens no ledgers on servers");
    }

    /** On the FX thread: shows {@code opened} in place of the current ledger, which closes. */
    default void switchTo(OpenedLedger opened) {
        throw new UnsupportedOperationException("This window opens no ledgers on servers");
    }

    Locale language();

    /** Switches the language at once (the window is rebuilt) and remembers the choice. */
    void switchLanguage(Locale locale);

    void exit();

    /** Where the window and its screens remember their layout; by default nowhere lasting (tests). */
    default LayoutMemory layout() {
        return new LayoutMemory(DesktopSettings.inMemory());
    }
}
