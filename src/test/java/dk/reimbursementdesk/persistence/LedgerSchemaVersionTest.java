package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.backup.BackupFile;
import dk.reimbursementdesk.persistence.backup.BackupFolder;
import dk.reimbursementdesk.persistence.backup.BackupReason;
import dk.reimbursementdesk.service.ledger.CompanySetupService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18.2: a ledger of a newer schema is refused in one sentence and not written; an older one is
 * migrated only after a backup of it as it was, and never by a caller that only reads.
 */
class LedgerSchemaVersionTest {

    @TempDir
    Path dir;

    private Path closedLedger() {
        Path file = dir.resolve("ledger.db");
        try (Ledger ledger = Ledger.create(file)) {
            new CompanySetupService(ledger).initialize("T", "Test", "DKK", false);
        }
        return file;
    }

    /** Adds a successful row for a migration this program does not have, as a newer program would. */
    private static void recordNewerMigration(Path file, String version) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success) SELECT max(installed_rank) + 1, '" + version
                    + "', 'from the future', 'SQL', 'V" + version + "__future.sql', 1, 'x', '2030-01-01', 1, 1 FROM flyway_schema_history");
        }
    }

    @Test
    void aLedgerOfANewerSchemaIsRefusedInOneSentenceAndNotWritten() throws Exception {
        for (String version : List.of("999", "9999.1")) {
            Path file = closedLedger();
            recordNewerMigration(file, version);
            byte[] before = Files.readAllBytes(file);
            List<String> listing = listing();
            for (boolean reading : new boolean[] {false, true}) {
                UserException refused = assertThrows(UserException.class, () -> { if (reading) { Ledger.openForReading(file); } else { Ledger.open(file); } });
                assertEquals("ledger.newerSchema", refused.getKey());
                assertTrue(refused.format(Locale.ENGLISH).contains("made by a newer version of Reimbursement Desk; update the program"),
                        refused.format(Locale.ENGLISH));
                assertTrue(refused.format(Locale.forLanguageTag("da")).contains("nyere version"));
            }
            assertArrayEquals(before, Files.readAllBytes(file), "version " + version + ": nothing written");
            assertEquals(listing, listing(), "no -wal, -shm or backup made");
            Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void anOlderLedgerIsBackedUpAsItWasBeforeItIsMigrated() throws Exception {
        Path file = olderLedger();
        int applied = appliedMigrations(file);
        try (Ledger ledger = Ledger.open(file)) {
            assertNotNull(ledger);
        }
        List<BackupFile> backups = BackupFolder.of(file).list();
        BackupFile upgrade = backups.stream().filter(b -> b.reason() == BackupReason.UPGRADE).findFirst().orElseThrow();
        assertEquals(applied, appliedMigrations(upgrade.path()), "the backup is the ledger before the migration");
        assertEquals(0, flyway(file).load().info().pending().length, "and the ledger itself is migrated");
    }

    @Test
    void aCallerThatOnlyReadsNeverMigratesAnOlderLedger() throws Exception {
        Path file = olderLedger();
        byte[] before = Files.readAllBytes(file);
        UserException refused = assertThrows(UserException.class, () -> Ledger.openForReading(file));
        assertEquals("ledger.olderForReading", refused.getKey());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(1, flyway(file).load().info().pending().length);
        assertFalse(Files.exists(BackupFolder.of(file).folder()), "no backup either: nothing was about to change");
    }

    @Test
    void aLedgerOpenedForReadingRefusesEveryWrite() {
        Path file = closedLedger();
        try (Ledger ledger = Ledger.openForReading(file)) {
            RuntimeException refused = assertThrows(RuntimeException.class, () -> ledger.inSessionTransactionDo(
                    s -> s.createNativeMutationQuery("UPDATE parameters SET bank_bic = 'XXXXDKKK' WHERE id = 1").executeUpdate()));
            assertInstanceOf(UserException.class, refused);
            assertEquals("ledger.readOnlyInUse", ((UserException) refused).getKey());
        }
    }

    /** A ledger made by the program before its newest migration. */
    private Path olderLedger() {
        Path file = dir.resolve("old.db");
        FluentConfiguration flyway = flyway(file);
        MigrationInfo[] all = flyway.load().info().all();
        flyway.target(all[all.length - 2].getVersion()).load().migrate();
        return file;
    }

    private static FluentConfiguration flyway(Path file) {
        return Flyway.configure().dataSource(Ledger.dataSource(file)).locations("classpath:db/migration/common", "classpath:db/migration/sqlite");
    }

    private static int appliedMigrations(Path file) {
        return flyway(file).load().info().applied().length;
    }

    private List<String> listing() throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.map(Path::toString).sorted().toList();
        }
    }
}
