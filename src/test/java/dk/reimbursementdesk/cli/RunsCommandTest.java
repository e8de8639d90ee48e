package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code runs}: what posted, newest first, even when the command that posted it printed nothing. */
class RunsCommandTest {

    @TempDir
    Path dir;

    @Test
    void importsAndRunsAreListedNewestFirstAsTabSeparatedLines() {
        String file = LedgerFiles.demoLedger(dir);
        assertEquals("", Cli.run("--ledger", file, "runs").out(), "the demo posts no run, batch or import");
        Path vendors = LedgerFiles.csv(dir, "vendors.csv", "account,name,group,currency\nV9,Nine,G,DKK\n");
        assertEquals(0, Cli.run("--ledger", file, "import", "vendors", vendors.toString()).exit());
        assertEquals(0, Cli.run("--ledger", file, "reimburse", "--date", "2026-11-24").exit());

        Cli.Result result = Cli.run("--ledger", file, "--locale", "en", "runs");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("", result.err());
        String[] lines = result.out().split("\n");
        assertEquals(2, lines.length, result.out());
        String time = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d";
        assertTrue(lines[0].matches("reimbursement-run\t1\t" + time + "\t8\tposting date 2026-11-24"), lines[0]);
        assertTrue(lines[1].matches("import\t1\t" + time + "\t1\tvendors from vendors\\.csv"), lines[1]);
    }
}
