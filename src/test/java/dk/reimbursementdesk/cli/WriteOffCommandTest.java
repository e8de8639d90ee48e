package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * write-off, write-offs and reverse of a write-off on the demo ledger (minimum 100.00 DKK). On
 * 2026-11-24 two credits are small: C0003's 50.00 DKK (oldest credit 2026-09-25, 60 days) and C0005's
 * 10.00 EUR (oldest credit 2026-07-30, 117 days; about 74.5 DKK).
 */
class WriteOffCommandTest {

    @TempDir
    Path dir;
    String file;

    @BeforeEach
    void demo() {
        file = LedgerFiles.demoLedger(dir);
    }

    private Cli.Result run(String... args) {
        String[] line = new String[args.length + 4];
        line[0] = "--ledger";
        line[1] = file;
        line[2] = "--locale";
        line[3] = "en";
        System.arraycopy(args, 0, line, 4, args.length);
        return Cli.run(line);
    }

    @Test
    void previewListsTheSmallCreditsWithTheirAgeAndWritesNothing() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = run("write-off", "--below", "100", "--date", "2026-11-24", "--preview");
        assertEquals(0, result.exit(), result.toString());
        String[] lines = result.out().split("\n");
        assertEquals(3, lines.length, result.out());
        assertEquals("C0003\tNordisk Kaffe ApS\tDKK\t50.00\t50.00\t2026-09-25\t31-90", lines[0]);
        assertTrue(lines[1].startsWith("C0005\tFleur de Lys SARL\tEUR\t10.00\t"), lines[1]);
        assertTrue(lines[1].endsWith("\t2026-07-30\t91-365"), lines[1]);
        assertTrue(lines[2].startsWith("Preview: 2 small credits to write off, "), lines[2]);
        assertTrue(lines[2].endsWith(" DKK in all. Nothing was posted."), lines[2]);
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void belowAndOlderThanChooseTheCredits() {
        Cli.Result below = run("write-off", "--below", "60.00", "--date", "2026-11-24", "--preview");
        assertEquals("C0003\tNordisk Kaffe ApS\tDKK\t50.00\t50.00\t2026-09-25\t31-90\n"
                + "Preview: one small credit to write off, 50.00 DKK in all. Nothing was posted.\n", below.out());
        Cli.Result older = run("write-off", "--below", "100", "--older-than", "90", "--date", "2026-11-24", "--preview");
        assertEquals(2, older.out().split("\n").length, older.out());
        assertTrue(older.out().startsWith("C0005\t"), older.out());
        Cli.Result selected = run("write-off", "--where", "group=WHOLESALE", "--below", "100", "--date", "2026-11-24", "--preview");
        assertEquals("Preview: no small credits to write off, 0.00 DKK in all. Nothing was posted.\n", selected.out());
    }

    @Test
    void writeOffPostsListsAndReversesAndTheLedgerChecksOutAfterEach() {
        Cli.Result posted = run("write-off", "--below", "60", "--date", "2026-11-24");
        assertEquals(0, posted.exit(), posted.toString());
        assertEquals("WO-000001\tC0003\tNordisk Kaffe ApS\tDKK\t50.00\t50.00\t2026-09-25\t31-90\n"
                + "Wrote off one small credit, 50.00 DKK.\n", posted.out());
        assertEquals(List.of(), LedgerFiles.checkFindings(file));

        Cli.Result listed = run("write-offs");
        assertEquals(0, listed.exit(), listed.toString());
        String voucher = listed.out().split("\r\n")[1].split(",")[8];
        assertEquals("number,date,customer,customer_name,currency,amount,amount_acc,oldest_credit,voucher,status,reversal_voucher\r\n"
                + "WO-000001,2026-11-24,C0003,Nordisk Kaffe ApS,DKK,50.00,50.00,2026-09-25," + voucher + ",OPEN,\r\n", listed.out());

        Cli.Result reversed = run("reverse", "WO-000001");
        assertEquals(0, reversed.exit(), reversed.toString());
        assertTrue(reversed.out().startsWith("Write-off WO-000001 is reversed by voucher V-"), reversed.out());
        assertEquals(List.of(), LedgerFiles.checkFindings(file));
        assertEquals(1, LedgerFiles.count(file, "SELECT count(*) FROM write_off WHERE status = 'REVERSED'"));
        Cli.Result again = run("reverse", "WO-000001");
        assertEquals(1, again.exit());
        assertTrue(again.err().startsWith("Write-off WO-000001 was reversed already, by voucher V-"), again.err());
    }

    @Test
    void anAmountAboveTheMinimumIsRefusedWithASentenceAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = run("write-off", "--below", "150", "--date", "2026-11-24");
        assertEquals(1, result.exit(), result.toString());
        assertEquals("Only credits below the minimum reimbursement (100.00 DKK) are written off: 150 is above it, "
                + "and credits that large are reimbursed.\n", result.err());
        assertEquals("", result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void belowIsRequired() {
        Cli.Result result = run("write-off", "--date", "2026-11-24");
        assertEquals(2, result.exit(), result.toString());
        assertTrue(result.err().contains("--below"), result.err());
    }

    @Test
    void parametersShowTheWriteOffAccount() {
        Cli.Result result = run("parameters");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().contains("small_credit_writeoff_account: 3700\n"), result.out());
    }

    @Test
    void danishSummary() {
        Cli.Result result = Cli.run("--ledger", file, "--locale", "da", "write-off", "--below", "60", "--date", "2026-11-24");
        assertEquals(0, result.exit(), result.toString());
        assertTrue(result.out().endsWith("Afskrev én lille kreditsaldo, 50.00 DKK.\n"), result.out());
    }
}
