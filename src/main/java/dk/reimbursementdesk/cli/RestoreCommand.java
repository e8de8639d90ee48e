package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.backup.BackupService;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE}: replaces the ledger with the backup FILE, after checking FILE in full and
 * backing up the ledger as it is. Refused (exit 1, nothing changed) when FILE is not a ledger, is
 * damaged or newer than the program, or the ledger is open elsewhere. A ledger too damaged to open
 * is set aside beside itself instead of backed up.
 */
@Command(name = "restore")
public final class RestoreCommand extends DeskSubcommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "restore.file")
    Path file;

    @Override
    public Integer call() {
        BackupService.Restored restored = BackupService.restoreInto(desk().ledgerFile(), file);
        out().println(text("cli.restore.done", restored.restored(), desk().ledgerFile().toAbsolutePath().normalize(), restored.previous()));
        return 0;
    }
}
