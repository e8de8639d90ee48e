package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} refuses a file imported before, saying when, unless {@code --again}; and a document twice. */
class ImportAgainCommandTest {

    @TempDir
    Path dir;
    String file;

    @BeforeEach
    void ledger() {
        file = LedgerFiles.emptyLedger(dir);
    }

    private Cli.Result run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--ledger";
        all[1] = file;
        all[2] = "--locale";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        return Cli.run(all);
    }

    @Test
    void aRetryOfTheSameFileIsRefusedWithItsTimeAndAgainLetsTheRowsDecide() {
        Path customers = LedgerFiles.csv(dir, "customers.csv", "account,name,group,currency\nC1,One,G,DKK\n");
        assertEquals(0, run("import", "customers", customers.toString()).exit());
        var before = LedgerFiles.snapshot(file);

        Cli.Result retry = run("import", "customers", customers.toString());
        assertEquals(1, retry.exit(), retry.toString());
        assertTrue(retry.err().matches("The file customers\\.csv was imported into this ledger before, on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"
                + " \\(one row\\); importing it again would bring the same rows in twice, so nothing was imported\\.\n"
                + "Give --again to import it anyway\\.\n"), retry.err());
        assertEquals("", retry.out());
        assertEquals(before, LedgerFiles.snapshot(file));

        Cli.Result again = run("import", "customers", "--again", customers.toString());
        assertEquals(1, again.exit(), again.toString());
        assertEquals("line 2, account: A customer with account C1 already exists in the ledger.\n"
                + "Nothing was imported: the file has one problem.\n", again.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void aDocumentTwiceForOneCustomerIsRefusedWithLineAndColumn() {
        assertEquals(0, run("import", "customers", LedgerFiles.csv(dir, "c.csv", "account,name,group,currency\nC1,One,G,DKK\n").toString()).exit());
        Cli.Result result = run("import", "transactions", LedgerFiles.csv(dir, "t.csv",
                "customer,date,type,document,amount\nC1,2026-10-01,INVOICE,INV-1,10.00\nC1,2026-10-02,INVOICE,INV-1,10.00\n").toString());
        assertEquals(1, result.exit(), result.toString());
        assertEquals("line 3, document: The document INV-1 of customer C1 is already in the file on line 2.\n"
                + "Nothing was imported: the file has one problem.\n", result.err());
    }
}
