package dk.reimbursementdesk.persistence.backup;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a backup was written; its lower-case name ends the backup's file name. The issue names the
 * first six; {@code UPGRADE} is the copy taken before an older ledger is migrated to this program's
 * schema, {@code MANUAL} the one the {@code backup} command writes into the backup folder.
 */
public enum BackupReason {
    RUN, PAYMENT, IMPORT, REVERSAL, RESTORE, CLOSE, UPGRADE, MANUAL, WRITEOFF;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<BackupReason> ofLabel(String label) {
        for (BackupReason reason : values()) {
            if (reason.label().equals(label)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
