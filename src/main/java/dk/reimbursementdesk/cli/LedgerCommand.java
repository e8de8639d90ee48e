package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;

/**
 * A command that works on an existing ledger: opens the file or server named by {@code --ledger}
 * (refused with a sentence when it is missing, not a ledger, open elsewhere, or the server cannot
 * be reached or refuses the password), hands the command the ledger's
 * {@link Services}, and closes the file afterwards whatever happens.
 */
public abstract class LedgerCommand extends DeskSubcommand {

    @Override
    public final Integer call() throws Exception {
        if (fileOnly()) {
            // refused before connecting to a server: nothing there could be done
            desk().ledgerFile();
        }
        try (Services services = readsOnly() ? Services.openForReading(desk().ledger()) : Services.open(desk().ledger())) {
            return run(services);
        }
    }

    /** True for a command that only reads: the ledger is opened so that nothing can write it, nor upgrade it. */
    protected boolean readsOnly() {
        return false;
    }

    /** True for a command that works on a ledger file only (backup): refused on a server's URL with {@code server.fileOnly}. */
    protected boolean fileOnly() {
        return false;
    }

    /** Does the work; returns the exit code (0 done, 1 when the result itself is a failure, as for check). */
    protected abstract int run(Services services) throws Exception;
}
