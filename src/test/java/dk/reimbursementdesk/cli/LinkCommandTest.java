package dk.reimbursementdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {

    @TempDir
    Path dir;
    String file;

    @BeforeEach
    void demo() {
        file = LedgerFiles.demoLedger(dir);
    }

    private String vendorOf(String customer) {
        return LedgerFiles.with(file, ledger -> ledger.inSessionTransaction(session -> session.doReturningWork(c -> {
            try (var s = c.prepareStatement("SELECT v.account FROM customer c LEFT JOIN vendor v ON v.id = c.vendor_id WHERE c.account = ?")) {
                s.setString(1, customer);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        })));
    }

    @Test
    void linkSetsTheVendorAccountWhateverCaseWasTyped() {
        Cli.Result result = Cli.run("--ledger", file, "link", "c0002", "v0100");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("Customer C0002 now has vendor account V0100.\n", result.out());
        assertEquals("", result.err());
        assertEquals("V0100", vendorOf("C0002"));
    }

    @Test
    void linkReplacesAnEarlierLink() {
        Cli.Result result = Cli.run("--ledger", file, "link", "C0001", "V0101");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("V0101", vendorOf("C0001"));
    }

    @Test
    void linkToAnUnknownVendorIsRefusedAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file, "link", "C0002", "V9999");
        assertEquals(1, result.exit());
        assertEquals("There is no vendor with account V9999.\n", result.err());
        assertEquals("", result.out());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void linkOfAnUnknownCustomerIsRefusedAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file, "link", "C9999", "V0001");
        assertEquals(1, result.exit());
        assertEquals("There is no customer with account C9999.\n", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void unlinkClearsTheVendorAccountAndNamesTheOldOne() {
        Cli.Result result = Cli.run("--ledger", file, "unlink", "C0001");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("Customer C0001 no longer has a vendor account (it was V0001).\n", result.out());
        assertEquals(null, vendorOf("C0001"));
    }

    @Test
    void unlinkOfACustomerWithoutAVendorIsRefusedAndNothingIsWritten() {
        var before = LedgerFiles.snapshot(file);
        Cli.Result result = Cli.run("--ledger", file, "unlink", "C0002");
        assertEquals(1, result.exit());
        assertEquals("Customer C0002 has no vendor account to clear.\n", result.err());
        assertEquals(before, LedgerFiles.snapshot(file));
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        Cli.Result result = Cli.run("--ledger", file, "link", "C0002");
        assertEquals(2, result.exit());
        assertEquals(true, result.err().startsWith("Missing required parameter: 'VENDOR'"), result.err());
    }
}
