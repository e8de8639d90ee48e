package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The selection traps of issue 18 through {@code reimburse --where}: a doubled ! and Danish letters in capitals. */
class SelectionTrapsCommandTest {

    @TempDir
    static Path dir;
    static String file;

    @BeforeAll
    static void demo() {
        file = LedgerFiles.demoLedger(dir);
    }

    private static Cli.Result preview(String where) {
        return Cli.run("--ledger", file, "--locale", "en", "reimburse", "--preview", "--date", "2026-11-24",
                "--where", where);
    }

    @Test
    void aDoubledNegationIsRefusedAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file, "--locale", "en", "reimburse", "--date", "2026-11-24",
                "--where", "account=!!C0001");
        assertEquals(1, result.exit(), result.toString());
        assertTrue(result.err().startsWith("In the selection for account: The criteria “!!C0001” has ! twice in a row"),
                result.err());
        assertEquals("", result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void capitalDanishLettersSelectTheSameCustomersAsSmallOnes() {
        Cli.Result small = preview("name=*Møller*");
        Cli.Result capital = preview("name=*MØLLER*");
        assertEquals(0, capital.exit(), capital.toString());
        assertTrue(small.out().contains("C0002"), small.toString());
        assertEquals(small.out(), capital.out());
    }
}
