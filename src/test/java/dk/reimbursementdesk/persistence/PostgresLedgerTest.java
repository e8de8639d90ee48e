package dk.reimbursementdesk.persistence;

import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.testing.PostgresServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A ledger on a real PostgreSQL server (started by the tests): made, opened, refused, read back. */
class PostgresLedgerTest {

    private final PostgresServer server = PostgresServer.get();

    @Test
    void initMakesTheSchemaInAnEmptyDatabaseAndOpenFindsIt() {
        ServerAddress address = server.emptyDatabase();
        try (Ledger ledger = Ledger.create(address)) {
            assertTrue(ledger.onServer());
            assertEquals(Engine.POSTGRESQL, ledger.engine());
            assertEquals(address.display(), ledger.name());
        }
        try (Ledger ledger = Ledger.open(address)) {
            long customers = ledger.inSessionTransaction(s -> s.createSelectionQuery("select count(*) from Customer", Long.class).getSingleResult());
            assertEquals(0L, customers);
            long migrations = ledger.inTransaction(work -> work.sql().queryLong("SELECT max(version::int) FROM flyway_schema_history"));
            assertEquals(Long.parseLong(LedgerSchema.NewestMigration.of(Engine.POSTGRESQL)), migrations);
        }
    }

    @Test
    void anEmptyDatabaseIsNoLedgerToOpen() {
        ServerAddress address = server.emptyDatabase();
        UserException refused = assertThrows(UserException.class, () -> Ledger.open(address));
        assertEquals("server.empty", refused.getKey());
        assertTrue(refused.getMessage().contains(address.display()), refused.getMessage());
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedAndLeftAlone() {
        ServerAddress address = server.emptyDatabase();
        try (var c = java.sql.DriverManager.getConnection(server.url(address.database())); var s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name text)");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertEquals("server.notALedger", assertThrows(UserException.class, () -> Ledger.open(address)).getKey());
        assertEquals("server.notEmpty", assertThrows(UserException.class, () -> Ledger.create(address)).getKey());
    }

    @Test
    void aSecondInitOnALedgerIsRefused() {
        ServerAddress address = server.migratedDatabase();
        assertEquals("server.alreadyLedger", assertThrows(UserException.class, () -> Ledger.create(address)).getKey());
    }

    @Test
    void aMissingDatabaseAndAClosedPortAreSentencesWithoutThePassword() throws Exception {
        ServerAddress missing = ServerAddress.parse(server.url("no_such_database") + "&password=s3cret");
        UserException noDatabase = assertThrows(UserException.class, () -> Ledger.open(missing));
        assertEquals("server.noDatabase", noDatabase.getKey());
        assertFalse(noDatabase.getMessage().contains("s3cret"));
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        ServerAddress nobody = ServerAddress.parse("jdbc:postgresql://127.0.0.1:" + closed + "/ledger?user=desk&password=s3cret");
        UserException unreachable = assertThrows(UserException.class, () -> Ledger.open(nobody));
        assertEquals("server.unreachable", unreachable.getKey());
        assertFalse(unreachable.getMessage().contains("s3cret"));
    }

    @Test
    void theUrlGivesUserAndPasswordOrTheEnvironmentDoes() {
        ServerAddress inUrl = ServerAddress.parse("jdbc:postgresql://db.example.com:5433/books?user=anna&password=pw&sslmode=require", Map.of());
        assertEquals("anna@db.example.com:5433/books", inUrl.display());
        assertTrue(inUrl.hasPassword());
        assertEquals(Map.of("sslmode", "require"), inUrl.parameters());
        assertFalse(inUrl.toString().contains("pw"));
        ServerAddress fromEnvironment = ServerAddress.parse("jdbc:postgresql://db/books", Map.of("PGUSER", "bo", "PGPASSWORD", "x"));
        assertEquals("bo@db:5432/books", fromEnvironment.display());
        assertEquals("x", fromEnvironment.password().orElseThrow());
        ServerAddress none = ServerAddress.parse("jdbc:postgresql://db/books", Map.of("PGUSER", "bo"));
        assertFalse(none.hasPassword());
        UserException bad = assertThrows(UserException.class, () -> ServerAddress.parse("jdbc:postgresql:books?password=secret", Map.of()));
        assertEquals("server.badUrl", bad.getKey());
        assertFalse(bad.getMessage().contains("secret"));
    }

    @Test
    void explicitIdsOfASetBasedStepMoveTheIdentityPastThem() {
        try (Ledger ledger = Ledger.open(server.migratedDatabase())) {
            ledger.inTransactionDo(work -> {
                long highest = work.sql().highestId("saved_selection");
                work.sql().update("INSERT INTO saved_selection (id, name, criteria) VALUES (?, 'a', 'x'), (?, 'b', 'y')", highest + 1, highest + 2);
            });
            ledger.inTransactionDo(work -> work.sql().update("INSERT INTO saved_selection (name, criteria) VALUES ('c', 'z')"));
            assertEquals(3L, (long) ledger.inTransaction(work -> work.sql().queryLong("SELECT max(id) FROM saved_selection")));
        }
    }
}
