package dk.reimbursementdesk.benchmark;

import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.persistence.backup.BackupFile;
import dk.reimbursementdesk.persistence.backup.BackupReason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * What the ledger's safety costs on a big ledger (issue 11): the open (a first one, which runs the
 * quick check, and one after a clean close, which skips it), a backup through SQLite's online backup
 * API as the product writes it, and beside it {@code VACUUM INTO} on a bare connection as a
 * yardstick, and a restore. Give it a ledger made by {@code ReimbursementBenchmark} with
 * {@code -Dbenchmark.keep=DIR -Dbenchmark.generateOnly=true}; it works on a copy of it in the same
 * folder and removes the copy and its backups afterwards.
 *
 * <p>{@code java -cp ... dk.reimbursementdesk.benchmark.BackupBenchmark LEDGER}
 */
public final class BackupBenchmark {

    private BackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path original = Path.of(args[0]).toAbsolutePath();
        Path copy = original.resolveSibling("backup-benchmark.db");
        Files.deleteIfExists(copy);
        Files.copy(original, copy);
        try {
            long start = System.nanoTime();
            try (Ledger ledger = Ledger.open(copy)) {
                report("open, first (quick check)", start, "");
            }
            start = System.nanoTime();
            try (Ledger ledger = Ledger.open(copy)) {
                report("open after a clean close", start, "");
                start = System.nanoTime();
                BackupFile backup = ledger.backUp(BackupReason.MANUAL);
                report("backup (online backup API)", start, Files.size(backup.path()) / (1 << 20) + " MiB");
                Path vacuumed = copy.resolveSibling("vacuum-into.db");
                Files.deleteIfExists(vacuumed);
                start = System.nanoTime();
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement()) {
                    s.execute("VACUUM INTO '" + vacuumed + "'");
                }
                report("yardstick: VACUUM INTO", start, Files.size(vacuumed) / (1 << 20) + " MiB");
                Files.delete(vacuumed);
                start = System.nanoTime();
                ledger.restoreFrom(backup.path());
                report("restore (backup first, integrity check, copy in)", start, "");
            }
        } finally {
            Path folder = copy.resolveSibling("backup-benchmark.backups");
            if (Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
                Files.delete(folder);
            }
            Files.deleteIfExists(copy);
        }
        System.out.printf("load average %.1f%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void report(String what, long start, String note) {
        System.out.printf("%-50s %8.3f s  %s%n", what, (System.nanoTime() - start) / 1e9, note);
    }
}
