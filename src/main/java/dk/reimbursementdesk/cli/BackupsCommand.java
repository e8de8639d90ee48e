package dk.reimbursementdesk.cli;

import dk.reimbursementdesk.service.backup.BackupService;
import dk.reimbursementdesk.service.backup.BackupService.Backup;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code backups}: the ledger's backups, newest first, one a line: {@code path}, {@code created}
 * (ISO date-time), {@code reason}, {@code bytes}, tab-separated. Reads the backup folder only, so it
 * works while the ledger is open elsewhere, and when the ledger is damaged or gone.
 */
@Command(name = "backups")
public final class BackupsCommand extends DeskSubcommand {

    @Override
    public Integer call() {
        List<Backup> backups = BackupService.list(desk().ledgerFile());
        for (Backup backup : backups) {
            out().println(TabSeparated.line(backup.path(), backup.created(), backup.reason(), backup.bytes()));
        }
        return 0;
    }
}
