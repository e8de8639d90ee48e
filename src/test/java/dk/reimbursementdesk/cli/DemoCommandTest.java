package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    private static Path init(Path file) {
        Cli.Result init = Cli.run("--ledger", file.toString(), "init", "--company", "DK01", "--name", "Syntet A/S", "--currency", "DKK");
        assertEquals(0, init.exit(), init.toString());
        return file;
    }

    private static String export(Path file, String kind) {
        Cli.Result result = Cli.run("--ledger", file.toString(), "export", kind);
        assertEquals(0, result.exit(), result.toString());
        return result.out();
    }

    @Test
    void fillsAnEmptyLedgerThatChecksOutAndLeavesTheParametersAlone() {
        Path file = init(dir.resolve("a.db"));
        String parameters = Cli.run("--ledger", file.toString(), "parameters").out();
        Cli.Result result = Cli.run("--ledger", file.toString(), "--locale", "en", "demo", "--customers", "25",
                "--transactions-per-customer", "4", "--seed", "7");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("Filled the ledger " + file.toAbsolutePath() + " with 25 synthetic customers and 100 open transactions (seed 7).\n",
                result.out());
        assertEquals("", result.err());
        assertEquals(25, LedgerFiles.count(file, "SELECT count(*) FROM customer"));
        assertEquals(100, LedgerFiles.count(file, "SELECT count(*) FROM customer_transaction"));
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
        String after = Cli.run("--ledger", file.toString(), "parameters").out();
        assertEquals(parameters.replaceAll("next_voucher: .*\n", ""), after.replaceAll("next_voucher: .*\n", ""));
    }

    @Test
    void theSameSeedGivesTheSameLedgerAndAnotherSeedAnother() {
        Path a = init(dir.resolve("a.db"));
        Path b = init(dir.resolve("b.db"));
        Path c = init(dir.resolve("c.db"));
        for (Path file : List.of(a, b)) {
            assertEquals(0, Cli.run("--ledger", file.toString(), "demo", "--customers", "30", "--transactions-per-customer", "5",
                    "--seed", "42").exit());
        }
        assertEquals(0, Cli.run("--ledger", c.toString(), "demo", "--customers", "30", "--transactions-per-customer", "5",
                "--seed", "43").exit());
        for (String kind : List.of("customers", "vendors", "transactions", "rates", "balances")) {
            assertEquals(export(a, kind), export(b, kind), kind);
        }
        assertNotEquals(export(a, "transactions"), export(c, "transactions"));
    }

    @Test
    void theDefaultsMakeAThousandCustomersWithTenTransactionsEach() {
        Path file = init(dir.resolve("a.db"));
        Cli.Result result = Cli.run("--ledger", file.toString(), "--locale", "en", "demo");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("Filled the ledger " + file.toAbsolutePath() + " with 1000 synthetic customers and 10000 open transactions (seed 1).\n",
                result.out());
    }

    @Test
    void aLedgerThatDoesNotExistIsRefusedPointingAtInitAndNotCreated() {
        Path file = dir.resolve("missing.db");
        Cli.Result result = Cli.run("--ledger", file.toString(), "--locale", "en", "demo");
        assertEquals(1, result.exit(), result.toString());
        assertEquals("There is no ledger at " + file.toAbsolutePath() + ". Create it first with init --company ID --name NAME "
                + "--currency CUR, then run demo on it.\n", result.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void aLedgerWithDataIsRefusedAndNothingIsWritten() {
        Path file = LedgerFiles.demo(dir);
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file.toString(), "--locale", "en", "demo", "--customers", "5");
        assertEquals(1, result.exit(), result.toString());
        assertEquals("Synthetic data goes only into an empty company ledger; this one already has customers or vouchers.\n", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void noCustomersIsRefused() {
        Path file = init(dir.resolve("a.db"));
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file.toString(), "--locale", "en", "demo", "--customers", "0");
        assertEquals(1, result.exit(), result.toString());
        assertEquals("Give at least one customer and one transaction per customer (got 0 and 10).\n", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }
}
