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
            long customers = ledger.inTransaction(s -> s.createSelectionQuery("select count(*) from Customer", Long.class).getSingleResult());
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
        Path file = dir.resolve("ledger.db");
        try (Ledger ledger = Ledger.create(file)) {
            assertNotNull(ledger);
        }
        byte[] bytes = Files.readAllBytes(file);
        // Overwrite every page after the first with garbage, keeping the header intact.
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        UserException refused = assertThrows(UserException.class, () -> Ledger.open(file));
        assertTrue(refused.getKey().equals("ledger.damaged") || refused.getKey().equals("ledger.notALedger"), refused.getKey());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }
}
