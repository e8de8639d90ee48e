package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.Services;

/**
 * A command that works on an existing ledger: opens the file named by {@code --ledger} (refused with a
 * sentence when it is missing, not a ledger, or open elsewhere), hands the command the ledger's
 * {@link Services}, and closes the file afterwards whatever happens.
 */
public abstract class LedgerCommand extends DeskSubcommand {

    @Override
    public final Integer call() throws Exception {
        try (Services services = readsOnly() ? Services.openForReading(desk().ledgerFile()) : Services.open(desk().ledgerFile())) {
            return run(services);
        }
    }

    /** True for a command that only reads: the ledger is opened so that nothing can write it, nor upgrade it. */
    protected boolean readsOnly() {
        return false;
    }

    /** Does the work; returns the exit code (0 done, 1 when the result itself is a failure, as for check). */
    protected abstract int run(Services services) throws Exception;
}
