package dk.reimbursementdesk.app;

import dk.reimbursementdesk.persistence.LedgerLocation;
import static org.junit.jupiter.api.Assertions.*;

import dk.reimbursementdesk.domain.UserException;
import dk.reimbursementdesk.persistence.Ledger;
import dk.reimbursementdesk.service.Services;
import dk.reimbursementdesk.service.check.LedgerCheckService;
import dk.reimbursementdesk.service.gl.CompanyInfo;
import dk.reimbursementdesk.testing.PostgresServer;
import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerOpenerTest {

    @TempDir
    Path dir;

    private Path defaultLedger() {
        return LedgerLocation.defaultLedger(Map.of("XDG_DATA_HOME", dir.toString())::get, "Linux", dir.resolve("home"));
    }

    @Test
    void firstStartOnAMissingDefaultLedgerCreatesItWithTheDemoCompany() {
        Path file = defaultLedger();
        assertFalse(Files.exists(file));

        LedgerOpener.Opened opened = LedgerOpener.openAtStart(Optional.empty(), file);
        try (Ledger ledger = opened.ledger()) {
            assertTrue(opened.createdDemo());
            assertEquals(file, ledger.file());
            CompanyInfo company = new Services(ledger).generalLedger().companyInfo();
            assertTrue(company.demo());
            assertEquals("Demo A/S", company.name());
            assertTrue(TestLedgers.count(ledger, "SELECT count(*) FROM voucher") > 0);
            assertTrue(new LedgerCheckService(ledger).check().allWell());
        }
    }

    @Test
    void laterStartsOpenTheDefaultLedgerWithoutAddingDemoDataAgain() {
        Path file = defaultLedger();
        long vouchers;
        try (Ledger ledger = LedgerOpener.openAtStart(Optional.empty(), file).ledger()) {
            vouchers = TestLedgers.count(ledger, "SELECT count(*) FROM voucher");
        }
        LedgerOpener.Opened again = LedgerOpener.openAtStart(Optional.empty(), file);
        try (Ledger ledger = again.ledger()) {
            assertFalse(again.createdDemo());
            assertEquals(vouchers, TestLedgers.count(ledger, "SELECT count(*) FROM voucher"));
        }
    }

    @Test
    void secondOpenOfALockedLedgerGivesTheSentenceAndWritesNothing() {
        try (Ledger first = TestLedgers.demo(dir)) {
            var before = TestLedgers.snapshot(first);
            UserException refused = assertThrows(UserException.class,
                    () -> LedgerOpener.openAtStart(Optional.of(first.file().toString()), defaultLedger()));
            assertEquals("ledger.inUse", refused.getKey());
            assertTrue(refused.getMessage().contains(first.file().toString()), refused.getMessage());
            assertEquals(before, TestLedgers.snapshot(first));
            assertFalse(Files.exists(defaultLedger()), "the default ledger is not made when another was named");
        }
    }

    @Test
    void lockedDefaultLedgerIsRefusedAndNotPopulatedAgain() {
        Path file = defaultLedger();
        try (Ledger first = LedgerOpener.openAtStart(Optional.empty(), file).ledger()) {
            var before = TestLedgers.snapshot(first);
            UserException refused = assertThrows(UserException.class, () -> LedgerOpener.openAtStart(Optional.empty(), file));
            assertEquals("ledger.inUse", refused.getKey());
            assertEquals(before, TestLedgers.snapshot(first));
        }
    }

    @Test
    void aNamedLedgerThatDoesNotExistIsRefusedAndNotCreated() {
        Path missing = dir.resolve("nowhere.db");
        UserException refused = assertThrows(UserException.class, () -> LedgerOpener.openAtStart(Optional.of(missing.toString()), defaultLedger()));
        assertEquals("ledger.notFound", refused.getKey());
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFileThatIsNotALedgerIsRefusedAndLeftAsItWas() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "shopping list", StandardCharsets.UTF_8);
        UserException refused = assertThrows(UserException.class, () -> LedgerOpener.openAtStart(Optional.of(notes.toString()), defaultLedger()));
        assertEquals("ledger.notALedger", refused.getKey());
        assertTrue(refused.getMessage().contains(notes.toString()));
        assertEquals("shopping list", Files.readString(notes));
    }

    @Test
    void newLedgerStartsEmptyWithItsCompany() {
        try (Ledger ledger = LedgerOpener.createEmpty(dir.resolve("own.db"), "ACME", "Acme ApS", "eur")) {
            assertEquals(new CompanyInfo("Acme ApS", "ACME", "EUR", false), new Services(ledger).generalLedger().companyInfo());
            assertEquals(0, TestLedgers.count(ledger, "SELECT count(*) FROM voucher"));
            assertEquals(0, TestLedgers.count(ledger, "SELECT count(*) FROM customer"));
        }
    }

    @Test
    void newLedgerWhoseCompanyIsRefusedLeavesNoFileBehind() {
        Path file = dir.resolve("bad.db");
        UserException refused = assertThrows(UserException.class, () -> LedgerOpener.createEmpty(file, "X", "X ApS", "XYZ"));
        assertEquals("currency.notIso", refused.getKey());
        assertFalse(Files.exists(file));
    }

    /** File > New ledger on a server… is all or nothing too: a refused company leaves the database empty for another try. */
    @Test
    void aServerLedgerWhoseCompanyFailsAfterTheSchemaLeavesTheDatabaseEmpty() {
        PostgresServer server = PostgresServer.get();
        String url = server.url(server.emptyDatabase().database());
        // PostgreSQL's text holds no NUL character: refused at the company's row, after Flyway made the schema.
        assertThrows(RuntimeException.class, () -> LedgerOpener.createOnServer(url, null, "DK01", "Nordlys\u0000ApS", "DKK"));
        try (Ledger ledger = LedgerOpener.createOnServer(url, null, "DK01", "Nordlys ApS", "DKK")) {
            assertEquals(1, TestLedgers.count(ledger, "SELECT count(*) FROM legal_entity WHERE code = 'DK01'"));
        }
    }
}
