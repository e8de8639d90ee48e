package dk.reimbursementdesk.persistence;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.backup.BackupFile;
import dk.reimbursementdesk.persistence.backup.BackupFolder;
import dk.reimbursementdesk.persistence.backup.BackupReason;
import dk.reimbursementdesk.persistence.backup.OnlineBackup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * The backups of an open ledger file: the copies a unit of work asks for before it starts, the one
 * the close writes when anything was committed since the last, a copy to a chosen file, and the
 * list of its backup folder. It remembers SQLite's count of commits as of the last backup, which is
 * how the close knows whether the ledger changed. Its own class because backups are a job of their
 * own beside running units of work; {@link Ledger} hands its public methods here.
 */
final class LedgerBackups {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ledger.class);

    private final Path file;
    private final DataSource dataSource;
    private final LedgerAnchor anchor;
    /** SQLite's count of commits by other connections, as of the last backup: the close backs up when it moved. */
    private long backedUpVersion;

    LedgerBackups(Path file, DataSource dataSource, LedgerAnchor anchor) {
        this.file = file;
        this.dataSource = dataSource;
        this.anchor = anchor;
        this.backedUpVersion = anchor.dataVersion();
    }

    /** See {@link Ledger#backUp}. */
    BackupFile backUp(BackupReason reason) {
        long start = System.nanoTime();
        anchor.awaitCheckpoint();
        BackupFile written = BackupFolder.of(file).write(dataSource, reason, LocalDateTime.now());
        backedUpVersion = anchor.dataVersion();
        Ledger.TIMING.debug("backup ({}) {} ms, {} bytes", reason.label(), Ledger.millisSince(start), written.bytes());
        return written;
    }

    /** See {@link Ledger#backUpTo}. */
    Path backUpTo(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            throw UserException.in(SqlFailures.BUNDLE, "backup.targetExists", absolute);
        }
        anchor.awaitCheckpoint();
        OnlineBackup.copy(dataSource, absolute);
        return absolute;
    }

    List<BackupFile> list() {
        return BackupFolder.of(file).list();
    }

    /** After a restore: the restored content is a backup already, so the close need not copy it again. */
    void markBackedUp() {
        backedUpVersion = anchor.dataVersion();
    }

    /**
     * The close's backup, when anything was committed since the last one. A failure does not stop
     * the close: the work is committed in the ledger already, and the next unit of work's own backup
     * refuses with the reason if the folder still cannot be written.
     */
    void backUpAtCloseIfChanged() {
        if (anchor.dataVersion() == backedUpVersion) {
            return;
        }
        try {
            long start = System.nanoTime();
            BackupFolder.of(file).write(dataSource, BackupReason.CLOSE, LocalDateTime.now());
            Ledger.TIMING.debug("close: backup {} ms", Ledger.millisSince(start));
        } catch (UserException e) {
            LOG.warn("{}", e.getMessage());
        }
    }
}
