package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.reimbursementdesk.testing.TestLedgers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSoundLedgerPassesWithExitZeroAndOneSentence() {
        String file = LedgerFiles.demoLedger(dir);
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file, "check");
        assertEquals(0, result.exit(), result.toString());
        assertEquals(TestLedgers.onPostgres()
                ? "The ledger checks out: every voucher balances, the control accounts equal the open items, every reference points at a row that exists and the audit log's chain is intact. The ledger is on a PostgreSQL server, which keeps its own files: there is no file to check.\n"
                : "The ledger checks out: every voucher balances, the control accounts equal the open items, every reference points at a row that exists, the audit log's chain is intact, and the file is intact.\n",
                result.out());
        assertEquals("", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void eachFindingIsALineOfStandardOutputAndTheExitIsOne() {
        String file = LedgerFiles.demoLedger(dir);
        LedgerFiles.with(file, ledger -> {
            TestLedgers.execute(ledger, "UPDATE voucher_line SET debit = debit + 1 WHERE id = (SELECT min(id) FROM voucher_line WHERE debit > 0)");
            return null;
        });
        Cli.Result result = Cli.run("--ledger", file, "check");
        assertEquals(1, result.exit(), result.toString());
        assertEquals("", result.err());
        String[] lines = result.out().split("\n");
        assertEquals(2, lines.length, result.out());
        assertEquals("Voucher V-000001 does not balance: debits 1000.01, credits 1000.00.", lines[0]);
        assertEquals("The accounts receivable control account (8648.40) differs from the sum of the customers' open amounts (8648.39).", lines[1]);
    }
}
