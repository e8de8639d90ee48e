package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hold and release on the demo ledger: C0001 would be reimbursed 250.00 DKK on 2026-11-24 (ReimburseCommandTest). */
class HoldCommandTest {

    @TempDir
    Path dir;
    String file;

    @BeforeEach
    void demo() {
        file = LedgerFiles.demoLedger(dir);
    }

    @AfterEach
    void ledgerChecks() {
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
    }

    @Test
    void aHeldCustomerIsLeftOutOfTheRunWithItsReasonUntilReleased() {
        Cli.Result held = Cli.run("--ledger", file, "--locale", "en", "hold", "c0001", "--reason", "disputed invoice");
        assertEquals(0, held.exit(), held.toString());
        assertEquals("Customer C0001 is on hold for reimbursement: disputed invoice\n", held.out());

        Cli.Result run = Cli.run("--ledger", file, "--locale", "en", "reimburse", "--where", "account=C0001..C0003",
                "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().startsWith("""
                Reimbursements:
                C0002\tMøller & Søn A/S\tDKK\t800.00\t800.00\tnew one-time vendor

                Left out:
                C0001\tDKK\ton hold: disputed invoice
                C0003\tDKK\tThe credit of 50.00 DKK is below the minimum reimbursement of 100.00 DKK.
                """), run.out());

        Cli.Result released = Cli.run("--ledger", file, "--locale", "en", "release", "C0001");
        assertEquals(0, released.exit(), released.toString());
        assertEquals("Customer C0001 is no longer on hold (it was: disputed invoice).\n", released.out());
        Cli.Result again = Cli.run("--ledger", file, "--locale", "en", "reimburse", "--where", "account=C0001",
                "--date", "2026-11-24");
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().startsWith("Reimbursements:\nC0001\tBager Hansen ApS\tDKK\t250.00\t250.00\tV0001\n"), again.out());
    }

    @Test
    void refusalsAreSentencesInBothLanguagesAndWriteNothing() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result notHeld = Cli.run("--ledger", file, "--locale", "en", "release", "C0001");
        assertEquals(1, notHeld.exit(), notHeld.toString());
        assertEquals("Customer C0001 is not on hold; there is nothing to release.\n", notHeld.err());
        Cli.Result unknown = Cli.run("--ledger", file, "--locale", "da", "hold", "C9999", "--reason", "x");
        assertEquals(1, unknown.exit(), unknown.toString());
        assertEquals("Der findes ingen debitor med kontoen C9999.\n", unknown.err());
        Cli.Result noReason = Cli.run("--ledger", file, "--locale", "en", "hold", "C0001");
        assertEquals(2, noReason.exit(), noReason.toString());
        assertTrue(noReason.err().startsWith("Missing required option: '--reason=TEXT'"), noReason.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void theDanishPreviewSaysSatIBero() {
        assertEquals(0, Cli.run("--ledger", file, "hold", "C0001", "--reason", "tvist").exit());
        Cli.Result preview = Cli.run("--ledger", file, "--locale", "da", "reimburse", "--preview", "--where", "account=C0001",
                "--date", "2026-11-24");
        assertEquals(0, preview.exit(), preview.toString());
        assertTrue(preview.out().contains("C0001\tDKK\tsat i bero: tvist\n"), preview.out());
    }
}
