package dk.reimbursementdesk.service.backup;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.backup.BackupReason;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The one call a use case that changes many rows makes before its unit of work (issue 11): a
 * consistent copy of the ledger into its backup folder. When the copy cannot be written (a full
 * disk, a folder that cannot be written), the refusal stops the use case before it has written
 * anything.
 */
public final class Backups {

    private Backups() {
    }

    /**
     * On a ledger on a PostgreSQL server there is no copy to make: the server's own backups
     * ({@code pg_dump}, its WAL archive: see the README's "Working together on PostgreSQL") stand for
     * it, and the unit of work is one server transaction, whole or not at all.
     */
    public static void before(Ledger ledger, BackupReason reason) {
        if (!ledger.onServer()) {
            ledger.backUp(reason);
        }
    }

    /**
     * For a use case with progress and Cancel: {@code starting} tells the dialog a backup is being
     * written (a second or more on a large ledger), and a Cancel pressed meanwhile stops the use
     * case right after it, before anything is written.
     *
     * @throws CancellationException when {@code cancelled} says so once the backup is written
     */
    public static void before(Ledger ledger, BackupReason reason, Runnable starting, BooleanSupplier cancelled) {
        if (ledger.onServer()) {
            return;
        }
        starting.run();
        ledger.backUp(reason);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
    }
}
