package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void createsAnEmptyLedgerWithTheCompanyAndSaysWhere() {
        Path file = dir.resolve("books").resolve("ledger.db");
        Cli.Result result = Cli.run("--ledger", file.toString(), "init", "--company", "DK01", "--name", "Nordlys ApS", "--currency", "dkk");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("Created the ledger " + file.toAbsolutePath() + " for company DK01 (Nordlys ApS), accounting currency DKK.\n",
                result.out());
        assertEquals("", result.err());
        assertEquals(List.of("1|DK01|Nordlys ApS|DKK|0|"), LedgerFiles.rows(file, "legal_entity"));
        assertEquals(0, LedgerFiles.count(file, "SELECT count(*) FROM customer"));
        assertEquals(0, LedgerFiles.count(file, "SELECT count(*) FROM voucher"));
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
    }

    @Test
    void inDanishTheChartOfAccountsIsNamedInDanish() {
        Path file = dir.resolve("ledger.db");
        Cli.Result result = Cli.run("--ledger", file.toString(), "--locale", "da", "init", "--company", "DK01", "--name", "Nordlys ApS", "--currency", "DKK");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().startsWith("Regnskabet "), result.out());
        assertEquals(1, LedgerFiles.count(file, "SELECT count(*) FROM ledger_account WHERE number = '5600' AND name = 'Debitorer'"));
    }

    @Test
    void refusesWhenTheFileExistsAndLeavesItUntouched() throws Exception {
        Path file = LedgerFiles.empty(dir);
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file.toString(), "init", "--company", "X", "--name", "X", "--currency", "EUR");
        assertEquals(1, result.exit());
        assertEquals("A file already exists at " + file.toAbsolutePath() + "; choose another name for the new ledger.\n", result.err());
        assertEquals("", result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void refusesACurrencyThatIsNotIsoWithoutMakingAFile() {
        Path file = dir.resolve("ledger.db");
        Cli.Result result = Cli.run("--ledger", file.toString(), "init", "--company", "X", "--name", "X", "--currency", "KRONER");
        assertEquals(1, result.exit());
        assertEquals("\"KRONER\" is not an ISO 4217 currency code.\n", result.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void refusesABlankNameWithoutMakingAFile() {
        Path file = dir.resolve("ledger.db");
        Cli.Result result = Cli.run("--ledger", file.toString(), "init", "--company", "X", "--name", " ", "--currency", "DKK");
        assertEquals(1, result.exit());
        assertEquals("Give the company a name.\n", result.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void aMissingOptionIsAUsageErrorAndMakesNoFile() {
        Path file = dir.resolve("ledger.db");
        Cli.Result result = Cli.run("--ledger", file.toString(), "init", "--company", "X", "--name", "X");
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith("Missing required option: '--currency=CUR'"), result.err());
        assertFalse(Files.exists(file));
    }
}
