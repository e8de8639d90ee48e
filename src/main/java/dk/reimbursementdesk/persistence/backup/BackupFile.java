package dk.reimbursementdesk.persistence.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup in a ledger's backup folder, as its name and size tell it. */
public record BackupFile(Path path, LocalDateTime created, BackupReason reason, long bytes) {
}
