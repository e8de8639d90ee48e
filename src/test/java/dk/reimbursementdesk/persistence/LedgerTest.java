package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    @TempDir
    Path dir;

    @Test
    void createdLedgerReopensWithValidatedSchema() {
        Path file = dir.resolve("ledger.db");
        try (Ledger ledger = Ledger.create(file)) {
            assertEquals(file, ledger.file());
        }
        try (Ledger ledger = Ledger.open(file)) {
            long customers = ledger.inSessionTransaction(s -> s.createSelectionQuery("select count(*) from Customer", Long.class).getSingleResult());
            assertEquals(0L, customers);
        }
    }

    @Test
    void secondOpenOfTheSameFileIsRefusedWhileTheFirstHoldsIt() {
        Path file = dir.resolve("ledger.db");
        try (Ledger first = Ledger.create(file)) {
            UserException refused = assertThrows(UserException.class, () -> Ledger.open(file));
            assertEquals("ledger.inUse", refused.getKey());
            assertTrue(refused.getMessage().contains(file.toString()));
        }
        try (Ledger again = Ledger.open(file)) {
            assertNotNull(again);
        }
    }

    @Test
    void fileThatIsNotALedgerIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a ledger");
        byte[] before = Files.readAllBytes(file);
        UserException refused = assertThrows(UserException.class, () -> Ledger.open(file));
        assertEquals("ledger.notALedger", refused.getKey());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void otherSqliteDatabaseIsRefusedAndLeftUnchanged() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
        }
        byte[] before = Files.readAllBytes(file);
        UserException refused = assertThrows(UserException.class, () -> Ledger.open(file));
        assertEquals("ledger.notALedger", refused.getKey());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void damagedLedgerIsRefusedAndLeftUnchanged() throws Exception {
        Path file = closedLedger();
        assertRefusedAsDamagedAndUnchanged(file, damageAllButTheFirstPage(file));
    }

    @Test
    void cleanCloseLeavesAStampInTheSidecarThatTheNextOpenTakes() throws Exception {
        Path file = dir.resolve("ledger.db");
        Path sidecar;
        try (Ledger ledger = Ledger.create(file)) {
            // keyed by the file's identity, so known once the file is there
            sidecar = LedgerLock.sidecarOf(file);
            assertEquals(0, Files.size(sidecar));
        }
        assertEquals(LedgerFileInspector.stamp(file), Files.readString(sidecar));
        try (Ledger ledger = Ledger.open(file)) {
            // Taken at open: a process killed now leaves no stamp, so the next open checks it all.
            assertEquals(0, Files.size(sidecar));
        }
        assertFalse(Files.readString(sidecar).isEmpty());
    }

    @Test
    void damageAfterACleanCloseIsRefusedEvenWithTheSizeAndModificationTimeKept() throws Exception {
        Path file = closedLedger();
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
        byte[] bytes = damageAllButTheFirstPage(file);
        Files.setLastModifiedTime(file, modified);
        assertRefusedAsDamagedAndUnchanged(file, bytes);
    }

    @Test
    void ledgerMadeBeforeTheNewestMigrationIsMigratedOnOpen() throws Exception {
        Path file = dir.resolve("ledger.db");
        org.sqlite.SQLiteDataSource dataSource = Ledger.dataSource(file);
        org.flywaydb.core.api.configuration.FluentConfiguration flyway = org.flywaydb.core.Flyway.configure()
                .dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/sqlite");
        org.flywaydb.core.api.MigrationInfo[] all = flyway.load().info().all();
        flyway.target(all[all.length - 2].getVersion()).load().migrate();
        assertEquals(1, flyway.target("latest").load().info().pending().length);
        try (Ledger ledger = Ledger.open(file)) {
            assertNotNull(ledger);
        }
        assertEquals(0, flyway.load().info().pending().length);
    }

    /** A new ledger, closed cleanly (so with its stamp in the sidecar). */
    private Path closedLedger() {
        Path file = dir.resolve("ledger.db");
        try (Ledger ledger = Ledger.create(file)) {
            assertNotNull(ledger);
        }
        return file;
    }

    private static void assertRefusedAsDamagedAndUnchanged(Path file, byte[] bytes) throws java.io.IOException {
        UserException refused = assertThrows(UserException.class, () -> Ledger.open(file));
        assertTrue(refused.getKey().equals("ledger.damaged") || refused.getKey().equals("ledger.notALedger"), refused.getKey());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    /** Overwrites every page after the first with garbage, keeping the header intact; returns the file's bytes. */
    private static byte[] damageAllButTheFirstPage(Path file) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        return bytes;
    }

    private static long currencies(Ledger ledger) {
        return ledger.inSessionTransaction(s -> s.createSelectionQuery("select count(*) from Currency", Long.class).getSingleResult());
    }

    private static void insertCurrency(org.hibernate.Session session, String code) {
        session.doWork(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("INSERT INTO currency (code, name, decimals) VALUES ('" + code + "', 'Test', 2)");
            }
        });
    }

    @Test
    void bulkTransactionCommitsItsWork() {
        try (Ledger ledger = Ledger.create(dir.resolve("ledger.db"))) {
            long before = currencies(ledger);
            ledger.inBulkSessionTransaction(session -> {
                insertCurrency(session, "XBA");
                return null;
            });
            assertEquals(before + 1, currencies(ledger));
        }
    }

    @Test
    void bulkTransactionThatFailsHalfWayLeavesNothing() {
        try (Ledger ledger = Ledger.create(dir.resolve("ledger.db"))) {
            long before = currencies(ledger);
            assertThrows(IllegalStateException.class, () -> ledger.inBulkSessionTransaction(session -> {
                insertCurrency(session, "XBA");
                throw new IllegalStateException("half way");
            }));
            assertEquals(before, currencies(ledger));
        }
    }

    @Test
    void foreignKeysStayEnforcedOutsideBulkTransactions() {
        try (Ledger ledger = Ledger.create(dir.resolve("ledger.db"))) {
            ledger.inBulkSessionTransaction(session -> null);
            // A rate for a currency that does not exist: refused by the foreign key.
            assertThrows(RuntimeException.class, () -> ledger.inSessionTransactionDo(session -> session.doWork(c -> {
                try (var s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO exchange_rate (currency, valid_from, rate) VALUES ('NOPE', '2026-01-01', '1')");
                }
            })));
        }
    }

    @Test
    void committedBulkWorkSurvivesCloseAndReopenWithTheWalCheckpointed() {
        Path file = dir.resolve("ledger.db");
        try (Ledger ledger = Ledger.create(file)) {
            ledger.inBulkSessionTransaction(session -> {
                insertCurrency(session, "XBA");
                return null;
            });
            ledger.awaitCheckpoint();
        }
        assertFalse(Files.exists(dir.resolve("ledger.db-wal")), "the last close checkpoints and removes the WAL");
        try (Ledger ledger = Ledger.open(file)) {
            long found = ledger.inSessionTransaction(s -> s.createSelectionQuery(
                    "select count(*) from Currency where code = 'XBA'", Long.class).getSingleResult());
            assertEquals(1L, found);
        }
    }
}
