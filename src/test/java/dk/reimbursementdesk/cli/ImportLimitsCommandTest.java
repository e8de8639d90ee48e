package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, point 4 on the command line: a value past a limit is refused with line and column, in the chosen language, exit 1, nothing written. */
class ImportLimitsCommandTest {

    @TempDir
    Path dir;

    @Test
    void limitsAreRefusedWithLineAndColumnInDanishToo() {
        Path file = LedgerFiles.empty(dir);
        var before = LedgerFiles.snapshot(file);
        Path csv = LedgerFiles.csv(dir, "customers.csv", "account,name,group,currency\nC1,En\0,G,DKK\nC2,\"To\nlinjer\",G,DKK\n"
                + "C3," + "n".repeat(141) + ",G,DKK\n");
        Cli.Result english = Cli.run("--ledger", file.toString(), "--locale", "en", "import", "customers", csv.toString());
        assertEquals(1, english.exit(), english.toString());
        assertEquals("""
                line 2, name: The value contains the control character U+0000; a value of an import is plain text.
                line 3, name: The value spans more than one line (U+000A); a value of an import is one line of text.
                line 5, name: The value has 141 characters; this column takes at most 140.
                Nothing was imported: the file has 3 problems.
                """, english.err());
        Cli.Result danish = Cli.run("--ledger", file.toString(), "--locale", "da", "import", "customers",
                LedgerFiles.csv(dir, "twice.csv", "account,name,group,currency,GROUP\nC1,En,G,DKK,H\n").toString());
        assertEquals(1, danish.exit(), danish.toString());
        assertEquals("linje 1, GROUP: Kolonnen \"GROUP\" står to gange i overskriften (kolonne 3 og 5); fjern den ene.\n",
                danish.err().lines().findFirst().orElse("") + "\n");
        assertEquals("", english.out() + danish.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }
}
