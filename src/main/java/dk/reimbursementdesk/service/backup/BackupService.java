package dk.reimbursementdesk.service.backup;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.UnitOfWork;
import dk.reimbursementdesk.persistence.backup.BackupFile;
import dk.reimbursementdesk.persistence.backup.BackupFolder;
import dk.reimbursementdesk.persistence.backup.BackupReason;
import dk.reimbursementdesk.service.audit.AuditEvent;
import dk.reimbursementdesk.service.audit.AuditLog;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The ledger's backups as the window (File > Backups…) and the command line ({@code backup},
 * {@code backups}, {@code restore}) see them. The copies themselves are SQLite's online backup of the
 * live ledger (see {@code persistence.backup}); the units of work that change many rows take theirs
 * through {@link Backups#before}.
 */
public final class BackupService {

    /** One backup: where it is, when it was taken, why ({@code run}, {@code close}, ...), how big. */
    public record Backup(Path path, LocalDateTime created, String reason, long bytes) {
    }

    /** A restore done: the file restored, and the backup of the ledger as it was just before. */
    public record Restored(Path restored, Path previous) {
    }

    private final Ledger ledger;

    public BackupService(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Writes a backup into the ledger's backup folder (reason {@code manual}). */
    public Backup backUpNow() {
        return entry(ledger.backUp(BackupReason.MANUAL));
    }

    /** Writes a backup to {@code target}, which must not exist; returns the path written. */
    public Path backUpTo(Path target) {
        return ledger.backUpTo(target);
    }

    /** The folder beside the ledger that holds its backups ({@code <ledger name>.backups/}). */
    public Path folder() {
        return BackupFolder.of(ledger.file()).folder();
    }

    /** The open ledger's backups, newest first. */
    public List<Backup> list() {
        return entries(ledger.backups());
    }

    /**
     * The backups of the ledger file {@code ledgerFile}, newest first, without opening it: they can be
     * listed while the ledger is open elsewhere, or when it is damaged or gone.
     */
    public static List<Backup> list(Path ledgerFile) {
        return entries(BackupFolder.of(ledgerFile).list());
    }

    /**
     * Replaces the open ledger's content with {@code backup} (checked in full first; the ledger as
     * it was is backed up with reason {@code restore}).
     */
    public Restored restore(Path backup) {
        Path source = backup.toAbsolutePath().normalize();
        return new Restored(source, ledger.restoreFrom(source, (work, previous) -> appendRestore(work, source, ledger.file(), previous))
                .path());
    }

    /**
     * The {@code restore} command: restores {@code backup} into the ledger file, also one too damaged
     * to open (then set aside beside it, byte for byte, rather than backed up).
     */
    public static Restored restoreInto(Path ledgerFile, Path backup) {
        Path source = backup.toAbsolutePath().normalize();
        Path file = ledgerFile.toAbsolutePath().normalize();
        return new Restored(source, Ledger.restore(file, source, (work, previous) -> appendRestore(work, source, file, previous)));
    }

    /**
     * The restore's audit entry, written into the ledger as restored (the restore replaced the file,
     * entries and all): the backup's chain goes on with an entry saying what replaced what, and
     * where the ledger as it was went (its backup, or the damaged file set aside).
     */
    private static void appendRestore(UnitOfWork work, Path backup, Path ledgerFile, Path previous) {
        AuditLog.append(work, AuditEvent.of("restore").parameter("backup", backup).parameter("ledger", ledgerFile)
                .created("previous", previous));
    }

    private static List<Backup> entries(List<BackupFile> files) {
        return files.stream().map(BackupService::entry).toList();
    }

    private static Backup entry(BackupFile file) {
        return new Backup(file.path(), file.created(), file.reason().label(), file.bytes());
    }
}
